"""Builders of small hand-made journals for the insights tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from empathy_journal.domain.entry import EmotionTag, Entry, Subject, new_entry
from empathy_journal.storage.journal import Journal


def add_entry(journal: Journal, day: date, *, mood: int | None = None,
              stress: int | None = None, energy: int | None = None, hour: int = 20,
              minute: int = 0, tz: str = "UTC", title: str = "", body: str = "",
              mine: Sequence[str] = (), theirs: Sequence[str] = (),
              tags: Sequence[str] = ()) -> Entry:
    """Save an entry for day, written at hour:minute on the wall clock of tz."""
    written = datetime.combine(day, time(hour, minute), ZoneInfo(tz))
    entry = new_entry(day, now=written, tz=tz)
    entry.mood, entry.stress, entry.energy = mood, stress, energy
    entry.title, entry.body, entry.tags = title, body, list(tags)
    entry.emotions = ([EmotionTag(e, 3, Subject.SELF) for e in mine]
                      + [EmotionTag(e, 3, Subject.OTHER) for e in theirs])
    return journal.repository.save_entry(entry)


def entry_id(journal: Journal, entry: Entry) -> int:
    """The integer id of a saved entry."""
    return journal.db.execute("SELECT id FROM entries WHERE uuid = ?", [entry.uuid]).fetchone()[0]


def add_practice(journal: Journal, practice_id: str, label: str, *entries: Entry) -> None:
    """Define a practice (once) and mark it done on entries."""
    journal.db.execute("INSERT OR IGNORE INTO practices (id, label) VALUES (?, ?)",
                       [practice_id, label])
    for entry in entries:
        journal.db.execute("INSERT INTO entry_practices (entry_id, practice_id) VALUES (?, ?)",
                           [entry_id(journal, entry), practice_id])


def add_person(journal: Journal, name: str) -> int:
    """A person; returns their id."""
    return journal.db.execute(
        "INSERT INTO people (uuid, name, created_utc) VALUES (?, ?, '2024-01-01T00:00:00Z')",
        [f"person-{name}", name]).lastrowid


def add_debrief(journal: Journal, entry: Entry, person_id: int | None, *,
                check: str | None = None, follow_up: str = "",
                due: str | None = None, done: bool = False) -> None:
    """Attach a conversation debrief to entry."""
    journal.db.execute(
        "INSERT INTO conversations (entry_id, person_id, perspective_check, follow_up, "
        "follow_up_due, follow_up_done_utc) VALUES (?, ?, ?, ?, ?, ?)",
        [entry_id(journal, entry), person_id, check, follow_up, due,
         "2024-01-01T00:00:00Z" if done else None])


def add_coping(journal: Journal, technique_id: str, label: str, day: date,
               before: int | None, after: int | None, trigger: str = "") -> None:
    """Record one coping technique tried on day."""
    journal.db.execute("INSERT OR IGNORE INTO coping_techniques (id, label) VALUES (?, ?)",
                       [technique_id, label])
    count = journal.db.execute("SELECT count(*) FROM coping_records").fetchone()[0]
    journal.db.execute(
        "INSERT INTO coping_records (uuid, technique_id, trigger, stress_before, stress_after, "
        "at_utc, local_date) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [f"coping-{count}", technique_id, trigger, before, after,
         f"{day.isoformat()}T12:00:00Z", day.isoformat()])


def add_value(journal: Journal, name: str, stance: str, *entries: Entry) -> None:
    """A personal value acted on (stance 'on') or against ('against') in entries."""
    row = journal.db.execute("SELECT id FROM personal_values WHERE name = ?", [name]).fetchone()
    value_id = row[0] if row else journal.db.execute(
        "INSERT INTO personal_values (uuid, name) VALUES (?, ?)",
        [f"value-{name}", name]).lastrowid
    for entry in entries:
        journal.db.execute(
            "INSERT INTO entry_values (entry_id, value_id, stance) VALUES (?, ?, ?)",
            [entry_id(journal, entry), value_id, stance])


def add_check_in(journal: Journal, instrument: str, day: date, answers: Sequence[int]) -> None:
    """Record a check-in taken on day, scored as the app scores it."""
    from empathy_journal.storage.check_in_repository import add_check_in as store

    store(journal.db, instrument, list(answers),
          datetime.combine(day, time(19, 30), ZoneInfo("UTC")), day)
