"""The journal's one connection with the few sqlite-utils ``Database`` methods the app uses.

Opening a journal and everything the window reads and writes at start-up uses only
``execute``, ``atomic``, ``table_names``, ``close`` and ``conn``. They are written here, with
sqlite-utils' semantics (a write ``execute`` outside a transaction commits at once; ``atomic``
is a transaction, or a savepoint when one is open), so that start-up never imports
sqlite-utils (and click, dateutil and pluggy behind it). Anything else asked of the object,
``db["table"]`` included, goes to a real sqlite-utils ``Database`` over the same connection,
made on first use (``sqlite_utils_database``): migrations and the importers' conveniences.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

# Statements after which execute() leaves the transaction state to the statement itself.
_TRANSACTION_KEYWORDS = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


def leading_keyword(sql: str) -> str:
    """The first keyword of a statement, upper-cased, past blanks, ``;``, a BOM and comments."""
    at, end = 0, len(sql)
    while at < end:
        if sql[at].isspace() or sql[at] in ";\ufeff":
            at += 1
        elif sql.startswith("--", at):
            newline = sql.find("\n", at)
            if newline < 0:
                return ""
            at = newline + 1
        elif sql.startswith("/*", at):
            close = sql.find("*/", at + 2)
            if close < 0:
                return ""
            at = close + 2
        else:
            break
    stop = at
    while stop < end and (sql[stop].isalpha() or sql[stop] == "_"):
        stop += 1
    return sql[at:stop].upper()


class JournalDatabase:
    """One SQLite (or SQLCipher) connection, used the way sqlite-utils' Database uses it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._full: Database | None = None
        self.execute("PRAGMA recursive_triggers=on;")  # as sqlite-utils sets it

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None,
                ) -> sqlite3.Cursor:
        """Run one statement; a write that opened a transaction by itself is committed."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")  # the failed statement's own implicit transaction
            raise
        if (not was_in_transaction and conn.in_transaction and cursor.description is None
                and leading_keyword(sql) not in _TRANSACTION_KEYWORDS):
            conn.execute("COMMIT")
        return cursor

    def rollback(self) -> None:
        """Roll back the open transaction, if there is one."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @contextmanager
    def atomic(self) -> Iterator[JournalDatabase]:
        """A transaction around the block (a savepoint inside an open one); rolled back on
        any exception."""
        conn = self.conn
        if conn.in_transaction:
            savepoint = f"journal_{secrets.token_hex(8)}"
            conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it already
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise

    def table_names(self) -> list[str]:
        """The names of the tables in the file."""
        return [row[0] for row in
                self.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        self.conn.close()

    def sqlite_utils_database(self) -> Database:
        """A sqlite-utils Database over this same connection (imports sqlite-utils once)."""
        if self._full is None:
            from sqlite_utils import Database

            self._full = Database(self.conn, execute_plugins=False, recursive_triggers=False)
        return self._full

    def __getitem__(self, table: str) -> Any:
        return self.sqlite_utils_database()[table]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("conn", "_full"):  # not set up: no recursion
            raise AttributeError(name)
        return getattr(self.sqlite_utils_database(), name)
