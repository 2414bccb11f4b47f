"""Running SQL on the journal: one transaction with plain errors, rows as dicts, the settings table."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from empathy_journal.storage.errors import describe_sqlite_error

if TYPE_CHECKING:
    from sqlite_utils import Database


def fetch_rows(
    db: Database, sql: str, params: list[Any] | dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """The result of a query as dicts keyed by column name."""
    cursor = db.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


@contextmanager
def writing(db: Database, path: Path | None = None) -> Iterator[None]:
    """One transaction (a savepoint when nested); environment failures become JournalErrors."""
    try:
        with db.atomic():
            yield
    except sqlite3.Error as error:
        friendly = describe_sqlite_error(error, path)
        if friendly is None:
            raise
        raise friendly from error


def settings_value(db: Database, key: str) -> str | None:
    """One row of the settings table, or None."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def store_setting(db: Database, key: str, value: str) -> None:
    """Insert or replace one row of the settings table (inside the caller's transaction)."""
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])


BULK_CACHE_KIB = 64 * 1024


@contextmanager
def bulk_cache(db: Database, kibibytes: int = BULK_CACHE_KIB) -> Iterator[None]:
    """A page cache of up to kibibytes for one bulk write, the connection's own size after.

    A big import writes tens of megabytes in one transaction; with the default 2 MiB cache its
    indexes' pages are spilled to the WAL and read back over and over (a fifth of its writing).
    The cache only grows as pages are used, and shrinks back when the block ends.
    """
    conn = db.conn
    previous = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = {-int(kibibytes)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {previous}")
