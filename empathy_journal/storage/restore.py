"""Restoring a backup: the current file set is moved aside (never deleted), then replaced."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from empathy_journal.domain.translation import _
from empathy_journal.storage.backup import BackupError, plain_os_error, verify_copy
from empathy_journal.storage.cipher import connect_file
from empathy_journal.storage.errors import JournalError
from empathy_journal.storage.health import DamagedEntry, check_journal_file, describe_damage
from empathy_journal.storage.safe_files import PRIVATE_FOLDER, create_private, private_folder

SET_ASIDE_DIR = "set-aside"
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: which backup now is the journal, and where the old file went."""

    restored_from: Path
    set_aside: Path | None
    damaged: tuple[DamagedEntry, ...] = ()


class DamagedBackupError(JournalError):
    """The backup holds entries that fail their checksums; it was not restored."""


def journal_file_set(journal_path: Path) -> list[Path]:
    """The journal file and whichever of its SQLite sidecar files exist (main file first)."""
    sidecars = [journal_path.with_name(journal_path.name + s) for s in SIDECAR_SUFFIXES]
    return [p for p in [journal_path, *sidecars] if p.exists()]


def set_aside(journal_path: Path, reason: str, now: datetime | None = None) -> Path | None:
    """Move the journal and its sidecars into ``set-aside/<stem>-<time>-<reason>/``.

    The files keep their names, so the folder's journal can still be opened with its WAL.
    Returns the folder, or None when there was no journal file to move.
    """
    files = journal_file_set(journal_path)
    if not files:
        return None
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = journal_path.parent / SET_ASIDE_DIR / f"{journal_path.stem}-{stamp}-{reason}"
    suffix = 1
    while folder.exists():
        suffix += 1
        folder = folder.with_name(f"{journal_path.stem}-{stamp}-{reason}-{suffix}")
    private_folder(folder.parent)
    folder.mkdir(mode=PRIVATE_FOLDER)
    for file in files:
        os.replace(file, folder / file.name)
    _fsync_dir(folder)
    _fsync_dir(journal_path.parent)
    return folder


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def prepare_copy(source: Path, journal_path: Path, passphrase: str | None = None) -> Path:
    """Copy source beside the journal as a flushed, verified temporary file; returns it."""
    temporary = journal_path.with_name(f".{journal_path.name}.restoring")
    try:
        temporary.unlink(missing_ok=True)
        create_private(temporary)  # copyfile keeps the mode of a file that exists
        shutil.copyfile(source, temporary)
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        verify_copy(temporary, passphrase)
    except (OSError, BackupError):
        remove_quietly(temporary)
        raise
    return temporary


def _leave_wal_mode(temporary: Path, passphrase: str | None) -> None:
    """Store the prepared copy in rollback mode and close it, so neither it nor the restored
    journal leaves ``-wal``/``-shm`` files behind when read; opening the journal turns WAL on."""
    remove_quietly(temporary, sidecars_only=True)
    conn = connect_file(temporary, passphrase)
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        conn.close()
    remove_quietly(temporary, sidecars_only=True)


def remove_quietly(path: Path, *, sidecars_only: bool = False) -> None:
    """Remove a temporary file and the SQLite sidecars that checking it left; a folder that
    refuses (read-only) keeps them, without an error."""
    files = [path.with_name(path.name + suffix) for suffix in SIDECAR_SUFFIXES]
    for file in files if sidecars_only else [path, *files]:
        with contextlib.suppress(OSError):
            file.unlink(missing_ok=True)


def put_in_place(temporary: Path, journal_path: Path) -> None:
    """Atomically rename a prepared copy to the journal's name."""
    os.replace(temporary, journal_path)
    _fsync_dir(journal_path.parent)


def restore_backup(
    backup: Path,
    journal_path: Path,
    *,
    passphrase: str | None = None,
    now: datetime | None = None,
    anyway: bool = False,
) -> RestoreResult:
    """Make backup the journal again; the current journal is kept in the set-aside folder.

    The journal must be closed. The backup is copied and verified (SQLite's checks and every
    entry's checksum) before anything moves, so a bad backup leaves everything as it was.
    A backup with damaged entries is refused (DamagedBackupError) unless anyway is true.
    """
    try:
        temporary = prepare_copy(backup, journal_path, passphrase)
    except BackupError as error:
        raise JournalError(
            _("The backup {name} cannot be restored: {error}. Nothing was changed.").format(
              name=backup.name,
              error=error),
            path=backup,
        ) from error
    except OSError as error:
        raise JournalError(
            _("The backup {name} cannot be restored: the folder {parent} refused the copy "
              "({plain_os_error}). Nothing was changed.").format(
              name=backup.name,
              parent=journal_path.parent,
              plain_os_error=plain_os_error(error)), path=backup) from error
    damaged = _damaged_entries(temporary, backup, passphrase)
    if damaged and not anyway:
        remove_quietly(temporary)
        raise DamagedBackupError(
            _("The backup {name} has {describe_damage} whose text no longer matches its checksum. "
              "Nothing was changed; choose another backup.").format(
              name=backup.name,
              describe_damage=describe_damage(damaged)), path=backup)
    try:
        _leave_wal_mode(temporary, passphrase)
        aside = set_aside(journal_path, "before-restore", now)
        put_in_place(temporary, journal_path)
    except (OSError, sqlite3.Error) as error:
        remove_quietly(temporary)
        reason = plain_os_error(error) if isinstance(error, OSError) else str(error)
        raise JournalError(
            _("The backup could not be put in place ({reason}). Nothing was deleted: your journal is "
              "where it was or in the 'set-aside' folder.").format(reason=reason),
            path=journal_path) from error
    return RestoreResult(restored_from=backup, set_aside=aside, damaged=tuple(damaged))


def _damaged_entries(temporary: Path, backup: Path, passphrase: str | None) -> list[DamagedEntry]:
    """The entries of the prepared copy that fail their checksums (refuses an unreadable copy)."""
    report = check_journal_file(temporary, passphrase)
    if report.problems:
        remove_quietly(temporary)
        raise JournalError(_("The backup {name} cannot be restored: {value}. Nothing was changed.").format(
                             name=backup.name,
                             value=report.problems[0]), path=backup)
    return report.damaged_entries
