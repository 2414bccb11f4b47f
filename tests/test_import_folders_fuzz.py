"""Fuzzing the folder importers: RedNotebook month files and Markdown notes made of any bytes or
YAML-ish text give a one-line refusal or a batch that imports clean, and imports once."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from empathy_journal.interchange.importer import import_batch, read_source
from empathy_journal.interchange.rednotebook_markup import to_markdown
from empathy_journal.storage.errors import JournalError
from empathy_journal.storage.health import find_damaged_entries
from empathy_journal.storage.journal import Journal

CASES = settings(max_examples=150, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow])
MANY = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PIECES = [*"ab 日本\n#*/-=_+[]\"`\\:|{}%ñ🎉", "**", "//", "--", "``", '""', "===", "[x ",
           '""file:///a b""', "http://e.org//x", ".png]", "\\\\", "#tag", "#ff0000", "```\n"]
_markup = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)
_scalar = st.none() | st.booleans() | st.integers(-5, 40) | st.floats(allow_nan=False) | _markup
_category = st.none() | st.dictionaries(_scalar.filter(lambda v: v is not None), st.none(),
                                        max_size=3) | _scalar
_day = st.none() | _scalar | st.fixed_dictionaries(
    {}, optional={"text": _markup | _scalar}).flatmap(
    lambda base: st.dictionaries(_markup, _category, max_size=3).map(
        lambda extra: {**extra, **base}))
_month = st.dictionaries(st.integers(-1, 33) | st.sampled_from(["3", "x", "07"]), _day,
                         max_size=5)


def _yaml_text(document: object, cut: int | None) -> bytes:
    text = yaml.safe_dump(document, allow_unicode=True)
    return text[:cut].encode("utf-8") if cut is not None else text.encode("utf-8")


month_files = st.one_of(
    st.binary(max_size=200),
    st.builds(_yaml_text, _month, st.none() | st.integers(0, 80)),
    st.builds(_yaml_text, _scalar | st.lists(_scalar, max_size=3), st.none()),
)

_key = st.sampled_from(["date", "created", "timezone", "title", "mood", "energy", "stress",
                        "tags", "tag", "starred", "aliases", "Mood"])
_front_value = _scalar | st.lists(_scalar, max_size=3) | st.dates().map(str) | st.sampled_from(
    ["2024-01-05", "2024-01-05 08:30", "2024-02-30", "'7'", "[a, b", "{x: 1}", "Europe/Oslo",
     "2024-06-01T07:15:00+02:00", "0001-01-01", "9999-12-31 23:59:59"])
_front = st.lists(st.tuples(_key, _front_value), max_size=5).map(
    lambda pairs: "".join(f"{k}: {v if isinstance(v, str) else yaml.safe_dump(v).strip()}\n"
                          for k, v in pairs))
_properties = st.lists(st.tuples(_key, _markup | st.sampled_from(
    ["7", "12", "[[work]], home", "[[Nov 26th, 2026]]", "2024-01-05", "true"])), max_size=4).map(
    lambda pairs: "".join(f"{k}:: {v}\n" for k, v in pairs))
note_files = st.one_of(
    st.binary(max_size=200),
    st.builds(lambda props, body: (props + body).encode("utf-8"), _properties, _markup),
    st.builds(lambda front, body, open_: (f"---\n{front}---\n" if open_ else front + body)
              .encode("utf-8") + body.encode("utf-8"), _front, _markup, st.booleans()),
)
note_names = st.sampled_from(["2024-01-05.md", "2024_11_26.md", "notes.md", "0001-01-01.md",
                              "9999-12-31 Late.md", "2024-13-01.md", "x.markdown"])


def _imports_once_or_refuses(folder: Path, fmt: str) -> None:
    try:
        batch = read_source(folder, fmt, tz="Pacific/Kiritimati")
    except JournalError as error:
        assert "\n" not in str(error) and "Nothing was imported" in str(error)
        return
    journal = Journal.open(None)
    try:
        first = import_batch(journal, batch)
        assert first.added == len(batch.entries)
        assert find_damaged_entries(journal.repository) == []
        again = import_batch(journal, read_source(folder, fmt, tz="Pacific/Kiritimati"))
        assert (again.added, again.updated) == (0, 0)
    finally:
        journal.close()


def _rednotebook_case(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as place:
        folder = Path(place)
        (folder / name).write_bytes(data)
        (folder / "2024-05.txt").write_text("1: {text: a good day}\n", encoding="utf-8")
        _imports_once_or_refuses(folder, "rednotebook")


def _markdown_case(notes: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as place:
        folder = Path(place)
        (folder / "sub").mkdir()
        for number, (name, data) in enumerate(notes):
            (folder / ("sub" if number % 2 else "") / name).write_bytes(data)
        (folder / "2024-05-01.md").write_text("# A good day\n", encoding="utf-8")
        _imports_once_or_refuses(folder, "markdown-folder")


_month_names = st.sampled_from(["2024-02.txt", "0001-01.txt", "9999-12.txt", "2023-11.txt"])
_notes = st.lists(st.tuples(note_names, note_files), max_size=3,
                  unique_by=lambda pair: pair[0])


@CASES
@given(data=month_files, name=_month_names)
def test_fuzz_rednotebook_month_files(data: bytes, name: str) -> None:
    _rednotebook_case(data, name)


@CASES
@given(notes=_notes)
def test_fuzz_markdown_notes(notes: list[tuple[str, bytes]]) -> None:
    _markdown_case(notes)


@CASES
@given(text=_markup | st.text(max_size=80))
def test_fuzz_markup_conversion_never_raises(text: str) -> None:
    converted = to_markdown(text)
    assert "\x00" not in converted


@pytest.mark.slow
@MANY
@given(data=month_files, name=_month_names)
def test_fuzz_rednotebook_month_files_many(data: bytes, name: str) -> None:
    _rednotebook_case(data, name)


@pytest.mark.slow
@MANY
@given(notes=_notes)
def test_fuzz_markdown_notes_many(notes: list[tuple[str, bytes]]) -> None:
    _markdown_case(notes)
