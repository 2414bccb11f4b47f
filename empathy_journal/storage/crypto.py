"""Encrypting, re-keying and decrypting a closed journal: write a new file, verify it, swap.

Each operation exports the journal with ``sqlcipher_export`` into a temporary file beside it,
checks that file (SQLite integrity, identity, entry count and every entry's content hash),
flushes it and renames it over the journal in one step. A crash before the rename leaves the
old file; after it, the new one. The journal's backups are converted the same way afterwards,
so they open with the same passphrase as the journal.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from pathlib import Path

from empathy_journal.storage.backup import list_backups
from empathy_journal.storage.cipher import (
    WrongPassphraseError,
    attach_sql,
    check_passphrase_text,
    connect_driver,
    looks_encrypted,
)
from empathy_journal.storage.database import APPLICATION_ID, OpenedJournal, open_journal
from empathy_journal.storage.errors import JournalError
from empathy_journal.storage.health import check_journal_file, describe_damage
from empathy_journal.storage.restore import put_in_place

EXPORT_SCHEMA = "converted"
READ_ONLY_FOLDER = ("The journal's folder can only be read, so its passphrase cannot be changed "
                    "here. Nothing was changed.")


def is_encrypted(path: Path) -> bool:
    """True when the journal file at path is encrypted (its header is not plain SQLite)."""
    return looks_encrypted(path)


def create_encrypted(path: Path, passphrase: str) -> OpenedJournal:
    """Create a new, encrypted journal at path (which must not exist yet)."""
    check_passphrase_text(passphrase)
    if path.exists():
        raise JournalError(f"{path} already exists; nothing was changed.", path=path)
    return open_journal(path, passphrase=passphrase)


def encrypt_journal(path: Path, passphrase: str) -> int:
    """Encrypt a plain journal (and its backups); returns how many backups were converted."""
    check_passphrase_text(passphrase)
    if is_encrypted(path):
        raise JournalError("This journal is already encrypted; use 'passphrase change'. "
                           "Nothing was changed.", path=path)
    return _convert_with_backups(path, None, passphrase)


def change_passphrase(path: Path, old: str, new: str) -> int:
    """Re-encrypt the journal (and its backups) under a new passphrase."""
    check_passphrase_text(new)
    return _convert_with_backups(path, old, new)


def remove_encryption(path: Path, passphrase: str) -> int:
    """Store the journal (and its backups) unencrypted again."""
    return _convert_with_backups(path, passphrase, None)


def _convert_with_backups(path: Path, old: str | None, new: str | None) -> int:
    convert_file(path, old, new)
    converted = 0
    for backup in list_backups(path, with_counts=False):
        try:
            convert_file(backup.path, old, new)
        except WrongPassphraseError:
            continue  # a backup under an even older passphrase stays as it was
        converted += 1
    return converted


def convert_file(path: Path, old: str | None, new: str | None) -> None:
    """Rewrite one closed journal file from key old to key new (None: plain), atomically."""
    temporary = path.with_name(f".{path.name}.converting")
    if not os.access(path.parent, os.W_OK):
        raise JournalError(READ_ONLY_FOLDER, path=path)
    try:
        _remove_quietly(temporary)
        expected = _export(path, old, temporary, new)
        _verify_converted(temporary, new, expected)
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        if path.with_name(path.name + "-wal").exists():
            raise JournalError("The journal is open in another window or program; close it "
                               "and try again. Nothing was changed.", path=path)
        put_in_place(temporary, path)
    except OSError as error:
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise JournalError(READ_ONLY_FOLDER, path=path) from None
        raise JournalError(f"The journal could not be rewritten ({error.strerror or error}). "
                           "Nothing was changed.", path=path) from None
    finally:
        _remove_quietly(temporary)


def _remove_quietly(path: Path) -> None:
    """Remove a temporary file and its SQLite sidecars; a place that refuses is left as it is."""
    for leftover in (path, path.with_name(path.name + "-wal"),
                     path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def _export(path: Path, old: str | None, temporary: Path, new: str | None) -> int:
    """Export path into temporary under the new key; returns the entry count it must have."""
    conn = connect_driver(path, old)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError:
            raise WrongPassphraseError(
                "That passphrase does not open this journal. Nothing was changed.",
                path=path) from None
        count = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(attach_sql(temporary, EXPORT_SCHEMA, new))
        conn.execute(f"SELECT sqlcipher_export('{EXPORT_SCHEMA}')")
        conn.execute(f"PRAGMA {EXPORT_SCHEMA}.application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA {EXPORT_SCHEMA}.user_version = {int(version)}")
        conn.execute(f"DETACH DATABASE {EXPORT_SCHEMA}")
    except sqlite3.Error as error:
        _remove_quietly(temporary)
        raise JournalError(f"The journal could not be rewritten ({error}). Nothing was "
                           "changed.", path=path) from None
    finally:
        conn.close()
    return count


def _verify_converted(temporary: Path, passphrase: str | None, expected_entries: int) -> None:
    report = check_journal_file(temporary, passphrase, full=True)
    if not report.problems and report.damaged_entries:
        raise JournalError(
            f"The journal has {describe_damage(report.damaged_entries)} whose text no longer "
            "matches its checksum, so it was not rewritten. Nothing was changed; "
            "'empathy-journal check' lists the damage, and restoring a backup repairs it.",
            path=temporary)
    if not report.healthy or report.entry_count != expected_entries:
        reason = report.problems[0] if report.problems else "the entries did not all arrive"
        raise JournalError(f"The rewritten journal failed its check ({reason}). Nothing was "
                           "changed.", path=temporary)
