"""Hostile and damaged source files: one-line refusals naming the reason, never a traceback."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from empathy_journal.cli import EXIT_USAGE, main
from empathy_journal.domain.entry import Entry
from empathy_journal.interchange import source_file
from empathy_journal.interchange.errors import ImportFormatError
from empathy_journal.interchange.exporter import export_journal
from empathy_journal.interchange.importer import import_file, read_source
from empathy_journal.storage.journal import Journal

TAIL = ". Nothing was imported; your journal is unchanged."
DAYLIO_HEAD = "full_date,date,weekday,time,mood,activities,note_title,note\n"
DAYONE_ENTRY = {"uuid": "0F3C1A2B3C4D5E6F708192A3B4C5D6E7", "creationDate": "2024-01-05T10:00:00Z",
                "timeZone": "Europe/London", "text": "# Walk\n\nCold wind\\."}


def _refusal(path: Path, fmt: str = "auto") -> str:
    with pytest.raises(ImportFormatError) as refused:
        read_source(path, fmt)
    message = str(refused.value)
    assert "\n" not in message and message.endswith(TAIL)
    return message[: -len(TAIL)]


@pytest.mark.parametrize(("name", "data", "where"), [
    ("jrnl.json", b'{"entries": [{"date": "2024-01-01", "time": "09:00", "title": "\xff"}]}',
     "line 1, column 64"),
    ("jrnl.txt", b"[2024-01-01 09:00] Fine.\n\n[2024-01-02 09:00] Caf\xe9 au lait.", "line 3, column 23"),
    ("daylio.csv", DAYLIO_HEAD.encode() + b"2024-01-01,1 Jan,Monday,9:00,rad,,,\xc3\x28\n",
     "line 2, column 36"),
    ("own.json", b'{"format": "empathy-journal", "version": 1, "entries": ["\x80"]}',
     "line 1, column 58"),
    ("dayone.json", b'{"metadata": {}, "entries": [{"text": "\xfe"}]}', "line 1, column 40"),
])
def test_invalid_utf8_is_refused_with_its_place(tmp_path: Path, name: str, data: bytes,
                                               where: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert _refusal(path) == f"{name}: the file is not valid UTF-8 text (an invalid byte at {where})"


def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps({"entries": [{"date": "2024-01-01", "time": "09:00",
                                             "title": "Über.", "body": ""}]}), encoding="utf-16")
    assert [e.title for e in read_source(path).entries] == ["Über."]
    path.write_bytes(b"\xff\xfe" + b"{\x00\x00\xd8")  # a lone surrogate
    assert _refusal(path, "jrnl-json").startswith("jrnl.json: the file is not valid UTF-16 text")


@pytest.mark.parametrize(("document", "reason"), [
    ({"format": "empathy-journal", "version": 1, "entries": 5},
     "own.json, entries: expected a list, got 5"),
    ({"format": "empathy-journal", "version": 1, "people": {"a": 1}},
     "own.json, people: expected a list, got an object"),
    ({"format": "empathy-journal", "version": "1"}, "own.json, version: '1' is not a format version"),
    ({"format": "empathy-journal", "version": 1, "entries": [7]},
     "own.json, entry 1, record: expected an object, got 7"),
])
def test_wrong_json_types_are_refused_by_name(tmp_path: Path, document: dict,
                                              reason: str) -> None:
    path = tmp_path / "own.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert _refusal(path) == reason


@pytest.mark.parametrize("head", ['{"entries": ', '{"metadata": {}, "entries": ',
                                  '{"format": "empathy-journal", "version": 1, "entries": '])
def test_deep_nesting_is_refused_not_a_recursion_error(tmp_path: Path, head: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text(head + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    assert _refusal(path) == "deep.json: the JSON is nested too deeply to be a journal export"


def test_a_number_with_thousands_of_digits_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "own.json"
    path.write_text('{"format": "empathy-journal", "version": 1, "entries": [{"mood": '
                    + "9" * 5000 + "}]}", encoding="utf-8")
    assert _refusal(path).startswith("own.json: the JSON holds a number too long to read")


def test_dayone_date_that_overflows_in_its_time_zone_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dayone.json"
    entry = dict(DAYONE_ENTRY, creationDate="9999-12-31T23:00:00Z", timeZone="Pacific/Kiritimati")
    path.write_text(json.dumps({"metadata": {}, "entries": [entry]}), encoding="utf-8")
    assert _refusal(path) == ("dayone.json, entry 1: its date or time zone is invalid (date "
                              "value out of range)")


def test_dayone_entries_without_uuid_are_all_imported(tmp_path: Path,
                                                      memory_journal: Journal) -> None:
    path = tmp_path / "dayone.json"
    entries = [dict(DAYONE_ENTRY, uuid=None, creationDate=f"2024-01-0{n}T10:00:00Z",
                    text=f"Day {n}") for n in (1, 2, 3)]
    path.write_text(json.dumps({"metadata": {}, "entries": entries}), encoding="utf-8")
    assert import_file(memory_journal, path).message == (
        "Imported 3 new entries, updated 0, 0 were already in the journal.")
    assert import_file(memory_journal, path).unchanged == 3
    twice = [DAYONE_ENTRY, dict(DAYONE_ENTRY, text="Other")]
    path.write_text(json.dumps({"metadata": {}, "entries": twice}), encoding="utf-8")
    assert _refusal(path) == ("dayone.json, entry 2: it has the same uuid "
                              "'0F3C1A2B3C4D5E6F708192A3B4C5D6E7' as entry 1")


def _zip(path: Path, data: bytes, method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=method) as archive:
        archive.writestr("Journal.json", data)
    return path


def _patch(path: Path, signature: bytes, offset: int, value: bytes) -> None:
    data = bytearray(path.read_bytes())
    at = data.index(signature) + offset
    data[at:at + len(value)] = value
    path.write_bytes(bytes(data))


DOCUMENT = json.dumps({"metadata": {}, "entries": [DAYONE_ENTRY] * 1}).encode() + b" " * 5000


def test_corrupt_zip_member_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "export.zip", DOCUMENT)
    _patch(path, b"PK\x03\x04", 30 + len("Journal.json"), b"\xff" * 8)  # the deflate data
    assert _refusal(path).startswith("export.zip, Journal.json: the ZIP member is damaged")


def test_encrypted_zip_member_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "export.zip", DOCUMENT)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        _patch(path, signature, offset, b"\x01\x00")
    assert _refusal(path) == "export.zip, Journal.json: it is encrypted"


def test_zip_member_packed_an_unknown_way_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "export.zip", DOCUMENT)
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        _patch(path, signature, offset, b"\x09\x00")  # deflate64
    assert _refusal(path).startswith("export.zip, Journal.json: it is packed in a way this app "
                                     "cannot unpack")


def test_zip_of_a_version_this_reader_does_not_know_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "export.zip", DOCUMENT)  # found by the fuzz
    _patch(path, b"PK\x01\x02", 6, b"\x40\x00")  # "version needed to extract": 6.4
    assert _refusal(path) == ("export.zip: it is a kind of ZIP this app cannot read (zip file "
                              "version 6.4)")


def test_zip_bomb_is_capped_and_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(source_file, "MAX_SOURCE_BYTES", 1024 * 1024)
    path = _zip(tmp_path / "bomb.zip", b'{"metadata": {}, "entries": [' + b" " * 20_000_000)
    assert path.stat().st_size < 100_000
    assert _refusal(path) == ("bomb.zip, Journal.json: it is (or unpacks to) more than 1 MiB, "
                              "more than any journal export, so it was not read")
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (1024 * 1024 + 1))
    assert _refusal(big, "jrnl-json").startswith("big.json: it is (or unpacks to) more than 1 MiB")


@pytest.mark.slow
def test_a_real_one_gib_zip_bomb_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    chunk = b" " * (16 * 1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive, \
            archive.open("Journal.json", "w", force_zip64=True) as member:
        member.write(b'{"metadata": {}, "entries": [')
        for _ in range(64):
            member.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    assert _refusal(path).endswith("more than 256 MiB, more than any journal export, so it was "
                                   "not read")


def test_daylio_note_over_128_kib_imports(tmp_path: Path, memory_journal: Journal) -> None:
    path = tmp_path / "daylio.csv"
    note = "A long evening, written out. " * 7000  # about 200 KiB
    path.write_text(DAYLIO_HEAD + f'2024-01-01,1 Jan,Monday,9:00 pm,rad,,,"{note}"\n',
                    encoding="utf-8")
    assert import_file(memory_journal, path).added == 1
    [(body,)] = memory_journal.db.execute("SELECT body FROM entries").fetchall()
    assert body == note.strip()


def test_daylio_note_over_the_limit_is_refused_with_the_exact_reason(tmp_path: Path) -> None:
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO_HEAD + f'2024-01-01,1 Jan,Monday,9:00 pm,rad,,,"{"x" * 1_000_002}"\n',
                    encoding="utf-8")
    assert _refusal(path) == ("daylio.csv, line 2: a note or other cell is longer than "
                              "1,000,001 characters, more than one entry may hold")


def test_report_for_a_month_far_in_the_future_is_a_usage_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Journal.open(tmp_path / "journal.sqlite").close()
    with pytest.raises(SystemExit) as stopped:
        main(["--journal", str(tmp_path / "journal.sqlite"), "report", "--month", "9999-12",
              "--output", str(tmp_path / "r.md")])
    assert stopped.value.code == EXIT_USAGE
    assert capsys.readouterr().err.splitlines()[-1] == (
        "empathy-journal report: error: argument --month: '9999-12' is outside the months a "
        "journal can hold (1000-01 to 2200-12)")


def _odd_journal() -> Journal:
    """A journal whose stored values old code or damage could have left: a year written as
    202, a zone with a line break in it."""
    journal = Journal.open(None)
    created = datetime(2024, 3, 5, 19, 30, tzinfo=UTC)
    journal.repository.save_entry(Entry(uuid="a1", local_date=date(2024, 3, 5),
                                        created_utc=created, tz="UTC", title="Odd"), now=created)
    journal.db.execute("UPDATE entries SET created_utc = '202-01-05T09:00:00Z', "
                       "tz = 'UTC\nmood: 10\n---'")
    return journal


def test_csv_export_does_not_crash_on_odd_stored_dates(tmp_path: Path) -> None:
    journal = _odd_journal()
    assert export_journal(journal.db, tmp_path / "out.csv", "csv") == 1
    journal.close()
    assert "Odd" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")


def test_markdown_front_matter_escapes_stored_values(tmp_path: Path) -> None:
    journal = _odd_journal()
    export_journal(journal.db, tmp_path / "out.md", "markdown-single")
    journal.close()
    text = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert 'timezone: "UTC mood: 10 ---"\n' in text
    assert "\nmood: 10" not in text
