"""Encrypting, re-keying and decrypting a closed journal and its backups, all or nothing.

Each file is exported with ``sqlcipher_export`` into a private temporary beside it and checked
(SQLite integrity, identity, entry count and, for the journal, every entry's content hash).
Only when every file is ready is the change committed (see
:mod:`empathy_journal.storage.conversion`): a crash at any moment leaves the journal and its
backups all under the old key or all under the new one, with no temporary left behind.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from empathy_journal.domain.translation import N_, _
from empathy_journal.storage import conversion
from empathy_journal.storage.backup import list_backups
from empathy_journal.storage.cipher import (
    WrongPassphraseError,
    attach_sql,
    check_passphrase_text,
    connect_driver,
    looks_encrypted,
)
from empathy_journal.storage.database import APPLICATION_ID
from empathy_journal.storage.errors import JournalError
from empathy_journal.storage.health import check_journal_file, describe_damage
from empathy_journal.storage.safe_files import create_private

EXPORT_SCHEMA = "converted"
READ_ONLY_FOLDER = N_("The journal's folder can only be read, so its passphrase cannot be changed "
                    "here. Nothing was changed.")


def is_encrypted(path: Path) -> bool:
    """True when the journal file at path is encrypted (its header is not plain SQLite)."""
    return looks_encrypted(path)


def encrypt_journal(path: Path, passphrase: str) -> int:
    """Encrypt a plain journal (and its backups); returns how many backups were converted."""
    check_passphrase_text(passphrase)
    if is_encrypted(path):
        raise JournalError(_("This journal is already encrypted; use 'passphrase change'. Nothing was "
                             "changed."), path=path)
    return _convert_with_backups(path, None, passphrase)


def change_passphrase(path: Path, old: str, new: str) -> int:
    """Re-encrypt the journal (and its backups) under a new passphrase."""
    check_passphrase_text(new)
    return _convert_with_backups(path, old, new)


def remove_encryption(path: Path, passphrase: str) -> int:
    """Store the journal (and its backups) unencrypted again."""
    return _convert_with_backups(path, passphrase, None)


def _convert_with_backups(path: Path, old: str | None, new: str | None) -> int:
    """Prepare the journal and every backup under the new key, then commit them together."""
    if not os.access(path.parent, os.W_OK):
        raise JournalError(_(READ_ONLY_FOLDER), path=path)
    committed = False
    prepared: list[Path] = []
    try:
        conversion.finish_interrupted(path)
        _prepare(path, old, new, journal=True)
        prepared.append(path)
        for backup in list_backups(path, with_counts=False):
            try:
                _prepare(backup.path, old, new, journal=False)
            except WrongPassphraseError:
                continue  # a backup under an even older passphrase stays as it was
            prepared.append(backup.path)
        if path.with_name(path.name + "-wal").exists():
            raise JournalError(_("The journal is open in another window or program; close it and try "
                                 "again. Nothing was changed."), path=path)
        files = [*prepared[1:], path]
        conversion.write_record(path, files)
        committed = True  # from here on a crash is finished by the next start, not undone
        conversion.roll_forward(path, files)
    except OSError as error:
        if committed:
            raise JournalError(
                _("The passphrase change was cut off ({value}); it is finished the next time the "
                  "journal is opened. Nothing was lost.").format(value=error.strerror or error),
                path=path) from None
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise JournalError(_(READ_ONLY_FOLDER), path=path) from None
        raise JournalError(_("The journal could not be rewritten ({value}). Nothing was changed.").format(
                             value=error.strerror or error), path=path) from None
    finally:
        if not committed:
            for file in [*prepared, path]:
                conversion.remove_with_sidecars(conversion.temporary_for(file))
    return len(prepared) - 1


def _prepare(path: Path, old: str | None, new: str | None, *, journal: bool) -> Path:
    """Write path's converted copy as its private temporary, checked and flushed; returns it.

    A backup may keep entries that already failed their checksums (they are copied as they
    are, and never offered for repair); the journal must have none.
    """
    temporary = conversion.temporary_for(path)
    conversion.remove_with_sidecars(temporary)
    create_private(temporary)
    try:
        expected = _export(path, old, temporary, new)
        _verify_converted(temporary, new, expected, allow_damaged=not journal)
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        conversion.remove_with_sidecars(temporary)
        raise
    return temporary


def _export(path: Path, old: str | None, temporary: Path, new: str | None) -> int:
    """Export path into temporary under the new key; returns the entry count it must have."""
    conn = connect_driver(path, old)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError:
            raise WrongPassphraseError(
                _("That passphrase does not open this journal. Nothing was changed."),
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
        conversion.remove_with_sidecars(temporary)
        raise JournalError(_("The journal could not be rewritten ({error}). Nothing was changed.").format(
                             error=error), path=path) from None
    finally:
        conn.close()
    return count


def _verify_converted(
    temporary: Path, passphrase: str | None, expected_entries: int, *, allow_damaged: bool
) -> None:
    report = check_journal_file(temporary, passphrase, full=True, hashes=not allow_damaged)
    if not report.problems and report.damaged_entries:
        raise JournalError(
            _("The journal has {describe_damage} whose text no longer matches its checksum, so it was "
              "not rewritten. Nothing was changed; 'empathy-journal check' lists the damage, and "
              "restoring a backup repairs it.").format(
              describe_damage=describe_damage(report.damaged_entries)),
            path=temporary)
    if not report.healthy or report.entry_count != expected_entries:
        reason = report.problems[0] if report.problems else _("the entries did not all arrive")
        raise JournalError(_(
            "The rewritten journal failed its check ({reason}). Nothing was changed.").format(
                             reason=reason), path=temporary)
