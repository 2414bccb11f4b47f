"""Verified copies of the journal: VACUUM INTO a temporary file, check it, fsync, atomic rename."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

BACKUP_SUFFIX = ".sqlite"


class BackupError(Exception):
    """A backup could not be written or failed verification; the previous backups are untouched."""


def backups_dir_for(journal_path: Path) -> Path:
    """Where the backups of a journal live: a ``backups`` folder beside it."""
    return journal_path.parent / "backups"


def timestamped_name(journal_path: Path, label: str, now: datetime | None = None) -> str:
    """A backup file name that sorts by time: ``journal-20261126T221500Z-daily.sqlite``."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{journal_path.stem}-{stamp}-{label}{BACKUP_SUFFIX}"


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verify_copy(path: Path) -> None:
    """Raise BackupError unless path is a readable SQLite file passing integrity_check."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise BackupError(f"the copy could not be read back: {error}") from error
    if result != "ok":
        raise BackupError(f"the copy failed its integrity check: {result}")


def write_verified_copy(db: Database, destination: Path) -> Path:
    """Copy the open journal to destination without ever leaving a half-written file there.

    The copy is made with ``VACUUM INTO`` into a temporary file in the same folder, checked
    with ``PRAGMA integrity_check``, flushed to disk and only then renamed over destination.
    A failure at any step removes the temporary file and leaves destination as it was.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    temporary = destination.with_name(f".{destination.name}.partial")
    temporary.unlink(missing_ok=True)
    try:
        db.execute("VACUUM INTO ?", [str(temporary)])
        verify_copy(temporary)
        _fsync_path(temporary)
        os.replace(temporary, destination)
        _fsync_path(destination.parent)
    except (sqlite3.Error, OSError, BackupError) as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, BackupError):
            raise
        raise BackupError(str(error)) from error
    return destination
