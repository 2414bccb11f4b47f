"""Numbered schema migrations; the names applied to a file are its schema history.

sqlite-utils applies them, but is imported only when something is applied or read through it
(the sqlite-utils set behind ``migrations`` is built on first use), so the quick commands can
compare a file's history with ``known_migration_names`` without importing it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any

from empathy_journal.domain.translation import _

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "empathy_journal"
MIGRATIONS_TABLE = "_sqlite_migrations"
Progress = Callable[[str, int, int], None]  # (what, done, total)
_REGISTERED: list[tuple[str, Callable[[Database], None]]] = []
_progress: list[Progress] = []


class _MigrationSet:
    """``@migrations(name=...)`` registers a migration when this module is imported; anything
    else (``apply``, ``pending``, ``applied``) goes to the sqlite-utils set, built on first use.
    """

    def __call__(self, *, name: str) -> Callable[[Callable[[Database], None]],
                                                 Callable[[Database], None]]:
        def register(function: Callable[[Database], None]) -> Callable[[Database], None]:
            _REGISTERED.append((name, function))
            return function
        return register

    def __getattr__(self, attribute: str) -> Any:
        return getattr(_migration_set(), attribute)


migrations = _MigrationSet()


@cache
def _migration_set() -> Migrations:
    from sqlite_utils.migrations import Migrations

    migration_set = Migrations(MIGRATION_SET)
    for name, function in _REGISTERED:
        migration_set(name=name)(function)
    return migration_set


@contextmanager
def reporting_progress(progress: Progress) -> Iterator[None]:
    """Within the block, long migrations call progress(what, done, total) as they go."""
    _progress.append(progress)
    try:
        yield
    finally:
        _progress.remove(progress)


def _report(what: str) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        for progress in _progress:
            progress(what, done, total)
    return report


def _execute_all(db: Database, statements: list[str]) -> None:
    for statement in statements:
        db.execute(statement)


@migrations(name="0001_initial")
def initial(db: Database) -> None:
    """Entries, the emotion vocabulary, entry emotions, tags and the settings table."""
    _execute_all(
        db,
        [
            """CREATE TABLE entries (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL DEFAULT 'reflection'
                    CHECK (kind IN ('reflection', 'conversation')),
                title TEXT NOT NULL DEFAULT '',
                body TEXT NOT NULL DEFAULT '',
                prompt TEXT NOT NULL DEFAULT '',
                created_utc TEXT NOT NULL,
                tz TEXT NOT NULL,
                local_date TEXT NOT NULL,
                updated_utc TEXT,
                mood INTEGER CHECK (mood BETWEEN 1 AND 10),
                energy INTEGER CHECK (energy BETWEEN 1 AND 10),
                stress INTEGER CHECK (stress BETWEEN 0 AND 10),
                starred INTEGER NOT NULL DEFAULT 0,
                deleted_utc TEXT,
                revision INTEGER NOT NULL DEFAULT 1,
                content_hash TEXT NOT NULL,
                source_app TEXT,
                source_id TEXT
            )""",
            "CREATE INDEX entries_by_date ON entries (local_date, created_utc)",
            """CREATE UNIQUE INDEX entries_by_source ON entries (source_app, source_id)
                WHERE source_app IS NOT NULL""",
            """CREATE TABLE emotions (
                id TEXT PRIMARY KEY,
                label TEXT NOT NULL,
                family TEXT NOT NULL,
                pleasantness REAL NOT NULL CHECK (pleasantness BETWEEN -1 AND 1),
                energy REAL NOT NULL CHECK (energy BETWEEN -1 AND 1),
                definition TEXT NOT NULL DEFAULT '',
                vague INTEGER NOT NULL DEFAULT 0,
                builtin INTEGER NOT NULL DEFAULT 1,
                hidden INTEGER NOT NULL DEFAULT 0
            )""",
            """CREATE TABLE entry_emotions (
                entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
                emotion_id TEXT NOT NULL REFERENCES emotions (id),
                intensity INTEGER NOT NULL DEFAULT 3 CHECK (intensity BETWEEN 1 AND 5),
                subject TEXT NOT NULL DEFAULT 'self' CHECK (subject IN ('self', 'other')),
                position INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (entry_id, emotion_id, subject)
            )""",
            "CREATE INDEX entry_emotions_by_emotion ON entry_emotions (emotion_id)",
            """CREATE TABLE entry_tags (
                entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
                tag TEXT NOT NULL,
                PRIMARY KEY (entry_id, tag)
            )""",
            "CREATE INDEX entry_tags_by_tag ON entry_tags (tag)",
            "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        ],
    )


@migrations(name="0002_people_conversations_practices")
def people_conversations_practices(db: Database) -> None:
    """People, conversation debriefs, practices, values, coping records and check-ins."""
    _execute_all(
        db,
        [
            """CREATE TABLE people (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                archived INTEGER NOT NULL DEFAULT 0,
                created_utc TEXT NOT NULL
            )""",
            "CREATE INDEX people_by_name ON people (name COLLATE NOCASE)",
            """CREATE TABLE conversations (
                entry_id INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
                person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
                context TEXT NOT NULL DEFAULT '',
                observed TEXT NOT NULL DEFAULT '',
                i_felt TEXT NOT NULL DEFAULT '',
                they_felt TEXT NOT NULL DEFAULT '',
                their_needs TEXT NOT NULL DEFAULT '',
                my_needs TEXT NOT NULL DEFAULT '',
                heard TEXT NOT NULL DEFAULT '',
                what_i_said TEXT NOT NULL DEFAULT '',
                differently TEXT NOT NULL DEFAULT '',
                follow_up TEXT NOT NULL DEFAULT '',
                follow_up_due TEXT,
                follow_up_done_utc TEXT,
                perspective_check TEXT CHECK (perspective_check IN ('right', 'partly', 'wrong')),
                perspective_checked_on TEXT,
                perspective_note TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX conversations_by_person ON conversations (person_id)",
            """CREATE INDEX conversations_open_follow_ups ON conversations (follow_up_due)
                WHERE follow_up <> '' AND follow_up_done_utc IS NULL""",
            """CREATE TABLE entry_people (
                entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
                person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                PRIMARY KEY (entry_id, person_id)
            )""",
            "CREATE INDEX entry_people_by_person ON entry_people (person_id)",
            """CREATE TABLE practices (
                id TEXT PRIMARY KEY,
                label TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                grp TEXT NOT NULL DEFAULT '',
                builtin INTEGER NOT NULL DEFAULT 1,
                hidden INTEGER NOT NULL DEFAULT 0,
                position INTEGER NOT NULL DEFAULT 0
            )""",
            """CREATE TABLE entry_practices (
                entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
                practice_id TEXT NOT NULL REFERENCES practices (id),
                PRIMARY KEY (entry_id, practice_id)
            )""",
            "CREATE INDEX entry_practices_by_practice ON entry_practices (practice_id)",
            """CREATE TABLE personal_values (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                archived INTEGER NOT NULL DEFAULT 0
            )""",
            """CREATE TABLE entry_values (
                entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
                value_id INTEGER NOT NULL REFERENCES personal_values (id) ON DELETE CASCADE,
                stance TEXT NOT NULL CHECK (stance IN ('on', 'against')),
                PRIMARY KEY (entry_id, value_id)
            )""",
            """CREATE TABLE coping_techniques (
                id TEXT PRIMARY KEY,
                label TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                builtin INTEGER NOT NULL DEFAULT 1,
                hidden INTEGER NOT NULL DEFAULT 0
            )""",
            """CREATE TABLE coping_records (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                entry_id INTEGER REFERENCES entries (id) ON DELETE SET NULL,
                technique_id TEXT NOT NULL REFERENCES coping_techniques (id),
                trigger TEXT NOT NULL DEFAULT '',
                stress_before INTEGER CHECK (stress_before BETWEEN 0 AND 10),
                stress_after INTEGER CHECK (stress_after BETWEEN 0 AND 10),
                duration_s INTEGER,
                at_utc TEXT NOT NULL,
                local_date TEXT NOT NULL
            )""",
            "CREATE INDEX coping_records_by_date ON coping_records (local_date)",
            """CREATE TABLE assessments (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                instrument TEXT NOT NULL CHECK (instrument IN ('who5', 'pss10')),
                taken_utc TEXT NOT NULL,
                answers TEXT NOT NULL,
                score INTEGER NOT NULL
            )""",
            """CREATE TABLE templates (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                kind TEXT NOT NULL DEFAULT 'reflection',
                body TEXT NOT NULL DEFAULT '',
                builtin INTEGER NOT NULL DEFAULT 0
            )""",
        ],
    )


