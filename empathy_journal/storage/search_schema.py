"""The full-text index (FTS5, porter stemming) and the triggers that keep it in step with entries.

The index holds one row per entry (rowid = entries.id) with everything the person wrote for it:
title, body, the conversation debrief's fields, the names of people linked to it, and its tags;
and, since migration 0006, two "grams" columns that make every script searchable: the CJK and
Hangul runs of the title (``title_grams``) and of the rest (``text_grams``) as overlapping
character pairs, and each emoji as an ASCII token (``domain/search_query.index_grams``).

Triggers on every table that feeds it refresh the entry's text columns, so any code that saves
through the repository (or plain SQL) leaves the Latin-script index correct. The grams are made
in Python, which a trigger cannot call, so a trigger leaves them empty and notes the entry in
``search_grams_pending`` when its text has anything beyond ASCII; ``catch_up_grams`` fills them
before the next search (one small write, skipped on a read-only journal). A bulk writer may
pause the triggers inside its own transaction and re-index the touched entries once at the end
(``rebuild_search_index`` makes the grams itself).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from empathy_journal.domain.search_query import index_grams

SEARCH_TABLE = "entries_fts"
TEXT_COLUMNS = ("title", "body", "conversation", "people", "tags")
GRAM_COLUMNS = ("title_grams", "text_grams")
SEARCH_COLUMNS = TEXT_COLUMNS + GRAM_COLUMNS
# bm25 weights in SEARCH_COLUMNS order: a word in the title or a tag says more than one in a
# body; a CJK word or emoji weighs what the same word would in its column.
RANK_WEIGHTS = (5.0, 1.0, 1.0, 2.0, 3.0, 5.0, 1.0)
PAUSE_KEY = "search_index_paused"
PENDING_TABLE = "search_grams_pending"
CHUNK = 500

Progress = Callable[[int, int], None]  # (entries indexed so far, entries to index)

_CONVERSATION_TEXT = " || ' ' || ".join(
    f"c.{name}"
    for name in ("context", "observed", "i_felt", "they_felt", "their_needs", "my_needs",
                 "heard", "what_i_said", "differently", "follow_up", "perspective_note")
)

SEARCH_TEXT_VIEW = f"""CREATE VIEW entry_search_text AS
SELECT e.id AS id, e.title AS title, e.body AS body,
    coalesce((SELECT {_CONVERSATION_TEXT} FROM conversations c WHERE c.entry_id = e.id), '')
        AS conversation,
    coalesce((SELECT group_concat(p.name, ' ') FROM people p WHERE p.id IN
        (SELECT person_id FROM entry_people WHERE entry_id = e.id
         UNION SELECT person_id FROM conversations WHERE entry_id = e.id)), '') AS people,
    coalesce((SELECT group_concat(t.tag, ' ') FROM entry_tags t WHERE t.entry_id = e.id), '')
        AS tags
