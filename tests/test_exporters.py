"""Exports: JSON round trip byte for byte, Markdown and CSV content, no half-written files."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from empathy_journal.cli import main
from empathy_journal.domain.entry import EmotionTag, Entry, EntryKind, Subject
from empathy_journal.interchange.csv_export import inert_cell
from empathy_journal.interchange.demo_journal import write_demo_journal
from empathy_journal.interchange.errors import ExportCancelledError, ExportFailedError
from empathy_journal.interchange.exporter import export_journal
from empathy_journal.interchange.importer import import_file
from empathy_journal.interchange.journal_reader import EntrySelection
from empathy_journal.storage.journal import Journal

NOW = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)


def _export_text(journal: Journal, dest: Path, now: datetime = NOW) -> str:
    export_journal(journal.db, dest, "json", now=now)
    return dest.read_text(encoding="utf-8")


def test_demo_journal_round_trips_byte_for_byte(tmp_path: Path) -> None:
    write_demo_journal(tmp_path / "demo.sqlite", months=2, today=date(2026, 1, 20))
    source = Journal.open(tmp_path / "demo.sqlite")
    first = _export_text(source, tmp_path / "first.json")
    source.close()
    target = Journal.open(None)
    result = import_file(target, tmp_path / "first.json")
    second = _export_text(target, tmp_path / "second.json", now=NOW + timedelta(days=1))
    assert result.added == first.count('"uuid": "', first.index('"entries": ['))
    first_lines, second_lines = first.splitlines(), second.splitlines()
    assert '"exported_utc": "2026-02-02T12:00:00Z"' in second_lines[0]
    assert first_lines[1:] == second_lines[1:]
    assert first_lines[0].replace("2026-02-01", "2026-02-02") == second_lines[0]
    counts = [target.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("conversations", "entry_people", "entry_values", "coping_records",
                        "assessments", "entry_practices")]
    assert min(counts) > 0


_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                max_size=40)
_entries = st.lists(st.fixed_dictionaries({
    "title": _text, "body": _text,
    "mood": st.none() | st.integers(1, 10), "stress": st.none() | st.integers(0, 10),
    "starred": st.booleans(), "days": st.integers(0, 3000),
    "tags": st.lists(st.sampled_from(["work", "family", "sleep", "ünïcode"]), max_size=3),
    "emotions": st.lists(st.tuples(st.sampled_from(["happy", "tense", "calm", "hurt"]),
                                   st.integers(1, 5), st.sampled_from(list(Subject))),
                         max_size=3),
    "trashed": st.booleans(), "conversation": st.booleans(),
}), max_size=8)


def _save_generated(journal: Journal, specs: list[dict]) -> None:
    for index, spec in enumerate(specs):
        day = date(2000, 1, 1) + timedelta(days=spec["days"])
        created = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
        kind = EntryKind.CONVERSATION if spec["conversation"] else EntryKind.REFLECTION
        entry = journal.repository.save_entry(Entry(
            uuid=f"00000000-0000-4000-8000-{index:012d}", local_date=day, created_utc=created,
            tz="UTC", kind=kind, title=spec["title"], body=spec["body"], mood=spec["mood"],
            stress=spec["stress"], starred=spec["starred"], tags=spec["tags"],
            emotions=[EmotionTag(e, i, s) for e, i, s in spec["emotions"]]), now=created)
        if spec["conversation"]:
            journal.db.execute("INSERT INTO conversations (entry_id, heard, follow_up) VALUES "
                               "(?, ?, ?)", [entry.id, spec["body"], spec["title"]])
        if spec["trashed"]:
            journal.repository.trash_entry(entry.uuid, now=created)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=_entries)
def test_generated_journals_round_trip(tmp_path: Path, specs: list[dict]) -> None:
    source, target = Journal.open(None), Journal.open(None)
    try:
        _save_generated(source, specs)
        first = _export_text(source, tmp_path / "a.json")
        import_file(target, tmp_path / "a.json")
        assert _export_text(target, tmp_path / "b.json") == first
    finally:
        source.close()
        target.close()


@pytest.fixture
def small(memory_journal: Journal) -> Journal:
    created = datetime(2024, 3, 5, 19, 30, tzinfo=UTC)
    memory_journal.repository.save_entry(Entry(
        uuid="11111111-1111-4111-8111-111111111111", local_date=date(2024, 3, 5),
        created_utc=created, tz="Europe/Berlin", title='Talk, "finally"',
        body="Line one,\nline two", mood=7, energy=5, stress=3, starred=True,
        tags=["work", "team"], emotions=[EmotionTag("relieved", 4),
                                         EmotionTag("tense", 2, Subject.OTHER)]), now=created)
    memory_journal.repository.save_entry(Entry(
        uuid="22222222-2222-4222-8222-222222222222", local_date=date(2024, 4, 1),
        created_utc=created + timedelta(days=27), tz="UTC", body="Unrated"), now=created)
    return memory_journal


def test_csv_rows(small: Journal, tmp_path: Path) -> None:
    assert export_journal(small.db, tmp_path / "out.csv", "csv") == 2
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfdate,time,mood")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[1] == ["2024-03-05", "20:30", "7", "5", "3", "relieved 4", "tense 2",
                       "#team #work", "reflection", "yes", 'Talk, "finally"',
                       "Line one,\nline two", "11111111-1111-4111-8111-111111111111"]
    assert rows[2][:5] == ["2024-04-01", "19:30", "", "", ""]


def test_csv_cells_never_start_a_spreadsheet_formula(memory_journal: Journal,
                                                     tmp_path: Path) -> None:
    created = datetime(2024, 3, 5, 19, 30, tzinfo=UTC)
    memory_journal.repository.save_entry(Entry(
        uuid="44444444-4444-4444-8444-444444444444", local_date=date(2024, 3, 5),
        created_utc=created, tz="UTC", title='=HYPERLINK("http://x")',
        body="@anna said -1 was fine", tags=["x"]), now=created)
    export_journal(memory_journal.db, tmp_path / "out.csv", "csv")
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[1][10:12] == ["'=HYPERLINK(\"http://x\")", "'@anna said -1 was fine"]
    assert rows[1][:2] == ["2024-03-05", "19:30"] and rows[1][7] == "#x"


@pytest.mark.parametrize(("cell", "written"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-2", "'-2"), ("@sum", "'@sum"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("plain = text", "plain = text"), ("", ""), ("'quoted", "'quoted"),
])
def test_inert_cell(cell: str, written: str) -> None:
    assert inert_cell(cell) == written


def test_markdown_folder(small: Journal, tmp_path: Path) -> None:
    dest = tmp_path / "md"
    export_journal(small.db, dest, "markdown",
                   EntrySelection(first=date(2024, 3, 1), last=date(2024, 3, 31)))
    files = sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*.md"))
    assert files == ["2024/03/2024-03-05 Talk finally.md"]
    assert (dest / files[0]).read_text(encoding="utf-8") == (
        "---\ndate: 2024-03-05\ncreated: 2024-03-05T19:30:00Z\ntimezone: Europe/Berlin\n"
        'kind: reflection\ntitle: "Talk, \\"finally\\""\nmood: 7\nenergy: 5\nstress: 3\n'
        'starred: true\nemotions:\n  - "relieved": 4\n  - "tense (theirs)": 2\n'
        'tags: ["team", "work"]\nuuid: 11111111-1111-4111-8111-111111111111\n---\n\n'
        '# Talk, "finally"\n\nLine one,\nline two\n')


def test_markdown_single_file(small: Journal, tmp_path: Path) -> None:
    export_journal(small.db, tmp_path / "all.md", "markdown-single")
    text = (tmp_path / "all.md").read_text(encoding="utf-8")
    assert text.startswith("# Journal\n\n---\ndate: 2024-03-05")
    assert text.count("\n---\ndate: ") == 2 and text.endswith("Unrated\n\n")


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown-single", "markdown"])
def test_cancelled_export_leaves_nothing(small: Journal, tmp_path: Path, fmt: str) -> None:
    dest = tmp_path / "out"
    with pytest.raises(ExportCancelledError):
        export_journal(small.db, dest, fmt, cancel=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_destination_is_a_plain_error(small: Journal, tmp_path: Path) -> None:
    with pytest.raises(ExportFailedError, match="does not exist; choose an existing folder"):
        export_journal(small.db, tmp_path / "missing" / "out.json", "json")


def test_json_export_replaces_an_existing_file_whole(small: Journal, tmp_path: Path) -> None:
    dest = tmp_path / "out.json"
    dest.write_text("old", encoding="utf-8")
    export_journal(small.db, dest, "json", now=NOW)
    assert dest.read_text(encoding="utf-8").startswith('{"format": "empathy-journal"')
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_cli_export_then_import(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    source = tmp_path / "a.sqlite"
    assert main(["demo", str(source), "--months", "1"]) == 0
    dest = tmp_path / "a.json"
    assert main(["--journal", str(source), "export", str(dest), "--format", "json"]) == 0
    assert main(["--journal", str(source), "export", str(dest), "--format", "json"]) == 1
    assert "already exists" in capsys.readouterr().err
    target = tmp_path / "b.sqlite"
    assert main(["--journal", str(target), "import", str(dest)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Imported ") and "0 were already" in out
    assert main(["--journal", str(target), "import", str(dest), "--format", "json"]) == 0
    assert "Imported 0 new entries, updated 0" in capsys.readouterr().out
    assert main(["--journal", str(target), "import", str(tmp_path / "nope.json")]) == 1
    assert main(["--journal", str(source), "export", str(tmp_path / "x.csv"), "--format", "csv",
                 "--from", "2030-01-01"]) == 0
    assert "Exported 0 entries" in capsys.readouterr().out


def test_markdown_debrief_sections_and_people(memory_journal: Journal, tmp_path: Path) -> None:
    created = datetime(2024, 5, 2, 18, 0, tzinfo=UTC)
    entry = memory_journal.repository.save_entry(Entry(
        uuid="33333333-3333-4333-8333-333333333333", local_date=date(2024, 5, 2),
        created_utc=created, tz="UTC", kind=EntryKind.CONVERSATION, title="Talk with Sam",
        body="Short."), now=created)
    db = memory_journal.db
    db.execute("INSERT INTO people (uuid, name, created_utc) VALUES ('p-1', 'Sam', ?)",
               [created.isoformat()])
    db.execute("INSERT INTO entry_people (entry_id, person_id) VALUES (?, 1)", [entry.id])
    db.execute("INSERT INTO conversations (entry_id, person_id, heard, i_felt, follow_up) "
               "VALUES (?, 1, 'They need time.', 'tense', 'Ask again Friday.')", [entry.id])
    export_journal(db, tmp_path / "one.md", "markdown-single")
    text = (tmp_path / "one.md").read_text(encoding="utf-8")
    assert 'kind: conversation\ntitle: "Talk with Sam"\npeople: ["Sam"]\n' in text
    assert text.endswith("Short.\n\n## How I felt\n\ntense\n\n## What I heard\n\n"
                         "They need time.\n\n## Follow-up\n\nAsk again Friday.\n\n")


def _dated_records(document: dict) -> list[tuple[str, str]]:
    return ([(r["uuid"], r["local_date"]) for r in document["coping_records"]]
            + [(r["uuid"], r["local_date"]) for r in document["assessments"]])


def test_a_dated_export_carries_no_record_from_outside_its_dates(tmp_path: Path) -> None:
    import json

    write_demo_journal(tmp_path / "demo.sqlite", months=3, today=date(2026, 1, 20))
    journal = Journal.open(tmp_path / "demo.sqlite")
    whole = tmp_path / "whole.json"
    export_journal(journal.db, whole, "json", now=NOW)
    every = _dated_records(json.loads(whole.read_text(encoding="utf-8")))
    january = EntrySelection(first=date(2026, 1, 1), last=date(2026, 1, 20))
    outside = {u for u, day in every if not "2026-01-01" <= day <= "2026-01-20"}
    assert outside and len(outside) < len(every)
    dated = tmp_path / "january.json"
    export_journal(journal.db, dated, "json", january, now=NOW)
    kept = _dated_records(json.loads(dated.read_text(encoding="utf-8")))
    assert {u for u, _ in kept} == {u for u, _ in every} - outside
    for fmt, name in (("markdown-single", "january.md"), ("csv", "january.csv"),
                      ("markdown", "january-folder")):
        export_journal(journal.db, tmp_path / name, fmt, january)
        target = tmp_path / name
        texts = ([p.read_text(encoding="utf-8") for p in target.rglob("*.md")]
                 if target.is_dir() else [target.read_text(encoding="utf-8")])
        assert not any(u in text for u in outside for text in texts)
    journal.close()


def test_exporting_chosen_entries_keeps_only_their_coping_records(tmp_path: Path) -> None:
    import json

    write_demo_journal(tmp_path / "demo.sqlite", months=2, today=date(2026, 1, 20))
    journal = Journal.open(tmp_path / "demo.sqlite")
    entry_id, entry_uuid = journal.db.execute(
        "SELECT e.id, e.uuid FROM coping_records r JOIN entries e ON e.id = r.entry_id "
        "LIMIT 1").fetchone()
    dest = tmp_path / "one.json"
    export_journal(journal.db, dest, "json", EntrySelection(entry_ids=(entry_id,)), now=NOW)
    document = json.loads(dest.read_text(encoding="utf-8"))
    assert document["coping_records"] and {r["entry"] for r in document["coping_records"]} == {
        entry_uuid}
    assert document["assessments"] == []
    journal.close()


def test_an_imported_check_in_must_add_up_to_its_score(tmp_path: Path) -> None:
    import json

    from empathy_journal.interchange.errors import ImportFormatError

    document = {"format": "empathy-journal", "version": 1, "entries": [], "assessments": [
        {"uuid": "c1", "instrument": "pss10", "taken_utc": "2026-01-02T19:30:00Z",
         "answers": [0] * 10, "score": 0}]}  # items 4, 5, 7, 8 reversed: the score is 16
    source = tmp_path / "check-ins.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportFormatError, match="assessments 1, score: 0 is not the PSS-10"):
        import_file(Journal.open(None), source)
    document["assessments"][0]["score"] = 16
    source.write_text(json.dumps(document), encoding="utf-8")
    target = Journal.open(None)
    import_file(target, source)
    assert target.db.execute("SELECT local_date, score FROM assessments").fetchone() == (
        "2026-01-02", 16)
