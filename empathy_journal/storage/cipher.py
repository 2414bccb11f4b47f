"""SQLCipher connections that behave like the standard library's, plus the passphrase errors.

sqlite-utils and the repository catch ``sqlite3`` exception classes; the ``sqlcipher3`` driver
raises its own classes with the same names. :class:`CipherConnection` wraps a driver connection
and re-raises every driver error as the ``sqlite3`` class of the same name, keeping the SQLite
error code, so disk-full, read-only and damage are recognised on encrypted journals too.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from empathy_journal.domain.translation import _
from empathy_journal.storage.errors import JournalError

SQLITE_HEADER = b"SQLite format 3\x00"
FULL_DISK_BYTES = 64 * 1024  # less free space than this: no room for a -shm file


class PassphraseRequiredError(JournalError):
    """The journal is encrypted and no passphrase was given."""


class WrongPassphraseError(JournalError):
    """The passphrase given does not open the journal; nothing was touched."""


def _translate(error: Exception) -> sqlite3.Error:
    target = getattr(sqlite3, type(error).__name__, sqlite3.DatabaseError)
    if not (isinstance(target, type) and issubclass(target, sqlite3.Error)):
        target = sqlite3.DatabaseError
    translated = target(*error.args)
    for name in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(error, name):
            setattr(translated, name, getattr(error, name))
    return translated


def _driver() -> Any:
    """The SQLCipher driver, imported the first time an encrypted file is met (a plain
    journal's start and the quick commands never need it)."""
    import sqlcipher3

    return sqlcipher3


@contextmanager
def _translated() -> Iterator[None]:
    try:
        yield
    except _driver().dbapi2.Error as error:  # evaluated only when something was raised
        raise _translate(error) from None


class _Cursor:
    """A driver cursor whose errors are ``sqlite3`` errors."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)

    def __iter__(self) -> _Cursor:
        return self

    def __next__(self) -> Any:
        with _translated():
            return next(self._cursor)

    def execute(self, *args: Any) -> _Cursor:
        with _translated():
            self._cursor.execute(*args)
        return self

    def executemany(self, *args: Any) -> _Cursor:
        with _translated():
            self._cursor.executemany(*args)
        return self

    def fetchone(self) -> Any:
        with _translated():
            return self._cursor.fetchone()

    def fetchmany(self, *args: Any) -> list[Any]:
        with _translated():
            return self._cursor.fetchmany(*args)

    def fetchall(self) -> list[Any]:
        with _translated():
            return self._cursor.fetchall()


class CipherConnection:
    """An SQLCipher connection usable wherever a ``sqlite3.Connection`` is expected."""

    def __init__(self, raw: Any, passphrase: str) -> None:
        object.__setattr__(self, "_raw", raw)
        object.__setattr__(self, "_passphrase", passphrase)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._raw, name, value)

    def execute(self, *args: Any) -> _Cursor:
        with _translated():
            return _Cursor(self._raw.execute(*args))

    def executemany(self, *args: Any) -> _Cursor:
        with _translated():
            return _Cursor(self._raw.executemany(*args))

    def executescript(self, script: str) -> _Cursor:
        with _translated():
            return _Cursor(self._raw.executescript(script))

    def cursor(self) -> _Cursor:
        return _Cursor(self._raw.cursor())

    def commit(self) -> None:
        with _translated():
            self._raw.commit()

    def rollback(self) -> None:
        with _translated():
            self._raw.rollback()

    def close(self) -> None:
        with _translated():
            self._raw.close()

    def __enter__(self) -> CipherConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.commit()
        else:
            self.rollback()


def _quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def check_passphrase_text(passphrase: str) -> None:
    """Refuse a passphrase SQLCipher would treat as "no encryption"."""
    if not passphrase:
        raise JournalError(_("An empty passphrase would leave the journal unencrypted; choose a "
                             "passphrase with at least one character."))


def connect_encrypted(target: str, passphrase: str, *, uri: bool = False) -> CipherConnection:
    """Open target with SQLCipher and apply the key (checked on first read, not here)."""
    check_passphrase_text(passphrase)
    with _translated():
        raw = _driver().connect(target, uri=uri)
        raw.execute("PRAGMA cipher_log_level = NONE")
        raw.execute(f"PRAGMA key = {_quoted(passphrase)}")
    return CipherConnection(raw, passphrase)


def passphrase_of(connection: object) -> str | None:
    """The passphrase an open connection was keyed with (None for a plain one)."""
    if isinstance(connection, CipherConnection):
        return object.__getattribute__(connection, "_passphrase")
    return None


def attach_sql(path: Path, schema: str, passphrase: str | None) -> str:
    """``ATTACH`` SQL for a file under schema, encrypted with passphrase or plain (None)."""
    key = _quoted(passphrase) if passphrase else "''"
    location = "'" + str(path).replace("'", "''") + "'"
    return f"ATTACH DATABASE {location} AS {schema} KEY {key}"


PAGE_SIZE = 4096  # the journal's page size, plain and encrypted
PAGES_SAMPLED = 64
PLAIN_ZERO_SHARE = 0.10  # an encrypted page has about 0.4 % zero bytes; a plain one far more


def looks_encrypted(path: Path) -> bool:
    """True when path is sized like an SQLCipher file and no part of it reads as plain SQLite.

    Without the key an encrypted journal cannot be told from random bytes, but it can be told
    from a plain journal whose first page was overwritten: the plain file's other pages still
    hold long runs of zero bytes, which encryption never leaves. Such a file is damage, to be
    repaired from a backup; an encrypted one never is.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
            handle.seek(PAGE_SIZE)
            pages = handle.read(PAGE_SIZE * PAGES_SAMPLED)
    except OSError:
        return False
    plausible_salt = header.strip(b"\x00") != b""
    if header == SQLITE_HEADER or not plausible_salt or size < 1024 or size % 512:
        return False
    return not any(pages[at:at + PAGE_SIZE].count(0) > PAGE_SIZE * PLAIN_ZERO_SHARE
                   for at in range(0, len(pages), PAGE_SIZE))


def read_only_uri(path: Path) -> str:
    """A ``mode=ro`` URI for path; ``immutable=1`` when the folder cannot be written.

    A WAL journal in a read-only folder (or on a full disk) cannot get its ``-shm`` file; when
    no ``-wal`` file exists there is nothing beyond the main file to read, so opening it
    immutable is exact.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if _cannot_write_in(path.parent) and not wal.exists():
        uri += "&immutable=1"
    return uri


def _cannot_write_in(folder: Path) -> bool:
    if not os.access(folder, os.W_OK):
        return True
    try:
        space = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
    return space.f_bavail * space.f_frsize < FULL_DISK_BYTES


def connect_file(
    path: Path, passphrase: str | None = None, *, read_only: bool = False
) -> sqlite3.Connection:
    """A plain or SQLCipher connection to path (``sqlite3`` errors either way)."""
    target = read_only_uri(path) if read_only else str(path)
    if passphrase is None:
        return sqlite3.connect(target, uri=read_only)
    return connect_encrypted(target, passphrase, uri=read_only)  # type: ignore[return-value]


def connect_driver(path: Path, passphrase: str | None) -> CipherConnection:
    """An SQLCipher-driver connection to path, keyed or (None) plain, for ``sqlcipher_export``."""
    if passphrase is not None:
        return connect_encrypted(str(path), passphrase)
    with _translated():
        raw = _driver().connect(str(path))
        raw.execute("PRAGMA cipher_log_level = NONE")
    return CipherConnection(raw, "")
