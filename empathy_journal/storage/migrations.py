"""Numbered schema migrations; the names applied to a file are its schema history."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "empathy_journal"
migrations = Migrations(MIGRATION_SET)


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
    from empathy_journal.storage.search_schema import create_search_index

    create_search_index(db)


@migrations(name="0006_sync")
def sync(db: Database) -> None:
    """Folder sync bookkeeping: versions seen, each record's sync state, files read, and the
    triggers that mark what a write touched (numbered after the search work's migrations)."""
    from empathy_journal.storage.sync_schema import create_sync_tables

    create_sync_tables(db)


def known_migration_names() -> list[str]:
    """Every migration this build knows, in order."""
    return [m.name for m in migrations._migrations]


def applied_migration_names(db: Database) -> list[str]:
    """Migrations recorded in the file, oldest first."""
    return [m.name for m in migrations.applied(db)]


def pending_migration_names(db: Database) -> list[str]:
    """Migrations this build would apply to the file."""
    return [m.name for m in migrations.pending(db)]


def unknown_migration_names(db: Database) -> list[str]:
    """Migrations in the file that this build does not know: the file is from a newer version."""
    known = set(known_migration_names())
    return [name for name in applied_migration_names(db) if name not in known]


def apply_migrations(db: Database) -> list[str]:
    """Apply pending migrations, each in its own transaction; returns the names applied."""
    pending = pending_migration_names(db)
    migrations.apply(db)
    return pending