@migrations(name="0003_search")
def search(db: Database) -> None:
    """Full-text search: the FTS5 index over entries and the triggers that keep it in step."""
    from empathy_journal.storage.search_schema_v1 import create_search_index

    create_search_index(db)


@migrations(name="0004_check_ins")
def check_ins(db: Database) -> None:
    """Check-ins get the empathy self-check and the local day they were taken on.

    ``score`` stays the raw sum of the item scores (WHO-5 0–25, not its percentage); the
    local day of older rows is the UTC day of ``taken_utc``, which is what they were dated by.
    """
    _execute_all(
        db,
        [
            """CREATE TABLE assessments_new (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                instrument TEXT NOT NULL CHECK (instrument IN ('who5', 'pss10', 'empathy')),
                taken_utc TEXT NOT NULL,
                local_date TEXT NOT NULL,
                answers TEXT NOT NULL,
                score INTEGER NOT NULL
            )""",
            """INSERT INTO assessments_new (id, uuid, instrument, taken_utc, local_date, answers,
                                            score)
               SELECT id, uuid, instrument, taken_utc, substr(taken_utc, 1, 10), answers, score
               FROM assessments""",
            "DROP TABLE assessments",
            "ALTER TABLE assessments_new RENAME TO assessments",
            "CREATE INDEX assessments_by_date ON assessments (local_date)",
        ],
    )


