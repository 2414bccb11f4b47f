"""Conversion between Entry objects and rows of the entries tables."""

from __future__ import annotations

from typing import Any

from empathy_journal.domain.entry import EmotionTag, Entry, Subject, utc_iso
from empathy_journal.storage.errors import UnreadableEntryError, unreadable_entry
from empathy_journal.storage.stored_values import (
    UNREADABLE,
    log,
    stored_day,
    stored_int,
    stored_intensity,
    stored_kind,
    stored_moment,
    stored_rating,
    stored_text,
)

ENTRY_COLUMNS = (
    "id, uuid, kind, title, body, prompt, created_utc, tz, local_date, updated_utc, mood, "
    "energy, stress, starred, deleted_utc, revision, content_hash, source_app, source_id"
)


ROW_COLUMNS = ("uuid", "kind", "title", "body", "prompt", "created_utc", "tz", "local_date",
               "updated_utc", "mood", "energy", "stress", "starred", "deleted_utc", "revision",
               "content_hash", "source_app", "source_id")  # entry_values' order


def entry_values(entry: Entry) -> tuple[Any, ...]:
    """The entries-table values for an entry in ROW_COLUMNS order (a bulk insert's row)."""
    return (entry.uuid, str(entry.kind), entry.title, entry.body, entry.prompt,
            utc_iso(entry.created_utc), entry.tz, entry.local_date.isoformat(),
            utc_iso(entry.updated_utc) if entry.updated_utc else None, entry.mood, entry.energy,
            entry.stress, int(bool(entry.starred)),
            utc_iso(entry.deleted_utc) if entry.deleted_utc else None, entry.revision,
            entry.content_hash, entry.source_app, entry.source_id)


def entry_to_row(entry: Entry) -> dict[str, Any]:
    """The entries-table row for an entry (emotions and tags live in their own tables)."""
    return dict(zip(ROW_COLUMNS, entry_values(entry), strict=True))


def row_key(row: dict[str, Any]) -> str:
    """How an entry row is named in messages and lists: its uuid, or its row id without one."""
    uuid = row.get("uuid")
    return uuid if isinstance(uuid, str) and uuid else f"row {row.get('id')}"


def row_to_entry(
    row: dict[str, Any], emotions: list[EmotionTag], tags: list[str]
) -> Entry:
    """An Entry from an entries-table row plus its emotion tags and tags.

    Nothing stored is trusted: a value the app could not have written raises
    UnreadableEntryError (a JournalError with a plain message), logged once.
    """
    try:
        return Entry(
            id=row["id"],
            uuid=stored_text(row["uuid"], "uuid"),
            kind=stored_kind(row["kind"]),
            title=stored_text(row["title"], "title"),
            body=stored_text(row["body"], "body"),
            prompt=stored_text(row["prompt"], "prompt"),
            created_utc=stored_moment(row["created_utc"]),  # type: ignore[arg-type]
            tz=stored_text(row["tz"], "tz"),
            local_date=stored_day(row["local_date"]),
            updated_utc=stored_moment(row["updated_utc"], required=False),
            mood=stored_rating(row["mood"], "mood"),
            energy=stored_rating(row["energy"], "energy"),
            stress=stored_rating(row["stress"], "stress"),
            starred=bool(stored_int(row["starred"], "starred")),
            deleted_utc=stored_moment(row["deleted_utc"], required=False),
            revision=stored_int(row["revision"], "revision"),
            content_hash=stored_text(row["content_hash"], "content_hash"),
            source_app=row["source_app"],
            source_id=row["source_id"],
            emotions=emotions,
            tags=tags,
        )
    except UNREADABLE as error:
        raise unreadable(row, error) from error


def unreadable(row: dict[str, Any], error: Exception) -> UnreadableEntryError:
    """The error for a row that cannot be read, with its one log line."""
    key = row_key(row)
    log.warning("entry %s cannot be read: %s", key, error)
    return unreadable_entry(key, str(error))


def emotion_tag_from_row(row: dict[str, Any]) -> EmotionTag:
    """An EmotionTag from an entry_emotions row; ValueError or TypeError when it cannot be read."""
    return EmotionTag(stored_text(row["emotion_id"], "emotion"),
                      stored_intensity(row["intensity"]), Subject(row["subject"]))
