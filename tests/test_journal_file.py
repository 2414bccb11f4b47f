"""Opening the journal file: pragmas, migrations, and refusing anything that is not a journal."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from empathy_journal.storage import migrations as schema
from empathy_journal.storage.cipher import PassphraseRequiredError
from empathy_journal.storage.database import APPLICATION_ID, open_journal
from empathy_journal.storage.errors import NewerJournalError, NotAJournalError, OutdatedJournalError
from empathy_journal.storage.journal import Journal


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_gets_wal_full_sync_application_id_and_every_migration(journal_path: Path) -> None:
    opened = open_journal(journal_path)
    try:
        db = opened.db
        assert opened.created is True
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert schema.applied_migration_names(db) == schema.known_migration_names()
        assert {"entries", "emotions", "entry_emotions", "entry_tags", "settings"} <= set(
            db.table_names())
    finally:
        opened.close()


def test_in_memory_journal_has_the_same_schema() -> None:
    journal = Journal.open(None)
    assert schema.pending_migration_names(journal.db) == []
    assert len(journal.emotions()) >= 100
    journal.close()


def test_reopening_applies_nothing_and_keeps_entries(journal_path: Path) -> None:
    from datetime import date

    from empathy_journal.domain.entry import new_entry

    journal = Journal.open(journal_path)
    entry = new_entry(date(2026, 1, 2))
    entry.body = "kept"
    journal.repository.save_entry(entry)
    journal.close()
    again = Journal.open(journal_path)
    assert again.opened.created is False
    assert again.opened.migrated == []
    stored = again.repository.get_entry(entry.uuid)
    assert stored is not None and stored.body == "kept"
    again.close()


def test_an_older_journal_is_backed_up_then_migrated(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    db = Database(sqlite3.connect(journal_path))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    schema.migrations.apply(db, stop_before="0002_people_conversations_practices")
    db.close()
    opened = open_journal(journal_path)
    try:
        assert opened.migrated == schema.known_migration_names()[1:]
        backup = opened.pre_migration_backup
        assert backup is not None and backup.exists()
        assert backup.parent == journal_path.parent / "backups"
        old = sqlite3.connect(backup)
        names = [r[0] for r in old.execute("SELECT name FROM _sqlite_migrations")]
        old.close()
        assert names == ["0001_initial"]
    finally:
        opened.close()


def test_a_journal_from_a_newer_version_is_refused_and_left_unchanged(journal_path: Path) -> None:
    Journal.open(journal_path).close()
    db = Database(sqlite3.connect(journal_path))
    db["_sqlite_migrations"].insert({"migration_set": schema.MIGRATION_SET,
                                     "name": "0099_from_the_future", "applied_at": "x"})
    db.close()
    before = digest(journal_path)
    with pytest.raises(NewerJournalError, match="newer version"):
        open_journal(journal_path)
    assert digest(journal_path) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (os.urandom(8192), "not a journal at all"),  # could be encrypted: ask, never create
        (b"SQLite format 3\x00" + os.urandom(4000), "cannot be read|not an Empathy Journal"),
    ],
    ids=["zero-length", "random-bytes", "garbled-sqlite"],
)
def test_a_file_that_is_not_a_journal_is_refused_untouched(tmp_path: Path, content: bytes,
                                                           message: str) -> None:
    path = tmp_path / "journal.sqlite"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises((NotAJournalError, PassphraseRequiredError), match=message):
        open_journal(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.sqlite"]


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotAJournalError, match="another program's SQLite database"):
        open_journal(path)
    assert digest(path) == before


def test_vocabulary_sync_runs_once_and_keeps_hidden_words_hidden(journal_path: Path) -> None:
    from empathy_journal.storage.vocabulary_store import set_emotion_hidden, sync_builtin_emotions

    journal = Journal.open(journal_path)
    set_emotion_hidden(journal.db, "calm", True)
    assert sync_builtin_emotions(journal.db) is False
    journal.close()
    again = Journal.open(journal_path)
    assert "calm" not in {e.id for e in again.emotions()}
    again.close()


def test_an_older_journal_in_a_read_only_place_is_called_older_not_newer(
        journal_path: Path) -> None:
    Journal.open(journal_path).close()
    last = schema.known_migration_names()[-1]
    with sqlite3.connect(journal_path) as conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [last])
    with pytest.raises(OutdatedJournalError, match="older version") as raised:
        Journal.open(journal_path, read_only=True)
    assert not isinstance(raised.value, NewerJournalError)
