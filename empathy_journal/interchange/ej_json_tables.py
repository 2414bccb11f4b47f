"""Writes the non-entry parts of an Empathy Journal JSON import: vocabularies, people, links."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from empathy_journal.interchange.journal_reader import CONVERSATION_FIELDS

# Tables written before the entries (entries point at them): document key → (table, key).
VOCABULARIES = [
    ("emotions", "emotions", "id"),
    ("practices", "practices", "id"),
    ("coping_techniques", "coping_techniques", "id"),
    ("people", "people", "uuid"),
    ("values", "personal_values", "uuid"),
    ("templates", "templates", "uuid"),
]


# The only columns a file may set, per table: a record's keys never become SQL by themselves.
COLUMNS: dict[str, tuple[str, ...]] = {
    "emotions": ("id", "label", "family", "pleasantness", "energy", "definition", "vague",
                 "builtin", "hidden"),
    "practices": ("id", "label", "description", "grp", "builtin", "hidden", "position"),
    "coping_techniques": ("id", "label", "description", "builtin", "hidden", "minutes"),
    "people": ("uuid", "name", "note", "archived", "created_utc"),
    "personal_values": ("uuid", "name", "description", "archived"),
    "templates": ("uuid", "name", "kind", "body", "builtin"),
    "coping_records": ("uuid", "entry_id", "technique_id", "trigger", "stress_before",
                       "stress_after", "duration_s", "at_utc", "local_date"),
    "assessments": ("uuid", "instrument", "taken_utc", "local_date", "answers", "score"),
}


def _upsert(db: Database, table: str, key: str, record: dict[str, Any]) -> None:
    """Insert or update one row; only the table's COLUMNS are written (other keys ignored)."""
    columns = [c for c in COLUMNS[table] if c in record]
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != key)
    conflict = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
    db.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)}) "
        f"ON CONFLICT ({key}) {conflict}",
        [int(v) if isinstance(v, bool) else v for v in (record[c] for c in columns)],
    )


def write_vocabularies(db: Database, extras: dict[str, Any]) -> None:
    """Upsert the words, practices, techniques, people, values and templates of the file."""
    for document_key, table, key in VOCABULARIES:
        for record in extras.get(document_key, []):
            _upsert(db, table, key, dict(record))


def _ids(db: Database, table: str) -> dict[str, int]:
    return {r[0]: r[1] for r in db.execute(f"SELECT uuid, id FROM {table}")}


def write_links(db: Database, extras: dict[str, Any], entry_ids: dict[str, int]) -> None:
    """Replace each imported entry's people, practices, values and debrief with the file's."""
    people, values = _ids(db, "people"), _ids(db, "personal_values")
    links: dict[str, dict[str, Any]] = extras.get("links", {})
    for uuid, entry_id in entry_ids.items():
        record = links.get(uuid)
        if record is None:
            continue
        for table in ("entry_people", "entry_practices", "entry_values", "conversations"):
            db.execute(f"DELETE FROM {table} WHERE entry_id = ?", [entry_id])
        db.conn.executemany("INSERT INTO entry_people (entry_id, person_id) VALUES (?, ?)",
                            [(entry_id, people[p]) for p in record.get("people", [])])
        db.conn.executemany("INSERT INTO entry_practices (entry_id, practice_id) VALUES (?, ?)",
                            [(entry_id, p) for p in record.get("practices", [])])
        db.conn.executemany(
            "INSERT INTO entry_values (entry_id, value_id, stance) VALUES (?, ?, ?)",
            [(entry_id, values[v["value"]], v["stance"]) for v in record.get("values", [])])
        talk = record.get("conversation")
        if talk:
            row = {"entry_id": entry_id, "person_id": people.get(talk.get("person") or ""),
                   **{f: talk[f] for f in CONVERSATION_FIELDS if talk.get(f) is not None}}
            db.execute(f"INSERT INTO conversations ({', '.join(row)}) VALUES "
                       f"({', '.join('?' for _ in row)})", list(row.values()))


def write_records(db: Database, extras: dict[str, Any]) -> None:
    """Upsert coping records (linked to entries by uuid) and check-ins."""
    entries = _ids(db, "entries")
    for record in extras.get("coping_records", []):
        row = dict(record)
        row["entry_id"] = entries.get(row.pop("entry") or "")
        _upsert(db, "coping_records", "uuid", row)
    for record in extras.get("assessments", []):
        row = dict(record)
        row["answers"] = json.dumps(row["answers"])
        row.setdefault("local_date", row["taken_utc"][:10])  # files from before local days
        _upsert(db, "assessments", "uuid", row)