@migrations(name="0005_coping_technique_minutes")
def coping_technique_minutes(db: Database) -> None:
    """The usual length of each of the user's own coping techniques (None: the built-ins')."""
    db.execute("ALTER TABLE coping_techniques ADD COLUMN minutes INTEGER "
               "CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 60)")


@migrations(name="0006_search_every_script")
def search_every_script(db: Database) -> None:
    """Search for every script: the index gains CJK/Hangul pairs and emoji, rebuilt whole.

    Numbered after 0004_check_ins and 0005_coping_technique_minutes, written at the same time.
    """
    from empathy_journal.storage.search_schema import create_search_index, drop_search_index

    drop_search_index(db)
    create_search_index(db, progress=_report(_("Updating the search index")))


@migrations(name="0007_sync")
def sync(db: Database) -> None:
    """Folder sync bookkeeping: versions seen, each record's sync state, files read, and the
    triggers that mark what a write touched (numbered after the search work's migrations)."""
    from empathy_journal.storage.sync_schema import create_sync_tables

    create_sync_tables(db)


@migrations(name="0008_attachments")
def attachments(db: Database) -> None:
    """Photos and files attached to entries, their bytes inside the journal file (so that
    encryption, backups, restore and repair cover them), and their sync trigger."""
    from empathy_journal.storage.sync_schema import entry_child_triggers

    _execute_all(
        db,
        [
            """CREATE TABLE attachments (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
                file_name TEXT NOT NULL,
                media_type TEXT NOT NULL,
                byte_size INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                data BLOB NOT NULL,
                created_utc TEXT NOT NULL
            )""",
            "CREATE INDEX attachments_by_entry ON attachments (entry_id, created_utc)",
            *entry_child_triggers("attachments"),
        ],
    )


@migrations(name="0009_unrated_intensity")
def unrated_intensity(db: Database) -> None:
    """An emotion word's intensity may be not rated (NULL) instead of a made-up 3; words saved
    before keep the intensity they have. SQLite cannot change a column's check, so the table is
    rebuilt; its index and the sync triggers on it are made again as they were."""
    kept = [sql for (sql,) in db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'entry_emotions' "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name")]
    _execute_all(db, [
        """CREATE TABLE entry_emotions_rated (
            entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
            emotion_id TEXT NOT NULL REFERENCES emotions (id),
            intensity INTEGER CHECK (intensity IS NULL OR intensity BETWEEN 1 AND 5),
            subject TEXT NOT NULL DEFAULT 'self' CHECK (subject IN ('self', 'other')),
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (entry_id, emotion_id, subject)
        )""",
        "INSERT INTO entry_emotions_rated (entry_id, emotion_id, intensity, subject, position) "
        "SELECT entry_id, emotion_id, intensity, subject, position FROM entry_emotions",
        "DROP TABLE entry_emotions",
        "ALTER TABLE entry_emotions_rated RENAME TO entry_emotions",
        *kept,
    ])


def known_migration_names() -> list[str]:
    """Every migration this build knows, in order."""
    return [name for name, _function in _REGISTERED]


def applied_migration_names(db: Database) -> list[str]:
    """Migrations recorded in the file, oldest first (plain SQL, as sqlite-utils reads them:
    start-up does not import sqlite-utils unless a migration is due)."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                  [MIGRATIONS_TABLE]).fetchone() is None:
        return []
    return [row[0] for row in db.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET]).fetchall()]


def recorded_migration_names(connection: Any) -> set[str]:
    """The names recorded in a file, read with plain SQL (a sqlite3 connection will do)."""
    try:
        rows = connection.execute(f"SELECT name FROM {MIGRATIONS_TABLE} "
                                  "WHERE migration_set = ?", [MIGRATION_SET]).fetchall()
    except sqlite3.OperationalError:  # no such table: a file no migration has touched
        return set()
    return {row[0] for row in rows}


def pending_migration_names(db: Database) -> list[str]:
    """Migrations this build would apply to the file."""
    applied = set(applied_migration_names(db))
    return [name for name in known_migration_names() if name not in applied]


def unknown_migration_names(db: Database) -> list[str]:
    """Migrations in the file that this build does not know: the file is from a newer version."""
    known = set(known_migration_names())
    return [name for name in applied_migration_names(db) if name not in known]


def apply_migrations(db: Database) -> list[str]:
    """Apply pending migrations, each in its own transaction; returns the names applied."""
    pending = pending_migration_names(db)
    full = getattr(db, "sqlite_utils_database", None)  # storage/journal_database.py
    _migration_set().apply(full() if full is not None else db)
    return pending
