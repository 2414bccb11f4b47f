"""The search index as migration 0003_search made it: frozen, because it is schema history.

Migration 0005 (``search_schema.py``) replaces it with the index for every script; new
journals still pass through this one first, so both steps stay exactly reproducible.

The index holds one row per entry (rowid = entries.id) with everything the person wrote for it:
title, body, the conversation debrief's fields, the names of people linked to it, and its tags.
Triggers on every table that feeds it refresh the entry's row, so any code that saves through
the repository (or plain SQL) leaves the index correct. A bulk writer may pause the triggers
inside its own transaction and refresh the touched entries once at the end.
"""

from __future__ import annotations

from typing import Any

SEARCH_TABLE = "entries_fts"
SEARCH_COLUMNS = ("title", "body", "conversation", "people", "tags")
# bm25 weights in SEARCH_COLUMNS order: a word in the title or a tag says more than one in a body.
RANK_WEIGHTS = (5.0, 1.0, 1.0, 2.0, 3.0)
PAUSE_KEY = "search_index_paused"

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

_COLUMNS = ", ".join(SEARCH_COLUMNS)
_ACTIVE = f"NOT EXISTS (SELECT 1 FROM settings WHERE key = '{PAUSE_KEY}')"


def _refresh(id_expression: str) -> str:
    return (
        f"DELETE FROM {SEARCH_TABLE} WHERE rowid = {id_expression};\n"
        f"INSERT INTO {SEARCH_TABLE} (rowid, {_COLUMNS}) SELECT id, {_COLUMNS} "
        f"FROM entry_search_text WHERE id = {id_expression};"
    )


def _trigger(name: str, event: str, table: str, body: str) -> str:
    return (f"CREATE TRIGGER {name} AFTER {event} ON {table} WHEN {_ACTIVE}\n"
            f"BEGIN\n{body}\nEND")


TRIGGERS = [
    _trigger("entries_search_insert", "INSERT", "entries", _refresh("new.id")),
    _trigger("entries_search_update", "UPDATE OF title, body", "entries", _refresh("new.id")),
    _trigger("entries_search_delete", "DELETE", "entries",
             f"DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id;"),
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
    _trigger(
        "people_search_rename", "UPDATE OF name", "people",
        f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN (SELECT entry_id FROM entry_people "
        "WHERE person_id = new.id UNION SELECT entry_id FROM conversations "
        "WHERE person_id = new.id);\n"
        f"INSERT INTO {SEARCH_TABLE} (rowid, {_COLUMNS}) SELECT id, {_COLUMNS} "
        "FROM entry_search_text WHERE id IN (SELECT entry_id FROM entry_people "
        "WHERE person_id = new.id UNION SELECT entry_id FROM conversations "
        "WHERE person_id = new.id);",
    ),
]


def create_search_index(db: Any) -> None:
    """Create the FTS5 table, its source view and triggers, and index the existing entries.

    Used by migration 0003_search; its statements are part of the schema history and must not
    change (0006_search_every_script replaces them).
    """
    weights = ", ".join(str(w) for w in RANK_WEIGHTS)
    db.execute(
        f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5({_COLUMNS}, "
        "tokenize = 'porter unicode61 remove_diacritics 2')"
    )
    db.execute(f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}, rank) "
               f"VALUES ('rank', 'bm25({weights})')")
    db.execute(SEARCH_TEXT_VIEW)
    for trigger in TRIGGERS:
        db.execute(trigger)
    rebuild_search_index(db)


def rebuild_search_index(db: Any, entry_ids: list[int] | None = None) -> None:
    """Re-index the given entries (all when None) from the tables; call inside a transaction."""
    if entry_ids is None:
        db.execute(f"DELETE FROM {SEARCH_TABLE}")
        _index_entries(db)
        return
    for start in range(0, len(entry_ids), 500):
        chunk = entry_ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        db.execute(f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN ({marks})", chunk)
        _index_entries(db, f" AND id IN ({marks})", chunk)


_LINKED = ("SELECT entry_id FROM conversations UNION SELECT entry_id FROM entry_people "
           "UNION SELECT entry_id FROM entry_tags")


def _index_entries(db: Any, and_ids: str = "", params: list[int] | None = None) -> None:
    """Index rows as entry_search_text gives them. An entry with no debrief, people or tags
    (most of a big import) has just its title and body, so those are read straight from the
    table (about 8% faster on the benchmark journal); the view's subqueries run for the rest."""
    db.execute(f"INSERT INTO {SEARCH_TABLE} (rowid, {_COLUMNS}) "
               f"SELECT id, title, body, '', '', '' FROM entries "
               f"WHERE id NOT IN ({_LINKED}){and_ids}", params or [])
    db.execute(f"INSERT INTO {SEARCH_TABLE} (rowid, {_COLUMNS}) SELECT id, {_COLUMNS} "
               f"FROM entry_search_text WHERE id IN ({_LINKED}){and_ids}", params or [])
