"""People the user writes about: create, find, rename, merge, archive, and each one's timeline.

A debrief names who it is with in ``conversations.person_id`` (and, through the conversation
repository, in ``entry_people`` too); any entry can mention people through ``entry_people``.
A person's timeline joins both, so rows written by hand with only one of the two still show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from empathy_journal.domain.conversation import Debrief
from empathy_journal.domain.entry import EntryKind, parse_utc, utc_iso
from empathy_journal.domain.ids import fresh_uuid
from empathy_journal.domain.people import Person, clean_person_name, name_key
from empathy_journal.domain.translation import pgettext
from empathy_journal.storage.conversation_repository import debrief_from_row
from empathy_journal.storage.sql import fetch_rows, writing
from empathy_journal.storage.stored_values import (
    readable,
    stored_day,
    stored_day_or_none,
    stored_kind,
    stored_text,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

PREVIEW_CHARS = 160

# Every entry that involves a person: debriefs with them, and entries that mention them.
_ENTRIES_OF_PERSON = """
    SELECT entry_id FROM conversations WHERE person_id = :person
    UNION SELECT entry_id FROM entry_people WHERE person_id = :person"""


@dataclass(frozen=True)
class PersonSummary:
    """One row of the People list: debriefs with them, other entries mentioning them."""

    person: Person
    debriefs: int
    mentions: int
    open_follow_ups: int
    last_date: date | None


@dataclass(frozen=True)
class TimelineItem:
    """One entry in a person's timeline, newest first, with the feelings on both sides."""

    entry_id: int
    entry_uuid: str
    local_date: date
    kind: EntryKind
    title: str
    preview: str
    my_emotions: tuple[str, ...]
    their_emotions: tuple[str, ...]
    debrief: Debrief | None


def _shown(row: dict[str, Any]) -> str:
    """An emotion word of an entry as shown: a built-in one in the language in use."""
    return pgettext("emotion", row["label"]) if row["builtin"] else row["label"]


def _person(row: dict[str, Any]) -> Person:
    return Person(id=row["id"], uuid=row["uuid"], name=row["name"], note=row["note"],
                  archived=bool(row["archived"]), created_utc=parse_utc(row["created_utc"]))


