"""Debrief rows (table ``conversations``), their follow-ups and perspective checks.

``conversations.person_id`` names who the debrief is with, and that person is also kept in
``entry_people`` (which lists everyone an entry involves, debrief or not), so search, insights
and export can use ``entry_people`` alone. The debrief is saved together with its entry in one
transaction, so an autosave never leaves one without the other.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from empathy_journal.domain.conversation import (
    DEBRIEF_ATTRIBUTES,
    TEXT_FIELD_NAMES,
    Debrief,
    FollowUp,
    PerspectiveResult,
    follow_up_order,
)
from empathy_journal.domain.entry import Entry, EntryKind, utc_iso
from empathy_journal.domain.record_schema import stored_day, utc_or_none
from empathy_journal.storage.repository import JournalRepository
from empathy_journal.storage.sql import fetch_rows, writing
from empathy_journal.storage.stored_values import readable
from empathy_journal.storage.stored_values import stored_day as strict_day

if TYPE_CHECKING:
    from empathy_journal.domain.perspective import PerspectiveCheck

FORM_COLUMNS = ("person_id", *TEXT_FIELD_NAMES, "follow_up_due")
STATUS_COLUMNS = ("follow_up_done_utc", "perspective_check", "perspective_checked_on",
                  "perspective_note")


def debrief_to_row(debrief: Debrief) -> dict[str, Any]:
    """The conversations-table columns for a debrief (without entry_id)."""
    row: dict[str, Any] = {name: getattr(debrief, name) for name in DEBRIEF_ATTRIBUTES}
    row["follow_up_due"] = debrief.follow_up_due.isoformat() if debrief.follow_up_due else None
    done = debrief.follow_up_done_utc
    row["follow_up_done_utc"] = utc_iso(done) if done else None
    check = debrief.perspective_check
    row["perspective_check"] = str(check) if check else None
    checked_on = debrief.perspective_checked_on
    row["perspective_checked_on"] = checked_on.isoformat() if checked_on else None
    return row


def debrief_from_row(row: dict[str, Any]) -> Debrief:
    """A Debrief from a conversations-table row."""
    values = {name: row[name] for name in DEBRIEF_ATTRIBUTES}
    values["follow_up_due"] = _day(row["follow_up_due"])
    values["follow_up_done_utc"] = utc_or_none(row["follow_up_done_utc"])
    check = row["perspective_check"]
    values["perspective_check"] = PerspectiveResult(check) if check else None
    values["perspective_checked_on"] = _day(row["perspective_checked_on"])
    return Debrief(**values)


def _day(text: str | None) -> date | None:
    return stored_day(text)  # a date written by old code ("not-a-date") reads as no date


class ConversationRepository:
    """Reads and writes debriefs through the journal's repository and connection."""

    def __init__(self, repository: JournalRepository) -> None:
        self.repository = repository
        self.db = repository.db

    def load(self, entry_id: int) -> Debrief | None:
        """The debrief of an entry, or None when the entry has none."""
        rows = fetch_rows(self.db, "SELECT * FROM conversations WHERE entry_id = ?", [entry_id])
        return debrief_from_row(rows[0]) if rows else None

    def save_debrief(self, entry: Entry, debrief: Debrief, *, now: datetime | None = None,
                     keep_status: bool = True) -> Entry:
        """Save a conversation entry and its debrief in one transaction; returns the stored entry.

        With ``keep_status`` (the form's autosave) a stored row keeps its follow-up done time and
        perspective check, which are changed only by :meth:`mark_follow_up_done` and
        :meth:`record_perspective_check`, so an open form never undoes them.
        """
        if entry.kind != EntryKind.CONVERSATION:
            entry = replace(entry, kind=EntryKind.CONVERSATION)
        row = debrief_to_row(debrief.cleaned())
        with writing(self.db, self.repository.path):
            saved = self.repository.save_entry(entry, now=now)
            assert saved.id is not None
            row["entry_id"] = saved.id
            self._link_person(saved.id, debrief.person_id)
            updated = FORM_COLUMNS if keep_status else (*FORM_COLUMNS, *STATUS_COLUMNS)
            assignments = ", ".join(f"{name} = excluded.{name}" for name in updated)
            self.db.execute(
                f"INSERT INTO conversations ({', '.join(row)}) "
                f"VALUES ({', '.join('?' for _ in row)}) "
                f"ON CONFLICT (entry_id) DO UPDATE SET {assignments}",
                list(row.values()),
            )
        return saved

    def _link_person(self, entry_id: int, person_id: int | None) -> None:
        """Keep entry_people in step when the debrief's person changes."""
        before = self.db.execute("SELECT person_id FROM conversations WHERE entry_id = ?",
                                 [entry_id]).fetchone()
        old_person = before[0] if before else None
        if old_person == person_id:
            return
        if old_person is not None:
            self.db.execute("DELETE FROM entry_people WHERE entry_id = ? AND person_id = ?",
                            [entry_id, old_person])
        if person_id is not None:
            self.db.execute("INSERT OR IGNORE INTO entry_people (entry_id, person_id) "
                            "VALUES (?, ?)", [entry_id, person_id])

    # -- follow-ups --------------------------------------------------------------------------

    def follow_ups(self, *, include_done: bool = False) -> list[FollowUp]:
        """Follow-ups of debriefs not in the trash, due soon first (see follow_up_order)."""
        done_filter = "" if include_done else "AND c.follow_up_done_utc IS NULL"
        rows = fetch_rows(self.db, f"""
            SELECT e.id, e.uuid, e.local_date, c.follow_up, c.follow_up_due,
                   c.follow_up_done_utc, coalesce(p.name, '') AS person
            FROM conversations c JOIN entries e ON e.id = c.entry_id
            LEFT JOIN people p ON p.id = c.person_id
            WHERE trim(c.follow_up) <> '' AND e.deleted_utc IS NULL {done_filter}""")
        items = [
            FollowUp(entry_id=r["id"], entry_uuid=r["uuid"], entry_date=entry_date,
                     text=r["follow_up"], due=_day(r["follow_up_due"]), person_name=r["person"],
                     done_utc=utc_or_none(r["follow_up_done_utc"]))
            for r in rows if (entry_date := _day(r["local_date"])) is not None  # else unreadable
        ]
        return follow_up_order(items)

    def mark_follow_up_done(self, entry_id: int, *, now: datetime | None = None) -> None:
        """Mark an entry's follow-up done now."""
        moment = utc_iso(now or datetime.now(UTC))
        self._set(entry_id, "follow_up_done_utc = ?", [moment])

    def reopen_follow_up(self, entry_id: int) -> None:
        """Undo marking a follow-up done."""
        self._set(entry_id, "follow_up_done_utc = NULL", [])

    # -- perspective checks ------------------------------------------------------------------

    def record_perspective_check(self, entry_id: int, result: PerspectiveResult | None,
                                 checked_on: date | None = None, note: str | None = None) -> None:
        """Record how the guess turned out (None clears it) and the day it was checked."""
        if result is None:
            self._set(entry_id, "perspective_check = NULL, perspective_checked_on = NULL", [])
            return
        day = (checked_on or date.today()).isoformat()
        sets, params = "perspective_check = ?, perspective_checked_on = ?", [str(result), day]
        if note is not None:
            sets, params = sets + ", perspective_note = ?", [*params, note]
        self._set(entry_id, sets, params)

    def perspective_checks(self, person_id: int | None = None) -> list[PerspectiveCheck]:
        """Every recorded check (of one person when given), oldest check first."""
        where = "AND c.person_id = ?" if person_id is not None else ""
        rows = fetch_rows(self.db, f"""
            SELECT c.entry_id, c.person_id, c.perspective_check, c.perspective_checked_on,
                   c.perspective_note, e.local_date
            FROM conversations c JOIN entries e ON e.id = c.entry_id
            WHERE c.perspective_check IS NOT NULL AND e.deleted_utc IS NULL {where}
            ORDER BY coalesce(c.perspective_checked_on, e.local_date), c.entry_id""",
            [person_id] if person_id is not None else [])
        from empathy_journal.domain.perspective import PerspectiveCheck  # People reads them

        return readable(rows, lambda r: PerspectiveCheck(
            result=PerspectiveResult(r["perspective_check"]),
            checked_on=_day(r["perspective_checked_on"]) or strict_day(r["local_date"]),
            person_id=r["person_id"], entry_id=r["entry_id"], note=r["perspective_note"]),
            "checked guesses")

    def _set(self, entry_id: int, assignments: str, params: list[Any]) -> None:
        with writing(self.db, self.repository.path):
            self.db.execute(f"UPDATE conversations SET {assignments} WHERE entry_id = ?",
                            [*params, entry_id])
