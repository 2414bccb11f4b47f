"""Rebuilding the search index gives exactly the rows the triggers keep, for every kind of entry."""

from __future__ import annotations

from datetime import UTC, date, datetime

from empathy_journal.domain.entry import Entry, EntryKind
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.search_schema import rebuild_search_index

NOW = datetime(2026, 1, 10, 20, 0, tzinfo=UTC)


def _mixed(journal: Journal) -> None:
    save = journal.repository.save_entry
    plain = save(Entry(uuid="plain", local_date=date(2026, 1, 1), created_utc=NOW, tz="UTC",
                       title="Rain", body="Rain all day."), now=NOW)
    save(Entry(uuid="tagged", local_date=date(2026, 1, 2), created_utc=NOW, tz="UTC",
               title="Work", body="Long day.", tags=["work", "tired"]), now=NOW)
    talk = save(Entry(uuid="talk", local_date=date(2026, 1, 3), created_utc=NOW, tz="UTC",
                      kind=EntryKind.CONVERSATION, title="Talk", body="With Ana."), now=NOW)
    mention = save(Entry(uuid="mention", local_date=date(2026, 1, 4), created_utc=NOW,
                         tz="UTC", title="Dinner", body="Ana cooked."), now=NOW)
    db = journal.db
    db.execute("INSERT INTO people (uuid, name, created_utc) VALUES ('p', 'Ana Lima', 'x')")
    db.execute("INSERT INTO conversations (entry_id, person_id, heard, my_needs) VALUES "
               "(?, 1, 'she felt unheard', 'rest')", [talk.id])
    db.execute("INSERT INTO entry_people (entry_id, person_id) VALUES (?, 1)", [mention.id])
    assert plain.id is not None


def _index(journal: Journal) -> list[tuple]:
    return journal.db.execute("SELECT rowid, * FROM entries_fts ORDER BY rowid").fetchall()


def test_full_rebuild_matches_the_triggers(memory_journal: Journal) -> None:
    _mixed(memory_journal)
    kept = _index(memory_journal)
    assert kept == [
        # the last two columns are the grams (CJK pairs and emoji): none in ASCII text
        (1, "Rain", "Rain all day.", "", "", "", "", ""),
        (2, "Work", "Long day.", "", "", "tired work", "", ""),
        # the debrief fields in their order, empty ones included: my_needs, then heard
        (3, "Talk", "With Ana.", "     rest she felt unheard    ", "Ana Lima", "", "", ""),
        (4, "Dinner", "Ana cooked.", "", "Ana Lima", "", "", ""),
    ]
    memory_journal.db.execute("DELETE FROM entries_fts")
    rebuild_search_index(memory_journal.db)
    assert _index(memory_journal) == kept


def test_rebuilding_some_entries_leaves_the_others(memory_journal: Journal) -> None:
    _mixed(memory_journal)
    kept = _index(memory_journal)
    memory_journal.db.execute("DELETE FROM entries_fts WHERE rowid IN (1, 3)")
    rebuild_search_index(memory_journal.db, [1, 3])
    assert _index(memory_journal) == kept
