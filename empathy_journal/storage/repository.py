"""The journal repository: saves and loads entries as domain objects, one transaction per save."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from empathy_journal.domain.entry import RATING_RANGES, EmotionTag, Entry, content_hash, utc_iso
from empathy_journal.domain.translation import pgettext
from empathy_journal.storage.entry_rows import (
    ENTRY_COLUMNS,
    emotion_tag_from_row,
    entry_to_row,
    row_to_entry,
    unreadable,
)
from empathy_journal.storage.sql import fetch_rows, settings_value, store_setting, writing
from empathy_journal.storage.stored_values import (
    UNREADABLE,
    readable,
    stored_day,
    stored_int,
    stored_kind,
    stored_moment,
    stored_rating,
    stored_text,
)
from empathy_journal.storage.summaries import (
    UNREADABLE_KEY,
    DayRatings,
    EntrySummary,
    unreadable_summary,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

PREVIEW_CHARS = 160


class JournalRepository:
    """Everything the app reads from and writes to the journal's entries."""

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self.db = db
        self.path = path

    def _writing(self) -> AbstractContextManager[None]:
        """One transaction; environment failures become plain JournalErrors."""
        return writing(self.db, self.path)

    # -- writing -----------------------------------------------------------------------------

    def save_entry(self, entry: Entry, *, now: datetime | None = None) -> Entry:
        """Store entry (insert or update) and return the stored version.

        Unchanged content is not written again; a change bumps ``revision`` and
        ``updated_utc`` and refreshes the content hash.
        """
        cleaned = entry.cleaned()
        known = self.emotion_ids()  # the hash covers exactly what is stored
        cleaned = replace(cleaned, emotions=[t for t in cleaned.emotions if t.emotion_id in known])
        digest = content_hash(cleaned)
        stored = self._stored_state(cleaned.uuid)
        if stored is not None and stored["content_hash"] == digest:
            return replace(cleaned, id=stored["id"], revision=stored["revision"],
                           content_hash=digest)
        moment = (now or datetime.now(UTC)).replace(microsecond=0)
        revision = 1 if stored is None else stored["revision"] + 1
        result = replace(cleaned, revision=revision, content_hash=digest, updated_utc=moment)
        with self._writing():
            row = entry_to_row(result)
            if stored is None:
                entry_id = self.db.execute(
                    f"INSERT INTO entries ({', '.join(row)}) VALUES "
                    f"({', '.join('?' for _ in row)})",
                    list(row.values()),
                ).lastrowid
            else:
                entry_id = stored["id"]
                assignments = ", ".join(f"{k} = ?" for k in row if k != "uuid")
                values = [v for k, v in row.items() if k != "uuid"]
                self.db.execute(f"UPDATE entries SET {assignments} WHERE id = ?",
                                [*values, entry_id])
            self._replace_children(entry_id, result)
        return replace(result, id=entry_id)

    def _stored_state(self, uuid: str) -> dict[str, Any] | None:
        rows = fetch_rows(self.db, "SELECT id, revision, content_hash FROM entries WHERE uuid = ?",
                          [uuid])
        return rows[0] if rows else None

    def _replace_children(self, entry_id: int, entry: Entry) -> None:
        self.db.execute("DELETE FROM entry_emotions WHERE entry_id = ?", [entry_id])
        self.db.execute("DELETE FROM entry_tags WHERE entry_id = ?", [entry_id])
        known = self.emotion_ids()
        for position, tag in enumerate(entry.emotions):
            if tag.emotion_id not in known:
                continue
            self.db.execute(
                "INSERT INTO entry_emotions (entry_id, emotion_id, intensity, subject, position) "
                "VALUES (?, ?, ?, ?, ?)",
                [entry_id, tag.emotion_id, tag.intensity, str(tag.subject), position],
            )
        for tag_text in entry.tags:
            self.db.execute("INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)",
                            [entry_id, tag_text])

    def trash_entry(self, uuid: str, *, now: datetime | None = None) -> None:
        """Move an entry to the trash (it can be restored until the trash is emptied)."""
        moment = utc_iso(now or datetime.now(UTC))
        with self._writing():
            self.db.execute("UPDATE entries SET deleted_utc = ? WHERE uuid = ?", [moment, uuid])

    def restore_entry(self, uuid: str) -> None:
        """Take an entry out of the trash."""
        with self._writing():
            self.db.execute("UPDATE entries SET deleted_utc = NULL WHERE uuid = ?", [uuid])

    def empty_trash(self) -> int:
        """Delete every trashed entry for good; returns how many."""
        with self._writing():
            cursor = self.db.execute("DELETE FROM entries WHERE deleted_utc IS NOT NULL")
        return cursor.rowcount

    # -- reading -----------------------------------------------------------------------------

    def get_entry(self, uuid: str) -> Entry | None:
        """The entry with this uuid (trashed or not), or None.

        A stored entry that cannot be read raises UnreadableEntryError (a JournalError); so
        does the key of an unreadable row without a uuid (see ``EntrySummary.unreadable``).
        """
        if uuid.startswith(UNREADABLE_KEY):
            where, key = "id = ?", uuid.removeprefix(UNREADABLE_KEY)
        else:
            where, key = "uuid = ?", uuid
        rows = fetch_rows(self.db, f"SELECT {ENTRY_COLUMNS} FROM entries WHERE {where}", [key])
        if not rows:
            return None
        row = rows[0]
        try:
            emotions = [
                emotion_tag_from_row(r)
                for r in fetch_rows(self.db, "SELECT ee.emotion_id, ee.intensity, ee.subject "
                                    "FROM entry_emotions ee JOIN emotions em ON "
                                    "em.id = ee.emotion_id WHERE ee.entry_id = ? "
                                    "ORDER BY ee.position", [row["id"]])
            ]
            tags = [stored_text(r[0], "tag") for r in self.db.execute(
                "SELECT tag FROM entry_tags WHERE entry_id = ? ORDER BY tag", [row["id"]])]
        except UNREADABLE as error:
            raise unreadable(row, error) from error
        return row_to_entry(row, emotions, tags)

    def entry_count(self, *, include_trashed: bool = False) -> int:
        """How many entries the journal holds."""
        where = "" if include_trashed else " WHERE deleted_utc IS NULL"
        return self.db.execute(f"SELECT count(*) FROM entries{where}").fetchone()[0]

    def entries_between(self, first: date, last: date) -> list[EntrySummary]:
        """Summaries of the entries dated first..last (inclusive), oldest first, trash excluded."""
        return self._summaries(
            "e.local_date BETWEEN ? AND ? AND e.deleted_utc IS NULL",
            [first.isoformat(), last.isoformat()],
        )

    def trashed_entries(self) -> list[EntrySummary]:
        """Summaries of the entries in the trash, most recently deleted first."""
        return self._summaries("e.deleted_utc IS NOT NULL", [], order="e.deleted_utc DESC")

    def _summaries(self, where: str, params: list[Any],
                   order: str = "e.local_date, e.created_utc") -> list[EntrySummary]:
        sql = f"""
            SELECT e.id, e.uuid, e.local_date, e.created_utc, e.tz, e.kind, e.title,
                   substr(e.body, 1, {PREVIEW_CHARS}) AS preview, e.mood, e.stress, e.starred,
                   (SELECT group_concat(m.label, ', ') FROM
                       (SELECT em.label FROM entry_emotions ee JOIN emotions em
                        ON em.id = ee.emotion_id WHERE ee.entry_id = e.id
                        AND ee.subject = 'self' ORDER BY ee.position) AS m) AS labels,
                   (SELECT p.name FROM conversations c JOIN people p ON p.id = c.person_id
                    WHERE c.entry_id = e.id) AS person
            FROM entries e WHERE {where} ORDER BY {order}"""
        return [self._summary(row) for row in fetch_rows(self.db, sql, params)]

    @staticmethod
    def _summary(row: dict[str, Any]) -> EntrySummary:
        try:
            return EntrySummary(
                uuid=stored_text(row["uuid"], "uuid"), local_date=stored_day(row["local_date"]),
                created_utc=stored_moment(row["created_utc"]),  # type: ignore[arg-type]
                tz=stored_text(row["tz"], "tz"), kind=stored_kind(row["kind"]),
                title=stored_text(row["title"], "title"), preview=row["preview"] or "",
                mood=stored_rating(row["mood"], "mood"),
                stress=stored_rating(row["stress"], "stress"),
                starred=bool(stored_int(row["starred"], "starred")),
                emotion_labels=tuple(pgettext("emotion", label) for label in
                                     row["labels"].split(", ")) if row["labels"] else (),
                person=row["person"] if isinstance(row["person"], str) else "",
            )
        except UNREADABLE as error:
            unreadable(row, error)  # the log line
            return unreadable_summary(row["id"], row["uuid"], row["local_date"],
                                      row["created_utc"])

    def daily_ratings(self, first: date, last: date) -> list[DayRatings]:
        """Per-day mean mood, energy and stress over first..last, only days that have entries.

        Ratings that cannot be read (not a whole number in range) are left out of the means;
        days that cannot be read are left out.
        """
        def rated(name: str) -> str:
            low, high = RATING_RANGES[name]
            return (f"avg(CASE WHEN typeof({name}) = 'integer' AND {name} BETWEEN {low} "
                    f"AND {high} THEN {name} END)")

        cursor = self.db.execute(
            f"""SELECT local_date, {rated('mood')}, {rated('energy')}, {rated('stress')},
                      count(*)
               FROM entries WHERE local_date BETWEEN ? AND ? AND deleted_utc IS NULL
               GROUP BY local_date ORDER BY local_date""",
            [first.isoformat(), last.isoformat()],
        )
        return readable(cursor, lambda r: DayRatings(stored_day(r[0]), *r[1:]), "days")

    def emotion_ids(self) -> set[str]:
        """Ids of every word in the vocabulary (hidden ones included)."""
        return {row[0] for row in self.db.execute("SELECT id FROM emotions")}

    # -- settings ----------------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """A journal-level setting (kept in the file so it travels with the journal)."""
        value = settings_value(self.db, key)
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        """Store a journal-level setting."""
        with self._writing():
            store_setting(self.db, key, value)



__all__ = ["EmotionTag", "JournalRepository"]
