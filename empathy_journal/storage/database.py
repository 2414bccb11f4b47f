"""Opening the journal file: recognise it, set the pragmas, migrate with a backup first."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from empathy_journal.domain.translation import _
from empathy_journal.storage import migrations as schema
from empathy_journal.storage.backup import (
    BackupError,
    backups_dir_for,
    unused_backup_path,
    write_verified_copy,
)
from empathy_journal.storage.cipher import (
    PassphraseRequiredError,
    WrongPassphraseError,
    connect_encrypted,
    connect_file,
    looks_encrypted,
)
from empathy_journal.storage.errors import (
    JournalDamagedError,
    JournalError,
    NewerJournalError,
    NotAJournalError,
    OutdatedJournalError,
    describe_os_error,
)
from empathy_journal.storage.file_format import (  # the names stay importable from here
    APPLICATION_ID,
    JOURNAL_FILE_NAME,  # noqa: F401
    SQLITE_HEADER,
)
from empathy_journal.storage.journal_database import JournalDatabase
from empathy_journal.storage.safe_files import create_private, private_folder

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class OpenedJournal:
    """An open journal file: its database, where it is, and what happened while opening."""

    db: Database
    path: Path | None
    read_only: bool = False
    created: bool = False
    migrated: list[str] = field(default_factory=list)
    pre_migration_backup: Path | None = None
    encrypted: bool = False

    def close(self) -> None:
        """Close the single connection (checkpointing the WAL)."""
        self.db.close()


def _check_header(path: Path, *, encrypted: bool = False) -> None:
    """Refuse anything that is not a non-empty SQLite file, without writing a byte.

    An encrypted journal has no readable header; with a passphrase only emptiness is checked.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise describe_os_error(error, path) from error
    if not header:
        raise NotAJournalError(
            _("{path} is empty (zero bytes), so it is not a journal. It was left untouched; if it "
              "should hold your journal, restore a backup.").format(path=path),
            path=path,
        )
    if header != SQLITE_HEADER and not encrypted:
        if looks_encrypted(path):
            raise PassphraseRequiredError(
                _("{path} is encrypted, or it is not a journal at all; enter its passphrase to open "
                  "it. It was left untouched.").format(path=path), path=path)
        raise NotAJournalError(
            _("{path} is not an Empathy Journal file (it is not an SQLite database). It was left "
              "untouched.").format(path=path),
            path=path,
        )


def _connect(path: Path | None, read_only: bool, passphrase: str | None) -> sqlite3.Connection:
    if path is None:
        if passphrase is not None:
            return connect_encrypted(":memory:", passphrase)  # type: ignore[return-value]
        return sqlite3.connect(":memory:")
    return connect_file(path, passphrase, read_only=read_only)


def location_is_read_only(path: Path) -> bool:
    """True when the journal file or its folder cannot be written by this process."""
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _check_passphrase(db: Database, path: Path | None) -> None:
    """Read the first page; a wrong key fails here, before anything is written."""
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        raise WrongPassphraseError(
            _("That passphrase does not open this journal. Nothing was changed; try again (passphrases "
              "are case-sensitive)."),
            path=path,
        ) from None


def _apply_pragmas(db: Database, *, new_file: bool, read_only: bool) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 3000")
    if read_only:
        return
    if new_file:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")


def _check_identity(db: Database, path: Path) -> None:
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        tables = db.table_names()
    except sqlite3.DatabaseError as error:
        raise NotAJournalError(
            _("{path} cannot be read as a journal ({error}). It was left untouched.").format(
              path=path,
              error=error), path=path
        ) from error
    if app_id != APPLICATION_ID:
        what = _("an empty SQLite database") if not tables else _("another program's SQLite database")
        raise NotAJournalError(
            _("{path} is {what}, not an Empathy Journal. It was left untouched.").format(
              path=path,
              what=what), path=path
        )


def _check_version(db: Database, path: Path | None) -> None:
    unknown = schema.unknown_migration_names(db)
    if unknown:
        raise NewerJournalError(
            _("This journal was written by a newer version of Empathy Journal (it has changes named "
              "{join}). This version will not change it; please update the app. Nothing was changed.").format(
              join=', '.join(unknown)),
            path=path,
        )


def _backup_before_migrating(db: Database, path: Path, pending: list[str]) -> Path | None:
    if not schema.applied_migration_names(db):
        return None
    target = unused_backup_path(backups_dir_for(path), path, f"before-{pending[0]}")
    try:
        return write_verified_copy(db, target, checksums=False)
    except BackupError as error:
        raise JournalError(
            _("The journal needs an update, but the safety copy made first failed ({error}). Nothing "
              "was changed.").format(error=error),
            path=path,
        ) from error


def open_journal(
    path: Path | None, *, read_only: bool = False, passphrase: str | None = None
) -> OpenedJournal:
    """Open (or create) the journal at path; ``None`` opens a throwaway in-memory journal.

    With a passphrase the file is opened (or created) encrypted with SQLCipher; a wrong
    passphrase raises WrongPassphraseError before any byte is written. A journal whose file
    or folder cannot be written is opened read-only (``OpenedJournal.read_only``).

    Raises a JournalError subclass with a plain message when the file cannot be used. An
    existing file is never overwritten or treated as a new journal.
    """
    exists = path is not None and path.exists()
    if path is not None and exists:
        _check_header(path, encrypted=passphrase is not None)
        read_only = read_only or location_is_read_only(path)
    elif path is not None:
        if read_only:
            raise JournalError(_("There is no journal at {path}.").format(path=path), path=path)
        try:
            private_folder(path.parent)
            create_private(path)
        except OSError as error:
            raise describe_os_error(error, path.parent) from error
    try:
        db = JournalDatabase(_connect(path, read_only, passphrase))
    except sqlite3.Error as error:
        if path is not None and not exists:
            path.unlink(missing_ok=True)
            raise describe_os_error(OSError(13, str(error)), path.parent) from error
        raise JournalDamagedError(_("{path} could not be opened: {error}").format(path=path, error=error),
                                  path=path) from error
    try:
        if passphrase is not None and exists:
            _check_passphrase(db, path)
        opened = _prepare(db, path, exists=exists, read_only=read_only)
        opened.encrypted = passphrase is not None
        return opened
    except BaseException:
        db.close()
        raise


def _prepare(db: Database, path: Path | None, *, exists: bool, read_only: bool) -> OpenedJournal:
    if exists and path is not None:
        _check_identity(db, path)
    try:
        _apply_pragmas(db, new_file=not exists, read_only=read_only)
    except sqlite3.OperationalError as error:
        if path is not None and not exists:
            path.unlink(missing_ok=True)
            raise describe_os_error(OSError(13, str(error)), path.parent) from error
        raise
    _check_version(db, path)
    opened = OpenedJournal(db=db, path=path, read_only=read_only, created=not exists)
    pending = schema.pending_migration_names(db)
    if pending and read_only:
        raise OutdatedJournalError(
            _("This journal was written by an older version and needs an update that cannot be written "
              "here (the file or its folder is read-only). Nothing was changed; open it once where it "
              "can be written."),
            path=path,
        )
    if pending:
        if path is not None and exists:
            opened.pre_migration_backup = _backup_before_migrating(db, path, pending)
        opened.migrated = schema.apply_migrations(db)
    return opened
