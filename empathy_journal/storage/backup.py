"""Verified copies of the journal: VACUUM INTO a temporary file, check it, fsync, atomic rename."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from empathy_journal.domain.translation import _
from empathy_journal.storage.cipher import connect_file, passphrase_of
from empathy_journal.storage.file_format import APPLICATION_ID
from empathy_journal.storage.health import check_journal_file, describe_damage
from empathy_journal.storage.safe_files import create_private, private_folder

if TYPE_CHECKING:
    from sqlite_utils import Database

BACKUP_SUFFIX = ".sqlite"


class BackupError(Exception):
    """A backup could not be written or failed verification; the previous backups are untouched."""


def backups_dir_for(journal_path: Path) -> Path:
    """Where the backups of a journal live: a ``backups`` folder beside it."""
    return journal_path.parent / "backups"


def timestamped_name(
    journal_path: Path, label: str, now: datetime | None = None, sequence: int = 1
) -> str:
    """A backup file name that sorts by time: ``journal-20261126T221500Z-daily.sqlite``; the
    second backup within the same second is ``journal-20261126T221500Z-2-daily.sqlite``."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    counter = f"-{sequence}" if sequence > 1 else ""
    return f"{journal_path.stem}-{stamp}{counter}-{label}{BACKUP_SUFFIX}"


def unused_backup_path(
    folder: Path, journal_path: Path, label: str, now: datetime | None = None
) -> Path:
    """A backup path in folder that no file has yet, so an earlier backup is never replaced."""
    moment = now or datetime.now(UTC)
    sequence = 1
    while (target := folder / timestamped_name(journal_path, label, moment, sequence)).exists():
        sequence += 1
    return target


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verify_copy(path: Path, passphrase: str | None = None) -> None:
    """Raise BackupError unless path is a readable journal passing integrity_check."""
    try:
        conn = connect_file(path, passphrase, read_only=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise BackupError(_("the copy could not be read back: {error}").format(error=error)) from error
    if result != "ok":
        raise BackupError(_("the copy failed its integrity check: {result}").format(result=result))
    if app_id != APPLICATION_ID:
        raise BackupError(_("the copy is not an Empathy Journal file"))


def verify_checksums(path: Path, passphrase: str | None = None) -> None:
    """Raise BackupError unless every entry of the copy at path still matches its checksum.

    ``integrity_check`` cannot see a changed byte inside an entry's text; this can, so a copy
    of a damaged journal never joins the backups and is never offered for repair.
    """
    report = check_journal_file(path, passphrase)
    if report.problems:
        raise BackupError(_("the copy failed its check: {value}").format(value=report.problems[0]))
    if report.damaged_entries:
        raise BackupError(_("the copy has {describe_damage} whose text no longer matches its checksum; "
                            "'empathy-journal check' lists them").format(
                            describe_damage=describe_damage(report.damaged_entries)))


def verify_backup(path: Path, passphrase: str | None = None) -> None:
    """Raise BackupError unless path passes SQLite's integrity check and every entry checksum."""
    verify_copy(path, passphrase)
    verify_checksums(path, passphrase)


def plain_os_error(error: OSError) -> str:
    """The system's words for an OSError without its errno and path: ``Read-only file system``."""
    return error.strerror or str(error)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def write_verified_copy(db: Database, destination: Path, *, checksums: bool = True) -> Path:
    """Copy the open journal to destination without ever leaving a half-written file there.

    The copy is made with ``VACUUM INTO`` into a temporary file in the same folder, checked
    with ``PRAGMA integrity_check`` and (unless ``checksums`` is false, for the copy taken
    before a schema update, which the current code may not read) every entry's checksum,
    flushed to disk and only then renamed to destination. A failure at any step removes the
    temporary file and leaves destination as it was.
    """
    temporary = destination.with_name(f".{destination.name}.partial")
    if destination.parent.exists() and not destination.parent.is_dir():
        raise BackupError(_("{parent} is a file, not a folder").format(parent=destination.parent))
    try:
        private_folder(destination.parent)
        temporary.unlink(missing_ok=True)
        create_private(temporary)  # VACUUM INTO fills an empty file and keeps its mode
        db.execute("VACUUM INTO ?", [str(temporary)])
        verify_copy(temporary, passphrase_of(db.conn))
        if checksums:
            verify_checksums(temporary, passphrase_of(db.conn))
        _fsync_path(temporary)
        os.replace(temporary, destination)
        _fsync_path(destination.parent)
    except (sqlite3.Error, OSError, BackupError) as error:
        _remove_quietly(temporary)
        if isinstance(error, BackupError):
            raise
        if isinstance(error, OSError):
            raise BackupError(f"{destination.parent}: {plain_os_error(error)}") from error
        raise BackupError(str(error)) from error
    return destination


# -- the backups folder: listing and rotation -------------------------------------------------

AUTOMATIC_LABEL = "auto"
MANUAL_LABEL = "manual"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<sequence>\d+))?"
                   r"-(?P<label>[\w.-]+)\.sqlite$")