class PeopleRepository:
    """The people table and the links that point at it."""

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self.db = db
        self.path = path

    # -- finding and creating ----------------------------------------------------------------

    def get(self, person_id: int) -> Person | None:
        """The person with this id, or None."""
        rows = fetch_rows(self.db, "SELECT * FROM people WHERE id = ?", [person_id])
        return _person(rows[0]) if rows else None

    def find_by_name(self, name: str) -> Person | None:
        """The person with this name or alias, ignoring case and spacing; active ones first."""
        key = name_key(name)
        if not key:
            return None
        candidates = fetch_rows(self.db, "SELECT * FROM people ORDER BY archived, id")
        for row in candidates:
            if name_key(row["name"]) == key:
                return _person(row)
        return None

    def create(self, name: str, *, note: str = "", now: datetime | None = None) -> Person:
        """A new person with this name (ValueError when the name is blank)."""
        clean = clean_person_name(name)
        created = utc_iso(now or datetime.now(UTC))
        with writing(self.db, self.path):
            person_id = self.db.execute(
                "INSERT INTO people (uuid, name, note, archived, created_utc) "
                "VALUES (?, ?, ?, 0, ?)",
                [fresh_uuid(), clean, note, created]).lastrowid
        person = self.get(person_id)
        assert person is not None
        return person

    def find_or_create(self, name: str, *, now: datetime | None = None) -> Person:
        """The person with this name (unarchiving them if needed), or a new one."""
        existing = self.find_by_name(name)
        if existing is None:
            return self.create(name, now=now)
        if existing.archived:
            assert existing.id is not None
            self.set_archived(existing.id, False)
            return self.get(existing.id) or existing
        return existing

    def names(self, *, include_archived: bool = False) -> list[str]:
        """Every name, alphabetically, for completion."""
        where = "" if include_archived else "WHERE archived = 0"
        return [r[0] for r in self.db.execute(
            f"SELECT name FROM people {where} ORDER BY name COLLATE NOCASE")]

    # -- changing ----------------------------------------------------------------------------

    def rename(self, person_id: int, new_name: str) -> Person:
        """Give a person another name or alias; every link stays as it is."""
        clean = clean_person_name(new_name)
        with writing(self.db, self.path):
            self.db.execute("UPDATE people SET name = ? WHERE id = ?", [clean, person_id])
        person = self.get(person_id)
        if person is None:
            raise KeyError(person_id)
        return person

    def set_note(self, person_id: int, note: str) -> None:
        """Replace the free note kept about a person."""
        with writing(self.db, self.path):
            self.db.execute("UPDATE people SET note = ? WHERE id = ?", [note, person_id])

    def set_archived(self, person_id: int, archived: bool) -> None:
        """Hide a person from lists (nothing is deleted) or bring them back."""
        with writing(self.db, self.path):
            self.db.execute("UPDATE people SET archived = ? WHERE id = ?",
                            [int(archived), person_id])

    def delete_if_unused(self, person_id: int) -> bool:
        """Remove a person nothing points at (a name abandoned while typing); True if removed."""
        with writing(self.db, self.path):
            cursor = self.db.execute(
                """DELETE FROM people WHERE id = ?
                   AND NOT EXISTS (SELECT 1 FROM conversations WHERE person_id = ?)
                   AND NOT EXISTS (SELECT 1 FROM entry_people WHERE person_id = ?)""",
                [person_id, person_id, person_id])
        return cursor.rowcount > 0

    def merge(self, keep_id: int, absorb_id: int) -> Person:
        """Fold ``absorb_id`` into ``keep_id``: every debrief and mention moves, notes are joined,
        and the absorbed person is removed. Returns the kept person."""
        if keep_id == absorb_id:
            raise ValueError("cannot merge a person with themselves")
        keep, absorb = self.get(keep_id), self.get(absorb_id)
        if keep is None or absorb is None:
            raise KeyError(absorb_id if keep is not None else keep_id)
        note = "\n\n".join(n for n in (keep.note.strip(), absorb.note.strip()) if n)
        with writing(self.db, self.path):
            self.db.execute("UPDATE conversations SET person_id = ? WHERE person_id = ?",
                            [keep_id, absorb_id])
            self.db.execute(
                "INSERT OR IGNORE INTO entry_people (entry_id, person_id) "
                "SELECT entry_id, ? FROM entry_people WHERE person_id = ?", [keep_id, absorb_id])
            self.db.execute("DELETE FROM entry_people WHERE person_id = ?", [absorb_id])
            self.db.execute("UPDATE people SET note = ?, archived = 0 WHERE id = ?",
                            [note, keep_id])
            self.db.execute("DELETE FROM people WHERE id = ?", [absorb_id])
        merged = self.get(keep_id)
        assert merged is not None
        return merged

    # -- mentions ----------------------------------------------------------------------------

    def set_entry_people(self, entry_id: int, person_ids: list[int]) -> None:
        """Replace the people an entry mentions."""
        with writing(self.db, self.path):
            self.db.execute("DELETE FROM entry_people WHERE entry_id = ?", [entry_id])
            for person_id in dict.fromkeys(person_ids):
                self.db.execute("INSERT INTO entry_people (entry_id, person_id) VALUES (?, ?)",
                                [entry_id, person_id])

    def entry_people(self, entry_id: int) -> list[Person]:
        """The people an entry mentions, by name."""
        rows = fetch_rows(self.db, """SELECT p.* FROM entry_people ep
            JOIN people p ON p.id = ep.person_id WHERE ep.entry_id = ?
            ORDER BY p.name COLLATE NOCASE""", [entry_id])
        return [_person(r) for r in rows]

    # -- reading for the People view ---------------------------------------------------------

    def list_people(self, *, include_archived: bool = False) -> list[PersonSummary]:
        """People with how often they appear, alphabetically; archived ones only when asked."""
        where = "" if include_archived else "WHERE p.archived = 0"
        rows = fetch_rows(self.db, f"""
            SELECT p.*,
              (SELECT count(*) FROM conversations c JOIN entries e ON e.id = c.entry_id
                 WHERE c.person_id = p.id AND e.deleted_utc IS NULL) AS debriefs,
              (SELECT count(*) FROM entry_people ep JOIN entries e ON e.id = ep.entry_id
                 WHERE ep.person_id = p.id AND e.deleted_utc IS NULL
                 AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.entry_id = ep.entry_id
                                 AND c.person_id = p.id)) AS mentions,
              (SELECT count(*) FROM conversations c JOIN entries e ON e.id = c.entry_id
                 WHERE c.person_id = p.id AND e.deleted_utc IS NULL
                 AND trim(c.follow_up) <> '' AND c.follow_up_done_utc IS NULL) AS open_follow_ups,
              (SELECT max(e.local_date) FROM entries e WHERE e.deleted_utc IS NULL AND e.id IN
                 (SELECT entry_id FROM conversations WHERE person_id = p.id
                  UNION SELECT entry_id FROM entry_people WHERE person_id = p.id)) AS last_date
            FROM people p {where} ORDER BY p.name COLLATE NOCASE, p.id""")
        return [
            PersonSummary(_person(r), r["debriefs"], r["mentions"], r["open_follow_ups"],
                          stored_day_or_none(r["last_date"]))
            for r in rows
        ]

    def timeline(self, person_id: int) -> list[TimelineItem]:
        """Debriefs with the person and entries mentioning them, newest first, trash excluded."""
        rows = fetch_rows(self.db, f"""
            SELECT e.id, e.uuid, e.local_date, e.kind, e.title,
                   substr(e.body, 1, {PREVIEW_CHARS}) AS preview
            FROM entries e WHERE e.deleted_utc IS NULL AND e.id IN ({_ENTRIES_OF_PERSON})
            ORDER BY e.local_date DESC, e.created_utc DESC""", {"person": person_id})
        return readable(rows, self._timeline_item, "entries (in a person's timeline)")

    def _timeline_item(self, row: dict[str, Any]) -> TimelineItem:
        labels = fetch_rows(self.db, """
            SELECT ee.subject, em.label, em.builtin FROM entry_emotions ee
            JOIN emotions em ON em.id = ee.emotion_id
            WHERE ee.entry_id = ? ORDER BY ee.position""", [row["id"]])
        debrief_rows = fetch_rows(self.db, "SELECT * FROM conversations WHERE entry_id = ?",
                                  [row["id"]])
        return TimelineItem(
            entry_id=row["id"], entry_uuid=stored_text(row["uuid"], "uuid"),
            local_date=stored_day(row["local_date"]), kind=stored_kind(row["kind"]),
            title=stored_text(row["title"], "title"), preview=str(row["preview"] or ""),
            my_emotions=tuple(_shown(r) for r in labels if r["subject"] == "self"),
            their_emotions=tuple(_shown(r) for r in labels if r["subject"] == "other"),
            debrief=debrief_from_row(debrief_rows[0]) if debrief_rows else None,
        )
