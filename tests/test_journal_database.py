"""JournalDatabase does what the app asks of a connection exactly as sqlite-utils' Database
does (each case runs on both), and hands anything else to a real one over the same file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from empathy_journal.storage.journal_database import JournalDatabase, leading_keyword

KINDS = [JournalDatabase, lambda conn: Database(conn, execute_plugins=False)]


def _open(tmp_path: Path, kind) -> tuple[object, sqlite3.Connection]:
    path = tmp_path / "db.sqlite"
    db = kind(sqlite3.connect(str(path)))
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")
    return db, sqlite3.connect(str(path))  # a second connection sees only what is committed


@pytest.mark.parametrize("kind", KINDS, ids=["journal", "sqlite-utils"])
def test_a_write_outside_a_transaction_is_committed_at_once(tmp_path: Path, kind) -> None:
    db, other = _open(tmp_path, kind)
    db.execute("INSERT INTO t (v) VALUES (?)", ["a"])
    assert not db.conn.in_transaction
    assert other.execute("SELECT v FROM t").fetchall() == [("a",)]
    assert db.execute("PRAGMA recursive_triggers").fetchone()[0] == 1


@pytest.mark.parametrize("kind", KINDS, ids=["journal", "sqlite-utils"])
def test_a_failed_write_leaves_no_transaction_open(tmp_path: Path, kind) -> None:
    db, _other = _open(tmp_path, kind)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t (v) VALUES (NULL)")
    assert not db.conn.in_transaction


@pytest.mark.parametrize("kind", KINDS, ids=["journal", "sqlite-utils"])
def test_atomic_commits_together_and_a_nested_failure_undoes_only_itself(tmp_path: Path,
                                                                         kind) -> None:
    db, other = _open(tmp_path, kind)
    with db.atomic():
        db.execute("INSERT INTO t (v) VALUES ('kept')")
        with pytest.raises(ValueError), db.atomic():
            db.execute("INSERT INTO t (v) VALUES ('undone')")
            raise ValueError
        assert other.execute("SELECT count(*) FROM t").fetchone()[0] == 0  # not yet
    assert other.execute("SELECT v FROM t").fetchall() == [("kept",)]
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO t (v) VALUES ('all undone')")
        raise RuntimeError
    assert [r[0] for r in db.execute("SELECT v FROM t")] == ["kept"]
    assert not db.conn.in_transaction


@pytest.mark.parametrize("kind", KINDS, ids=["journal", "sqlite-utils"])
def test_table_names(tmp_path: Path, kind) -> None:
    db, _other = _open(tmp_path, kind)
    db.execute("CREATE VIRTUAL TABLE f USING fts5(v)")
    assert db.table_names() == Database(db.conn, execute_plugins=False).table_names()
    assert "t" in db.table_names()


def test_anything_else_goes_to_a_sqlite_utils_database_on_the_same_connection(
        tmp_path: Path) -> None:
    db, other = _open(tmp_path, JournalDatabase)
    db["t"].insert({"v": "through sqlite-utils"})
    assert db.sqlite_utils_database().conn is db.conn
    assert db.sqlite_utils_database() is db.sqlite_utils_database()
    assert other.execute("SELECT v FROM t").fetchall() == [("through sqlite-utils",)]
    assert list(db.query("SELECT v FROM t")) == [{"v": "through sqlite-utils"}]


@pytest.mark.parametrize(("sql", "keyword"), [
    ("insert into t values (1)", "INSERT"), ("  -- a note\n  commit", "COMMIT"),
    ("/* x */ SAVEPOINT a", "SAVEPOINT"), ("\ufeff;select 1", "SELECT"), ("-- only", ""),
])
def test_leading_keyword(sql: str, keyword: str) -> None:
    assert leading_keyword(sql) == keyword