@dataclass(frozen=True)
class RetentionPolicy:
    """How many automatic backups to keep: the newest of each of the last N days and weeks."""

    daily: int = 7
    weekly: int = 4


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken, why, and how many entries it holds (None: unreadable)."""

    path: Path
    taken_utc: datetime
    label: str
    entry_count: int | None = None
    sequence: int = 1

    @property
    def automatic(self) -> bool:
        """True for the rotated daily/exit backups."""
        return self.label == AUTOMATIC_LABEL


def parse_backup_name(path: Path, journal_stem: str) -> BackupInfo | None:
    """The BackupInfo a file name describes, or None when it is not this journal's backup."""
    match = _NAME.match(path.name)
    if match is None or match["stem"] != journal_stem:
        return None
    taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return BackupInfo(path=path, taken_utc=taken, label=match["label"],
                      sequence=int(match["sequence"] or 1))


def count_entries(path: Path, passphrase: str | None = None) -> int | None:
    """Entries (not in the trash) in a journal file, or None when it cannot be read."""
    try:
        conn = connect_file(path, passphrase, read_only=True)
        try:
            return conn.execute(
                "SELECT count(*) FROM entries WHERE deleted_utc IS NULL").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def list_backups(
    journal_path: Path, *, passphrase: str | None = None, with_counts: bool = True
) -> list[BackupInfo]:
    """The journal's backups, newest first, with their entry counts when asked."""
    folder = backups_dir_for(journal_path)
    if not folder.is_dir():
        return []
    found = [parse_backup_name(p, journal_path.stem) for p in folder.iterdir() if p.is_file()]
    backups = sorted((b for b in found if b is not None),
                     key=lambda b: (b.taken_utc, b.sequence, b.path.name), reverse=True)
    if with_counts:
        backups = [replace(b, entry_count=count_entries(b.path, passphrase)) for b in backups]
    return backups


def backups_to_prune(
    backups: list[BackupInfo], policy: RetentionPolicy, tz: tzinfo | None = None
) -> list[BackupInfo]:
    """Automatic backups the policy no longer keeps (manual and migration ones are never pruned).

    Kept: the newest backup of each of the ``policy.daily`` most recent days that have one, and
    the newest of each of the ``policy.weekly`` most recent ISO weeks that have one. Days are
    counted in tz (the local zone by default), so a trip away never empties the folder.
    """
    automatic = sorted((b for b in backups if b.automatic),
                       key=lambda b: (b.taken_utc, b.sequence), reverse=True)
    keep: set[Path] = set()
    for limit, period in ((policy.daily, _day_of), (policy.weekly, _week_of)):
        seen: list[object] = []
        for backup in automatic:
            key = period(backup.taken_utc, tz)
            if key not in seen and len(seen) < limit:
                seen.append(key)
                keep.add(backup.path)
    if automatic:
        keep.add(automatic[0].path)
    return [b for b in automatic if b.path not in keep]


def _day_of(moment: datetime, tz: tzinfo | None) -> object:
    return moment.astimezone(tz).date()


def _week_of(moment: datetime, tz: tzinfo | None) -> object:
    return moment.astimezone(tz).date().isocalendar()[:2]


def make_backup(
    db: Database,
    journal_path: Path,
    *,
    label: str = AUTOMATIC_LABEL,
    folder: Path | None = None,
    now: datetime | None = None,
    policy: RetentionPolicy | None = None,
    tz: tzinfo | None = None,
) -> Path:
    """Write a verified backup of the open journal; then prune old automatic backups.

    The copy must pass SQLite's integrity check and every entry's checksum before it gets its
    name. Pruning happens only after that, so a failed or damaged copy never replaces, and is
    never the reason for removing, an older backup. Raises BackupError with the reason.
    """
    target_dir = folder or backups_dir_for(journal_path)
    target = unused_backup_path(target_dir, journal_path, label, now)
    written = write_verified_copy(db, target)
    if folder is None and label == AUTOMATIC_LABEL:
        prune_backups(journal_path, policy or RetentionPolicy(), tz=tz)
    return written


def prune_backups(
    journal_path: Path, policy: RetentionPolicy, *, tz: tzinfo | None = None
) -> list[Path]:
    """Delete the automatic backups the policy no longer keeps; returns what was removed."""
    removed = []
    for backup in backups_to_prune(list_backups(journal_path, with_counts=False), policy, tz):
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed
