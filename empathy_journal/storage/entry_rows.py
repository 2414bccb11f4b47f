"""Conversion between Entry objects and rows of the entries tables."""

from __future__ import annotations

from datetime import date
from typing import Any

from empathy_journal.domain.entry import (
    EmotionTag,
    Entry,
    EntryKind,
    Subject,
    parse_utc,
    utc_iso,
)

ENTRY_COLUMNS = (
    "id, uuid, kind, title, body, prompt, created_utc, tz, local_date, updated_utc, mood, "
    "energy, stress, starred, deleted_utc, revision, content_hash, source_app, source_id"
)


def entry_to_row(entry: Entry) -> dict[str, Any]:
    """The entries-table row for an entry (emotions and tags live in their own tables)."""
    return {
        "uuid": entry.uuid,
        "kind": str(entry.kind),
        "title": entry.title,
        "body": entry.body,
        "prompt": entry.prompt,
        "created_utc": utc_iso(entry.created_utc),
        "tz": entry.tz,
        "local_date": entry.local_date.isoformat(),
        "updated_utc": utc_iso(entry.updated_utc) if entry.updated_utc else None,
        "mood": entry.mood,
        "energy": entry.energy,
        "stress": entry.stress,
        "starred": int(bool(entry.starred)),
        "deleted_utc": utc_iso(entry.deleted_utc) if entry.deleted_utc else None,
        "revision": entry.revision,
        "content_hash": entry.content_hash,
        "source_app": entry.source_app,
        "source_id": entry.source_id,
    }


def row_to_entry(
    row: dict[str, Any], emotions: list[EmotionTag], tags: list[str]
) -> Entry:
    """An Entry from an entries-table row plus its emotion tags and tags."""
    created = parse_utc(row["created_utc"])
    assert created is not None
    return Entry(
        id=row["id"],
        uuid=row["uuid"],
        kind=EntryKind(row["kind"]),
        title=row["title"],
        body=row["body"],
        prompt=row["prompt"],
        created_utc=created,
        tz=row["tz"],
        local_date=date.fromisoformat(row["local_date"]),
        updated_utc=parse_utc(row["updated_utc"]),
        mood=row["mood"],
        energy=row["energy"],
        stress=row["stress"],
        starred=bool(row["starred"]),
        deleted_utc=parse_utc(row["deleted_utc"]),
        revision=row["revision"],
        content_hash=row["content_hash"],
        source_app=row["source_app"],
        source_id=row["source_id"],
        emotions=emotions,
        tags=tags,
    )


def emotion_tag_from_row(row: dict[str, Any]) -> EmotionTag:
    """An EmotionTag from an entry_emotions row."""
    return EmotionTag(row["emotion_id"], row["intensity"], Subject(row["subject"]))
