"""One validation layer at the import boundary: bad values refused by name, keys never SQL."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from empathy_journal.domain.conversation import Debrief
from empathy_journal.domain.entry import Entry, EntryKind
from empathy_journal.interchange.errors import ImportFormatError
from empathy_journal.interchange.exporter import export_journal
from empathy_journal.interchange.importer import import_file, read_source
from empathy_journal.storage.conversation_repository import ConversationRepository
from empathy_journal.storage.health import find_damaged_entries
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.people_repository import PeopleRepository

NOW = datetime(2024, 3, 4, 20, tzinfo=UTC)
TAIL = ". Nothing was imported; your journal is unchanged."


def _exported(tmp_path: Path) -> dict[str, Any]:
    """An own-JSON document with one person and one debrief with a dated follow-up."""
    journal = Journal.open(None)
    person = PeopleRepository(journal.db).create("Sam", now=NOW)
    ConversationRepository(journal.repository).save_debrief(
        Entry(uuid="11111111-1111-4111-8111-111111111111", local_date=date(2024, 3, 4),
              created_utc=NOW, tz="UTC", kind=EntryKind.CONVERSATION, title="Talk with Sam",
              body="Short.", mood=6),
        Debrief(person_id=person.id, follow_up="Ask again", follow_up_due=date(2024, 3, 8)),
        now=NOW)
    export_journal(journal.db, tmp_path / "base.json", "json", now=NOW)
    journal.close()
    return json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))


def _write(tmp_path: Path, document: dict[str, Any], name: str = "export.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _jrnl(tmp_path: Path, *dates: str) -> Path:
    entries = [{"date": d, "time": "09:30", "title": f"Day {n}.", "body": ""}
               for n, d in enumerate(dates, start=1)]
    return _write(tmp_path, {"entries": entries}, "jrnl.json")


def test_one_typo_year_among_recent_dates_is_refused_by_entry_and_field(tmp_path: Path) -> None:
    path = _jrnl(tmp_path, "2024-01-04", "0202-01-05", "2024-01-06")
    with pytest.raises(ImportFormatError) as refused:
        read_source(path)
    assert str(refused.value) == ("jrnl.json, entry 2, date: 0202-01-05 is outside the years "
                                  "1900–2200" + TAIL)


def test_a_whole_file_of_old_dates_is_history_and_imports(tmp_path: Path,
                                                          memory_journal: Journal) -> None:
    path = _jrnl(tmp_path, "1851-06-01", "1852-07-02")
    assert import_file(memory_journal, path).added == 2
    assert find_damaged_entries(memory_journal.repository) == []


@pytest.mark.parametrize(("field", "value", "reason"), [
    ("mood", True, "mood: true is not a whole number from 1 to 10"),
    ("mood", 5.5, "mood: 5.5 is not a whole number from 1 to 10"),
    ("stress", 11, "stress: 11 is not a whole number from 0 to 10"),
    ("revision", "3", "revision: '3' is not a whole number from 0 to 2147483648"),
    ("title", 123, "title: expected text, got 123"),
    ("uuid", "x\" onclick=\"alert(1)", "uuid: 'x\" onclick=\"alert(1)' is not a well-formed id"),
    ("local_date", "0202-01-05", "local_date: 0202-01-05 is outside the years 1000–2200"),
    ("local_date", "2024-02-30", "local_date: '2024-02-30' is not a date like 2024-01-31"),
    ("tz", "Mars/Olympus", "tz: 'Mars/Olympus' is not a known time zone"),
    ("emotions", [{"emotion": "calm", "intensity": True, "subject": "self"}],
     "emotions: item 1: intensity: true is not a whole number from 1 to 5"),
])
def test_own_json_value_of_the_wrong_type_or_range_is_refused(
        tmp_path: Path, memory_journal: Journal, field: str, value: object, reason: str) -> None:
    document = _exported(tmp_path)
    document["entries"][0][field] = value
    with pytest.raises(ImportFormatError) as refused:
        import_file(memory_journal, _write(tmp_path, document))
    assert str(refused.value) == f"export.json, entry 1, {reason}{TAIL}"
    assert memory_journal.repository.entry_count(include_trashed=True) == 0


def test_own_json_follow_up_date_that_is_not_a_date_is_left_out_and_said(
        tmp_path: Path, memory_journal: Journal) -> None:
    document = _exported(tmp_path)
    document["entries"][0]["conversation"]["follow_up_due"] = "not-a-date"
    batch = read_source(_write(tmp_path, document))
    assert batch.notes == ["export.json, entry 1, conversation, follow_up_due: 'not-a-date' is "
                           "not a date like 2024-01-31; the follow-up was imported undated."]
    import_file(memory_journal, _write(tmp_path, document))
    [follow_up] = ConversationRepository(memory_journal.repository).follow_ups()
    assert (follow_up.text, follow_up.due) == ("Ask again", None)


def test_a_bad_stored_follow_up_date_reads_as_undated_never_raises(
        tmp_path: Path, memory_journal: Journal) -> None:
    import_file(memory_journal, _write(tmp_path, _exported(tmp_path)))
    memory_journal.db.execute("UPDATE conversations SET follow_up_due = 'not-a-date', "
                              "follow_up_done_utc = 'garbage'")
    talks = ConversationRepository(memory_journal.repository)
    [follow_up] = talks.follow_ups(include_done=True)
    assert (follow_up.due, follow_up.done_utc) == (None, None)
    entry = memory_journal.repository.get_entry("11111111-1111-4111-8111-111111111111")
    assert entry is not None and entry.id is not None
    loaded = talks.load(entry.id)
    assert loaded is not None and loaded.follow_up_due is None


def test_duplicate_uuid_in_own_json_is_reported(tmp_path: Path, memory_journal: Journal) -> None:
    document = _exported(tmp_path)
    twin = dict(document["entries"][0], title="A different text")
    document["entries"].append(twin)
    with pytest.raises(ImportFormatError) as refused:
        import_file(memory_journal, _write(tmp_path, document))
    assert str(refused.value) == ("export.json, entry 2: it has the same id "
                                  "'11111111-1111-4111-8111-111111111111' as entry 1" + TAIL)


RENAME_ALL = ("id) SELECT uuid, 'PWNED', note, archived, created_utc, NULL FROM people WHERE "
              "? OR ? OR ? OR ? OR ? OR ? ON CONFLICT (uuid) DO UPDATE SET name = 'PWNED' --")
COPY_TITLES = ("id) SELECT uuid, (SELECT title FROM entries LIMIT 1), note, archived, "
               "created_utc, NULL FROM people WHERE ? OR ? OR ? OR ? OR ? OR ? "
               "ON CONFLICT (uuid) DO UPDATE SET name = excluded.name --")


@pytest.mark.parametrize("attack", [RENAME_ALL, COPY_TITLES, "shoe_size"])
def test_json_keys_never_become_sql_and_unknown_keys_are_reported(
        tmp_path: Path, memory_journal: Journal, attack: str) -> None:
    document = _exported(tmp_path)
    import_file(memory_journal, _write(tmp_path, document))
    PeopleRepository(memory_journal.db).create("Ana", now=NOW)
    document["people"][0][attack] = "x"
    batch = read_source(_write(tmp_path, document))
    assert len(batch.notes) == 1
    assert batch.notes[0].startswith("export.json: keys this app does not know were ignored: "
                                     "people ")
    import_file(memory_journal, _write(tmp_path, document))
    names = sorted(r[0] for r in memory_journal.db.execute("SELECT name FROM people"))
    assert names == ["Ana", "Sam"]


def test_every_table_writes_only_the_columns_its_schema_checks() -> None:
    from empathy_journal.domain.record_schema import YearRange
    from empathy_journal.interchange.ej_json_tables import COLUMNS, VOCABULARIES
    from empathy_journal.interchange.validation import side_schemas

    schemas = side_schemas(YearRange())
    tables = {key: table for key, table, _ in VOCABULARIES}
    tables.update(coping_records="coping_records", assessments="assessments")
    for key, schema in schemas.items():
        expected = {"entry_id" if c == "entry" else c for c in schema}
        assert set(COLUMNS[tables[key]]) == expected, key
