"""The journal's side of folder sync: the versions it knows, its records' sync state, the change
files it has read, and triggers that mark every record a write touched.

The tables are local bookkeeping and never travel: ``sync_versions`` is the history of every
record this journal has seen (its own versions and other computers'), ``sync_records`` says
which version(s) each local row currently stands for and the hash it had then,
``sync_files`` lists the change files already applied, and ``sync_dirty`` is filled by
triggers on every table that is part of a synced record, so an incremental sync reads only
what changed (whatever wrote it: the session, an import or plain SQL). The triggers do
nothing until the journal has a sync folder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

# Which record a row of a table belongs to: (kind, SQL giving the record key for NEW/OLD rows).
_ENTRY_CHILDREN = ("entry_emotions", "entry_tags", "entry_people", "entry_practices",
                   "entry_values", "conversations")
_OWN_KEY = {"entries": ("entry", "uuid"), "people": ("person", "uuid"),
            "personal_values": ("value", "uuid"), "practices": ("practice", "id"),
            "coping_techniques": ("technique", "id"), "coping_records": ("coping", "uuid"),
            "assessments": ("assessment", "uuid")}


# Triggers mark nothing until the journal syncs: no cost (not a row, not a page) for journals
# that never do. The first sync marks every record (SEED) when it sets the folder.
FOLDER_SETTING = "sync.folder"
LAST_SETTING = "sync.last"  # when the last sync ended and how many computers it saw
# The source_app of an entry a sync kept twice (two computers changed the same part of it).
CONFLICT_SOURCE = "empathy-journal:conflict-copy"
_SYNCING = f"EXISTS(SELECT 1 FROM settings WHERE key='{FOLDER_SETTING}')"


def _mark(kind: str, key: str, source: str = "") -> str:
    """Mark a record dirty. A plain INSERT into a table without keys: a trigger's ``OR IGNORE``
    would be replaced by the outer statement's conflict clause (an upsert's), so a record
    marked twice would fail the save. Marks repeat until the next sync reads them once."""
    if source:
        return f"INSERT INTO sync_dirty SELECT '{kind}',{key} {source};"
    return f"INSERT INTO sync_dirty VALUES ('{kind}',{key});"


def _triggers() -> list[str]:
    statements = []
    for table, (kind, column) in _OWN_KEY.items():
        for event, row in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
            body = _mark(kind, f"{row}.{column}")
            if event == "UPDATE":  # a changed key: the old record left
                body += _mark(kind, f"old.{column}")
            statements.append(f"CREATE TRIGGER sync_{table}_{event[0]} AFTER {event} ON "
                              f"{table} WHEN {_SYNCING} BEGIN {body} END")
    for table in _ENTRY_CHILDREN:
        statements.extend(entry_child_triggers(table))
    return statements


def entry_child_triggers(table: str) -> list[str]:
    """Triggers marking an entry dirty when a row of one of its child tables changes (a table
    added after sync, such as attachments, creates its own in its migration)."""
    statements = []
    for event, row in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
        body = _mark("entry", "uuid", f"FROM entries WHERE id={row}.entry_id")
        statements.append(f"CREATE TRIGGER sync_{table}_{event[0]} AFTER {event} ON "
                          f"{table} WHEN {_SYNCING} BEGIN {body} END")
    return statements


TABLES = [
    """CREATE TABLE sync_versions (
        vid TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        parents TEXT NOT NULL,
        device TEXT NOT NULL,
        clock INTEGER NOT NULL,
        revision INTEGER NOT NULL,
        payload TEXT,
        hash TEXT NOT NULL
    )""",
    "CREATE INDEX sync_versions_by_record ON sync_versions (kind, key)",
    """CREATE TABLE sync_records (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        versions TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (kind, key)
    )""",
    """CREATE TABLE sync_files (
        device TEXT NOT NULL,
        name TEXT NOT NULL,
        digest TEXT NOT NULL,
        PRIMARY KEY (device, name)
    )""",
    "CREATE TABLE sync_dirty (kind TEXT NOT NULL, key TEXT)",
]

# What a journal must send on its first sync: every record it holds.
SEED = [f"INSERT INTO sync_dirty (kind, key) SELECT '{kind}', {column} FROM {table}"
        for table, (kind, column) in _OWN_KEY.items()]


def create_sync_tables(db: Database) -> None:
    """Create the sync bookkeeping tables and triggers."""
    for statement in [*TABLES, *_triggers()]:
        db.execute(statement)


def mark_every_record(db: Database) -> None:
    """Mark every record to be sent (the first sync, inside the caller's transaction)."""
    for statement in SEED:
        db.execute(statement)
