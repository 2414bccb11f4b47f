"""Fuzzing every importer: refusals are ImportFormatError, and what is accepted checks clean and
round-trips through the JSON export. 300 cases each by default; ``-m slow`` runs 3000 each."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from empathy_journal.domain.conversation import Debrief
from empathy_journal.domain.entry import EmotionTag, Entry, EntryKind, Subject
from empathy_journal.interchange.errors import ImportFormatError
from empathy_journal.interchange.exporter import export_journal
from empathy_journal.interchange.importer import import_batch, read_source
from empathy_journal.storage.conversation_repository import ConversationRepository
from empathy_journal.storage.database import OpenedJournal
from empathy_journal.storage.health import find_damaged_entries
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.people_repository import PeopleRepository

NOW = datetime(2026, 2, 1, 12, tzinfo=UTC)
DEFAULT_CASES, SLOW_CASES = 300, 3000

# -- values: mostly plausible, sometimes hostile ------------------------------------------------

_text = st.text(max_size=12)
_words = st.sampled_from(["Walk.", "Tea with Ana", "", "#work @home", "Über müde. 眠い", "a\nb",
                          "<b>x</b>", "\\.\\!", "x" * 200])
_junk: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | _text,
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(_text, inner, max_size=2),
    max_leaves=3)
_dates = st.sampled_from(["2024-01-15", "1999-12-31", "0202-01-05", "1850-06-01", "2200-12-31",
                          "2201-01-01", "9999-12-31", "2024-02-30", "2024-1-5", "", "20240115"])
_times = st.sampled_from(["09:30", "23:59", "7:05", "24:00", "09:60", "9", "12:00:00", ""])
_zones = st.sampled_from(["UTC", "Europe/London", "Pacific/Kiritimati", "Etc/GMT+12",
                          "Mars/Olympus", "", "../../etc/passwd"])


def _sometimes(value: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """value, or now and then (one time in eight) any JSON value at all."""
    return st.integers(0, 7).flatmap(lambda n: _junk if n == 0 else value)


def _encoded(text: str, draw: st.DrawFn) -> bytes:
    """text as bytes the way files come: UTF-8 with or without BOM, UTF-16, or damaged."""
    how = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "damaged"]))
    if how != "damaged":
        return text.encode(how, errors="surrogatepass")
    data = bytearray(text.encode("utf-8", errors="surrogatepass"))
    at = draw(st.integers(0, len(data)))
    data[at:at] = draw(st.binary(min_size=1, max_size=3))
    return bytes(data[: draw(st.integers(0, len(data)))] if draw(st.booleans()) else data)


@st.composite
def jrnl_json_files(draw: st.DrawFn) -> bytes:
    entries = draw(st.lists(st.fixed_dictionaries(
        {"date": _sometimes(_dates), "time": _sometimes(_times)},
        optional={"title": _sometimes(_words), "body": _sometimes(_words),
                  "tags": _sometimes(st.lists(_words, max_size=2)),
                  "starred": _sometimes(st.booleans()), "uuid": _junk}), max_size=4))
    document = draw(st.sampled_from(["normal", "normal", "odd"]))
    body: Any = {"tags": {}, "entries": entries} if document == "normal" else draw(_junk)
    return _encoded(json.dumps(body, ensure_ascii=draw(st.booleans())), draw)


@st.composite
def jrnl_text_files(draw: st.DrawFn) -> bytes:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        header = f"[{draw(_dates)} {draw(_times)}{draw(st.sampled_from(['', ' PM', ' am']))}]"
        star = draw(st.sampled_from(["", " *"]))
        parts.append(f"{header} {draw(_words)}{star}\n{draw(_text)}")
    prefix = draw(st.sampled_from(["", "", "\ufeff", "junk before\n"]))
    return _encoded(prefix + "\n\n".join(parts), draw)


_moments = st.sampled_from(["2023-12-06T21:12:45Z", "2023-12-06T21:12Z", "9999-12-31T23:00:00Z",
                            "0001-01-01T00:00:00Z", "1899-05-01T10:00:00Z", "2023-12-06T21:12:45",
                            "2023-12-06T21:12:45+05:00", "yesterday", ""])


@st.composite
def dayone_documents(draw: st.DrawFn) -> str:
    entries = draw(st.lists(st.fixed_dictionaries(
        {"creationDate": _sometimes(_moments)},
        optional={"uuid": _sometimes(st.sampled_from([None, "0F3C1A2B3C4D5E6F708192A3B4C5D6E7",
                                                      "A" * 32, "x y"])),
                  "timeZone": _sometimes(_zones), "text": _sometimes(_words),
                  "tags": _sometimes(st.lists(_words, max_size=2)),
                  "starred": _sometimes(st.booleans()), "location": _junk}), max_size=4))
    return json.dumps({"metadata": {"version": "1.0"}, "entries": entries})


@st.composite
def dayone_json_files(draw: st.DrawFn) -> bytes:
    return _encoded(draw(dayone_documents()), draw)


@st.composite
def dayone_zip_files(draw: st.DrawFn) -> bytes:
    buffer = io.BytesIO()
    method = draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for number in range(draw(st.integers(0, 2))):
            name = draw(st.sampled_from([f"Journal {number}.json", f"photos/{number}.json",
                                         f"notes{number}.txt"]))
            archive.writestr(name, _encoded(draw(dayone_documents()), draw))
    data = bytearray(buffer.getvalue())
    if data and draw(st.booleans()):  # damage a few bytes anywhere
        for _ in range(draw(st.integers(1, 3))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


_daylio_cells = st.sampled_from(["2024-01-15", "15 Jan", "Monday", "6:50 pm", "18:50", "25:00",
                                 "rad", "awful", "super", "friends | gaming", "", '"quoted, x"',
                                 "<br>note&amp;", "9999-12-31", "0202-01-05"])


@st.composite
def daylio_files(draw: st.DrawFn) -> bytes:
    header = draw(st.sampled_from([
        "full_date,date,weekday,time,mood,activities,note_title,note",
        "year,date,weekday,time,mood,activities,note", "full_date,date,weekday,time"]))
    rows = draw(st.lists(st.lists(st.one_of(_daylio_cells, _text), min_size=0, max_size=9),
                         max_size=4))
    lines = [header] + [",".join(json.dumps(c) if "," in c or '"' in c else c for c in row)
                        for row in rows]
    return _encoded("\n".join(lines), draw)


def _own_document() -> dict[str, Any]:
    """An own-JSON export with a person, a debrief, emotions, a tag and a trashed entry."""
    journal = Journal.open(None)
    person = PeopleRepository(journal.db).create("Sam", now=NOW)
    ConversationRepository(journal.repository).save_debrief(
        Entry(uuid="11111111-1111-4111-8111-111111111111", local_date=date(2026, 1, 4),
              created_utc=NOW, tz="Europe/Berlin", kind=EntryKind.CONVERSATION, title="Talk",
              body="Short.", mood=6, emotions=[EmotionTag("calm", 2, Subject.OTHER)]),
        Debrief(person_id=person.id, follow_up="Ask", follow_up_due=date(2026, 1, 8)), now=NOW)
    second = journal.repository.save_entry(Entry(
        uuid="22222222-2222-4222-8222-222222222222", local_date=date(2026, 1, 5),
        created_utc=NOW, tz="UTC", title="Walk", tags=["work"], stress=3), now=NOW)
    journal.repository.trash_entry(second.uuid, now=NOW)
    buffer = io.StringIO()
    from empathy_journal.interchange.ej_json import write_document
    from empathy_journal.interchange.journal_reader import EntrySelection

    write_document(buffer, journal.db, EntrySelection(), now=NOW, progress=lambda *_: None,
                   cancel=lambda: False)
    journal.close()
    return json.loads(buffer.getvalue())


OWN = _own_document()
_own_values = st.one_of(_junk, _dates, _moments, _zones, _words, st.integers(-2, 12),
                        st.sampled_from(["11111111-1111-4111-8111-111111111111", "not-a-date"]))


@st.composite
def own_json_files(draw: st.DrawFn) -> bytes:
    document = json.loads(json.dumps(OWN))
    for _ in range(draw(st.integers(0, 3))):
        table = draw(st.sampled_from(["entries", "people", "emotions", "practices", "templates",
                                      "conversation", "top"]))
        if table == "top":
            target = document
        elif table == "conversation":  # unless an earlier step replaced the entries
            entries = document.get("entries")
            first = entries[0] if isinstance(entries, list) and entries else None
            target = first.get("conversation") if isinstance(first, dict) else None
        elif document.get(table) and isinstance(document[table], list):
            target = draw(st.sampled_from(document[table]))
        else:
            continue
        if not isinstance(target, dict):
            continue
        key = draw(st.one_of(st.sampled_from(sorted(target) or ["x"]), _text))
        if draw(st.integers(0, 4)) == 0:
            target.pop(key, None)
        else:
            target[key] = draw(_own_values)
    return _encoded(json.dumps(document), draw)


# -- the property -------------------------------------------------------------------------------

_TEMPLATE = Journal.open(None)  # copied for every case: opening a new one costs ~10 ms


def _fresh_journal() -> Journal:
    """An empty in-memory journal, a page-for-page copy of one opened the normal way."""
    conn = sqlite3.connect(":memory:")
    _TEMPLATE.db.conn.backup(conn)
    db = Database(conn, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    return Journal(OpenedJournal(db=db, path=None))



def _export(journal: Journal, dest: Path) -> str:
    dest.unlink(missing_ok=True)
    export_journal(journal.db, dest, "json", now=NOW)
    return dest.read_text(encoding="utf-8")


def _import_checks_and_round_trips(folder: Path, name: str, data: bytes, fmt: str) -> None:
    source = folder / name
    source.write_bytes(data)
    try:
        batch = read_source(source, fmt)
    except ImportFormatError as error:
        assert "\n" not in str(error)
        return
    journal = _fresh_journal()
    try:
        try:
            import_batch(journal, batch, now=NOW)
        except ImportFormatError as error:  # e.g. a link to a person the file does not hold
            assert "\n" not in str(error)
            return
        assert find_damaged_entries(journal.repository) == []
        first = _export(journal, folder / "first.json")
    finally:
        journal.close()
    again = _fresh_journal()
    try:
        import_batch(again, read_source(folder / "first.json", "json"), now=NOW)
        assert find_damaged_entries(again.repository) == []
        assert _export(again, folder / "second.json") == first
    finally:
        again.close()


CASES: list[tuple[str, str, Callable[[], st.SearchStrategy[bytes]], str]] = [
    ("jrnl_json", "jrnl.json", jrnl_json_files, "jrnl-json"),
    ("jrnl_text", "jrnl.txt", jrnl_text_files, "jrnl-text"),
    ("dayone_json", "dayone.json", dayone_json_files, "dayone"),
    ("dayone_zip", "dayone.zip", dayone_zip_files, "dayone"),
    ("daylio", "daylio.csv", daylio_files, "daylio"),
    ("own_json", "export.json", own_json_files, "json"),
    ("any_bytes_auto", "file.bin", lambda: st.binary(max_size=300), "auto"),
]


def _fuzz_test(name: str, strategy: Callable[[], st.SearchStrategy[bytes]], fmt: str,
               cases: int) -> Callable[..., None]:
    @settings(max_examples=cases, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(data=strategy())
    def fuzz(tmp_path: Path, data: bytes) -> None:
        _import_checks_and_round_trips(tmp_path, name, data, fmt)
    return fuzz


for _key, _name, _strategy, _fmt in CASES:
    globals()[f"test_fuzz_{_key}"] = _fuzz_test(_name, _strategy, _fmt, DEFAULT_CASES)
    globals()[f"test_fuzz_{_key}_many"] = pytest.mark.slow(
        _fuzz_test(_name, _strategy, _fmt, SLOW_CASES))
