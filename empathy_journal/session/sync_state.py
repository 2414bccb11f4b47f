"""What the window reads of sync before it syncs (the folder, conflicts waiting), without the engine."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from empathy_journal.storage.sql import settings_value
from empathy_journal.storage.sync_schema import CONFLICT_SOURCE, FOLDER_SETTING

if TYPE_CHECKING:
    from empathy_journal.session.journal_session import JournalSession

COPY_SUFFIX = " (conflict copy)"


@dataclass(frozen=True)
class ConflictCopy:
    """An entry kept twice because two computers changed the same part of it."""

    copy: str  # the conflict copy's uuid
    original: str  # the entry it is a copy of


def remembered_folder_of(session: JournalSession) -> Path | None:
    """The journal's sync folder (None: it does not sync)."""
    value = settings_value(session.journal.db, FOLDER_SETTING)
    return Path(value) if value else None


def conflict_copies(session: JournalSession) -> list[ConflictCopy]:
    """The conflict copies not in the trash whose original is still there, oldest first."""
    rows = session.journal.db.execute(
        "SELECT c.uuid, c.source_id FROM entries c WHERE c.source_app = ? AND "
        "c.deleted_utc IS NULL ORDER BY c.created_utc, c.uuid", [CONFLICT_SOURCE]).fetchall()
    found = []
    for copy, source in rows:
        original = str(source or "").split(" ")[0]
        exists = session.journal.db.execute(
            "SELECT 1 FROM entries WHERE uuid = ? AND deleted_utc IS NULL", [original]
        ).fetchone()
        if original and exists:
            found.append(ConflictCopy(str(copy), original))
    return found


def plain_title(title: str) -> str:
    """A conflict copy's title without the mark the sync gave it."""
    if title == "Conflict copy":
        return ""
    return title.removesuffix(COPY_SUFFIX)
