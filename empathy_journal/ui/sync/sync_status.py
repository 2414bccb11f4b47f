"""What the status bar says about sync, in plain words: the last sync, or what is wrong."""

from __future__ import annotations

import errno
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from empathy_journal.domain.text import plural
from empathy_journal.storage.errors import JournalError

if TYPE_CHECKING:
    from empathy_journal.sync import SyncOutcome

SYNCING = "Syncing…"
NOT_SYNCING = "Not syncing"


def synced_text(outcome: SyncOutcome, at: datetime) -> str:
    """``Synced 21:04 · 2 computers`` (and what needs a look, briefly)."""
    text = f"Synced {at:%H:%M} · {plural(outcome.report.devices, 'computer')}"
    if outcome.report.waiting:
        text += f" · {plural(outcome.report.waiting, 'file')} still arriving"
    if outcome.report.other_passphrase:
        text += (" · another computer changed the journal's passphrase: give this journal the "
                 "same one (File ▸ Passphrase and lock…) to receive its changes")
    if outcome.report.unopenable:
        text += f" · {plural(outcome.report.unopenable, 'file')} this passphrase cannot open"
    return text


def missing_folder_text(folder: Path) -> str:
    """The remembered folder is not there (a drive not connected, a sync tool not running)."""
    return (f"Sync folder not found: {folder}. Is the drive connected? Your journal is safe; "
            "sync tries again by itself.")


def problem_text(error: BaseException) -> str:
    """What went wrong with a sync, in plain words (the journal is always as it was)."""
    # Here, not at the top: a journal that does not sync never loads the sync engine.
    from empathy_journal.sync import SyncFolderError, WrongSyncPassphrase
    from empathy_journal.sync.sync_lock import SyncBusy

    if isinstance(error, WrongSyncPassphrase):
        return ("Not synced: another computer's journal has a different passphrase. Give "
                "this journal the same passphrase (File ▸ Passphrase and lock…), or change it "
                "there; nothing was applied or sent.")
    if isinstance(error, SyncBusy):
        return (f"Waiting to sync: {error.holder} is syncing this journal; the window syncs "
                "again by itself in a moment.")
    if isinstance(error, SyncFolderError):
        return f"Not synced: {error}"
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return ("Not synced: the disk is full. Free some space; nothing was changed and "
                    "sync tries again by itself.")
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return ("Not synced: the sync folder cannot be written here (no permission, or "
                    "read-only). Nothing was changed.")
        reason = error.strerror or type(error).__name__
        return (f"Not synced: the sync folder could not be read or written ({reason}). "
                "Nothing was changed; sync tries again by itself.")
    if isinstance(error, JournalError):
        return f"Not synced: {error}"
    if isinstance(error, sqlite3.OperationalError) and "full" in str(error):
        return ("Not synced: the disk is full. Free some space; nothing was changed and "
                "sync tries again by itself.")
    return (f"Not synced: something unexpected went wrong ({type(error).__name__}). Nothing "
            "was changed; sync tries again by itself.")
