"""Last-resort copy of text the journal refused to store, so quitting never loses typing."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from empathy_journal.domain.entry import Entry
from empathy_journal.domain.translation import _
from empathy_journal.storage.safe_files import private_folder

RESCUE_FOLDER = "unsaved"


def rescue_folder_for(journal_path: Path) -> Path:
    """Where rescued text goes: an ``unsaved`` folder beside the journal."""
    return journal_path.parent / RESCUE_FOLDER


def write_rescue_copy(journal_path: Path, entry: Entry, now: datetime | None = None) -> Path:
    """Write the entry's title and text as a Markdown file readable only by its owner.

    Used when the app must quit (SIGTERM, logout) while a save is being refused, e.g. on a
    full disk. Never used for encrypted journals: that would put private text in plain form
    on the disk. Raises OSError when even this cannot be written.
    """
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    folder = rescue_folder_for(journal_path)
    private_folder(folder)
    target = folder / f"{entry.local_date.isoformat()}-{moment:%H%M%S}-{entry.uuid[:8]}.md"
    heading = f"# {entry.title}\n\n" if entry.title.strip() else ""
    note = _("Empathy Journal could not save this entry of {day} ({uuid}); copy it back into "
             "the journal.").format(day=entry.local_date, uuid=entry.uuid)
    content = f"<!-- {note} -->\n\n{heading}{entry.body}\n"
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    return target