FROM entries e"""

_TEXT = ", ".join(TEXT_COLUMNS)
_ALL = ", ".join(SEARCH_COLUMNS)
_JOINED = " || ".join(TEXT_COLUMNS)
# Text with anything beyond ASCII (more bytes than characters) may need grams.
_NOT_ASCII = f"length(CAST({_JOINED} AS BLOB)) <> length({_JOINED})"
_ACTIVE = f"NOT EXISTS (SELECT 1 FROM settings WHERE key = '{PAUSE_KEY}')"


def _refresh_rows(where: str) -> str:
    return (
        f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN (SELECT id FROM entry_search_text "
        f"WHERE {where});\n"
        f"INSERT INTO {SEARCH_TABLE} (rowid, {_ALL}) SELECT id, {_TEXT}, '', '' "
        f"FROM entry_search_text WHERE {where};\n"
        f"INSERT OR IGNORE INTO {PENDING_TABLE} (entry_id) SELECT id FROM entry_search_text "
        f"WHERE ({where}) AND {_NOT_ASCII};"
    )


def _refresh(id_expression: str) -> str:
    return _refresh_rows(f"id = {id_expression}")


def _trigger(name: str, event: str, table: str, body: str) -> str:
    return (f"CREATE TRIGGER {name} AFTER {event} ON {table} WHEN {_ACTIVE}\n"
            f"BEGIN\n{body}\nEND")


_PERSON_ENTRIES = ("SELECT entry_id FROM entry_people WHERE person_id = new.id "
                   "UNION SELECT entry_id FROM conversations WHERE person_id = new.id")

TRIGGERS = [
    _trigger("entries_search_insert", "INSERT", "entries", _refresh("new.id")),
    _trigger("entries_search_update", "UPDATE OF title, body", "entries", _refresh("new.id")),
    _trigger("entries_search_delete", "DELETE", "entries",
             f"DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id;\n"
             f"DELETE FROM {PENDING_TABLE} WHERE entry_id = old.id;"),
    _trigger("entry_tags_search_insert", "INSERT", "entry_tags", _refresh("new.entry_id")),
    _trigger("entry_tags_search_delete", "DELETE", "entry_tags", _refresh("old.entry_id")),
    _trigger("conversations_search_insert", "INSERT", "conversations",
             _refresh("new.entry_id")),
    _trigger("conversations_search_update", "UPDATE", "conversations",
             _refresh("new.entry_id")),
    _trigger("conversations_search_delete", "DELETE", "conversations",
             _refresh("old.entry_id")),
    _trigger("entry_people_search_insert", "INSERT", "entry_people", _refresh("new.entry_id")),
    _trigger("entry_people_search_delete", "DELETE", "entry_people", _refresh("old.entry_id")),
    _trigger("people_search_rename", "UPDATE OF name", "people",
             _refresh_rows(f"id IN ({_PERSON_ENTRIES})")),
]
TRIGGER_NAMES = [t.split()[2] for t in TRIGGERS]


def create_search_index(db: Any, progress: Progress | None = None) -> None:
    """Create the FTS5 table with its grams columns, its source view, the pending list and the
    triggers, and index the existing entries (migration 0006_search_every_script)."""
    weights = ", ".join(str(w) for w in RANK_WEIGHTS)
    db.execute(
        f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5({_ALL}, "
        "tokenize = 'porter unicode61 remove_diacritics 2')"
    )
    db.execute(f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}, rank) "
               f"VALUES ('rank', 'bm25({weights})')")
    db.execute(f"CREATE TABLE {PENDING_TABLE} (entry_id INTEGER PRIMARY KEY)")
    db.execute(SEARCH_TEXT_VIEW)
    for trigger in TRIGGERS:
        db.execute(trigger)
    rebuild_search_index(db, progress=progress)


def drop_search_index(db: Any) -> None:
    """Remove the index, its view, triggers and pending list (before creating them anew)."""
    for name in TRIGGER_NAMES:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    db.execute("DROP VIEW IF EXISTS entry_search_text")
    db.execute(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")
    db.execute(f"DROP TABLE IF EXISTS {PENDING_TABLE}")


def rebuild_search_index(db: Any, entry_ids: list[int] | None = None, *,
                         progress: Progress | None = None) -> None:
    """Re-index the given entries (all when None) from the tables; call inside a transaction.

    ``progress(done, total)`` is called as entries are indexed (every CHUNK entries with text
    beyond ASCII, whose grams are made here).
    """
    if entry_ids is None:
        db.execute(f"DELETE FROM {SEARCH_TABLE}")
        db.execute(f"DELETE FROM {PENDING_TABLE}")
        total = db.execute("SELECT count(*) FROM entries").fetchone()[0]
        _index_entries(db, "", [], _Counter(progress, total))
        return
    counter = _Counter(progress, len(entry_ids))
    for start in range(0, len(entry_ids), CHUNK):
        chunk = entry_ids[start:start + CHUNK]
        marks = ", ".join("?" for _ in chunk)
        db.execute(f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN ({marks})", chunk)
        db.execute(f"DELETE FROM {PENDING_TABLE} WHERE entry_id IN ({marks})", chunk)
        _index_entries(db, f" AND id IN ({marks})", chunk, counter)


class _Counter:
    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def add(self, count: int) -> None:
        self.done = min(self.total, self.done + count)
        if self.progress is not None and count:
            self.progress(self.done, self.total)


_LINKED = ("SELECT entry_id FROM conversations UNION SELECT entry_id FROM entry_people "
           "UNION SELECT entry_id FROM entry_tags")


def _grams(row: tuple) -> tuple:
    rowid, title, body, conversation, people, tags = row
    rest = "\n".join(text for text in (body, conversation, people, tags) if text)
    return (rowid, title, body, conversation, people, tags, index_grams(title),
            index_grams(rest))


def _index_entries(db: Any, and_ids: str, params: list[int], counter: _Counter) -> None:
    """Index rows as entry_search_text gives them. An entry with no debrief, people or tags
    (most of a big import) has just its title and body, so those are read straight from the
    table (about 8% faster on the benchmark journal); the view's subqueries run for the rest.
    Rows in ASCII go in with one statement; the others get their grams made here."""
    sources = (
        f"SELECT id, title, body, '' AS conversation, '' AS people, '' AS tags FROM entries "
        f"WHERE id NOT IN ({_LINKED}){and_ids}",
        f"SELECT id, {_TEXT} FROM entry_search_text WHERE id IN ({_LINKED}){and_ids}",
    )
    insert = f"INSERT INTO {SEARCH_TABLE} (rowid, {_ALL}) VALUES ({', '.join('?' * 8)})"
    for source in sources:
        added = db.execute(f"INSERT INTO {SEARCH_TABLE} (rowid, {_ALL}) SELECT *, '', '' "
                           f"FROM ({source}) WHERE NOT {_NOT_ASCII}", params).rowcount
        counter.add(max(added, 0))
        rows = db.execute(f"SELECT * FROM ({source}) WHERE {_NOT_ASCII}", params)
        while batch := rows.fetchmany(CHUNK):
            _connection(db).executemany(insert, [_grams(row) for row in batch])
            counter.add(len(batch))


def _connection(db: Any) -> Any:
    """The sqlite3 connection of a sqlite-utils Database, or db itself when it is one."""
    return getattr(db, "conn", db)


def catch_up_grams(db: Any) -> int:
    """Make the grams of the entries the triggers noted; returns how many were made.

    Runs in a savepoint of its own (inside the caller's transaction, if any). A journal that
    cannot be written now (read-only, busy) is left as it is: its Latin-script index is right
    and the grams follow at the next search that can write.
    """
    if db.execute(f"SELECT 1 FROM {PENDING_TABLE} LIMIT 1").fetchone() is None:
        return 0
    db.execute("SAVEPOINT search_grams")
    try:
        ids = [row[0] for row in db.execute(f"SELECT entry_id FROM {PENDING_TABLE}")]
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            marks = ", ".join("?" for _ in chunk)
            rows = db.execute(f"SELECT id, {_TEXT} FROM entry_search_text "
                              f"WHERE id IN ({marks})", chunk).fetchall()
            _connection(db).executemany(f"UPDATE {SEARCH_TABLE} SET title_grams = ?, text_grams = ? "
                           "WHERE rowid = ?", [(*_grams(row)[6:], row[0]) for row in rows])
            db.execute(f"DELETE FROM {PENDING_TABLE} WHERE entry_id IN ({marks})", chunk)
    except sqlite3.OperationalError:
        db.execute("ROLLBACK TO search_grams")
        db.execute("RELEASE search_grams")
        return 0
    db.execute("RELEASE search_grams")
    return len(ids)


def pause_search_triggers(db: Any) -> None:
    """Stop the triggers for the rest of this transaction (the caller re-indexes and resumes)."""
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, '1')", [PAUSE_KEY])


def resume_search_triggers(db: Any) -> None:
    """Let the triggers keep the index in step again."""
    db.execute("DELETE FROM settings WHERE key = ?", [PAUSE_KEY])
