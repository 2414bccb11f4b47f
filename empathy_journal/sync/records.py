"""Synced records as plain payloads: read from the journal's tables, written back, hashed.

A record is what one version carries whole: an entry with its debrief (and so its follow-up),
ratings, emotions, tags, people, practices, value marks and attached files (each as
``[uuid, name, created_utc, base64 bytes]``, checked again where it arrives); a person; a personal value; a
user practice; a coping record; a check-in (assessment). People, values and practices are
named by uuid (practices by id) so a payload means the same on every computer. Revision is
not part of the payload (it travels beside it in the version).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from empathy_journal.domain.entry import EmotionTag, Entry, EntryKind, Subject, content_hash
from empathy_journal.domain.entry import parse_utc as _parse_utc
from empathy_journal.sync.shared_records import SHARED_KINDS, apply_shared, read_shared

if TYPE_CHECKING:
    from sqlite_utils import Database

Payload = dict[str, Any]

CONVERSATION_FIELDS = (
    "context", "observed", "i_felt", "they_felt", "their_needs", "my_needs", "heard",
    "what_i_said", "differently", "follow_up", "follow_up_due", "follow_up_done_utc",
    "perspective_check", "perspective_checked_on", "perspective_note",
)
ENTRY_COLUMNS = ("kind", "title", "body", "prompt", "created_utc", "tz", "local_date",
                 "updated_utc", "mood", "energy", "stress", "starred", "deleted_utc",
                 "source_app", "source_id")
# Free text, merged line by line when two computers edit the same record.
TEXT_FIELDS = {
    "entry": ("title", "body", "prompt", *(f"conversation.{f}" for f in CONVERSATION_FIELDS
                                             if f not in ("follow_up_due",
                                                          "follow_up_done_utc",
                                                          "perspective_check",
                                                          "perspective_checked_on"))),
    "person": ("note",), "value": ("description",), "practice": ("description",),
    "technique": ("description",), "coping": ("trigger",), "assessment": (),
    "emotion": ("definition",), "template": ("body",), "setting": (),
}
# Fields holding a set (order does not matter), merged as sets three-way.
SET_FIELDS = {"entry": ("tags", "people", "practices", "values", "emotions", "attachments")}


@dataclass(frozen=True)
class Table:
    """Where one simple kind of record lives: its table, key column and synced columns."""

    name: str
    key: str
    columns: tuple[str, ...]
    where: str = "1"


SIMPLE = {
    "person": Table("people", "uuid", ("name", "note", "archived", "created_utc")),
    "value": Table("personal_values", "uuid", ("name", "description", "archived")),
    "practice": Table("practices", "id", ("label", "description", "grp", "hidden", "position"),
                      "builtin = 0"),
    "technique": Table("coping_techniques", "id", ("label", "description", "hidden", "minutes"),
                       "builtin = 0"),
    "coping": Table("coping_records", "uuid", ("entry", "technique_id", "trigger",
                                               "stress_before", "stress_after", "duration_s",
                                               "at_utc", "local_date")),
    "assessment": Table("assessments", "uuid", ("instrument", "taken_utc", "local_date",
                                                "answers", "score")),
}
# Applied in this order (an entry names emotion words, people, values and practices; a coping
# record, an entry and a technique). The shared kinds are in sync/shared_records.py.
KINDS = ("emotion", "person", "value", "practice", "technique", "entry", "coping", "assessment",
         "template", "setting")

_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def canonical(payload: Payload | None) -> str:
    """The one JSON text of a payload (None: a tombstone)."""
    return _CANONICAL.encode(payload)


def payload_hash(payload: Payload | None) -> str:
    """SHA-256 of the canonical payload: equal content, equal hash, on every computer."""
    return hashlib.sha256(canonical(payload).encode("utf-8")).hexdigest()


def _inside(keys: list[str]) -> tuple[str, list[str]]:
    return "IN (SELECT value FROM json_each(?))", [json.dumps(keys)]


# -- reading ---------------------------------------------------------------------------------

def read_payloads(db: Database, kind: str, keys: Iterable[str] | None = None) -> dict[str, Payload]:
    """The current payload of each record of kind (all of them when keys is None)."""
    if kind == "entry":
        return _read_entries(db, None if keys is None else list(keys))
    if kind in SHARED_KINDS:
        return read_shared(db, kind, keys)
    table = SIMPLE[kind]
    where, params = table.where, []
    if keys is not None:
        inside, params = _inside(list(keys))
        where += f" AND {table.key} {inside}"
    columns = [c for c in table.columns if c != "entry"]
    select = ", ".join(columns)
    if kind == "coping":
        select += ", (SELECT uuid FROM entries e WHERE e.id = coping_records.entry_id) AS entry"
        columns.append("entry")
    rows = db.execute(f"SELECT {table.key}, {select} FROM {table.name} WHERE {where}",
                      params).fetchall()
    return {row[0]: dict(zip(columns, row[1:], strict=True)) for row in rows}


def _read_entries(db: Database, keys: list[str] | None) -> dict[str, Payload]:
    if keys is None:
        where, params = "1", []
    else:
        inside, params = _inside(keys)
        where = f"e.uuid {inside}"
    rows = db.execute(f"SELECT e.id, e.uuid, {', '.join('e.' + c for c in ENTRY_COLUMNS)} "
                      f"FROM entries e WHERE {where}", params).fetchall()
    by_id: dict[int, Payload] = {}
    uuids: dict[int, str] = {}
    for row in rows:
        payload = dict(zip(ENTRY_COLUMNS, row[2:], strict=True))
        payload["starred"] = bool(payload["starred"])
        payload.update(emotions=[], tags=[], people=[], practices=[], values=[],
                       conversation=None)
        by_id[row[0]], uuids[row[0]] = payload, row[1]
    if not by_id:
        return {}
    ids = json.dumps(list(by_id))
    inside = "IN (SELECT value FROM json_each(?))"
    for entry_id, emotion, intensity, subject in db.execute(
            "SELECT entry_id, emotion_id, intensity, subject FROM entry_emotions "
            f"WHERE entry_id {inside} ORDER BY entry_id, position", [ids]):
        by_id[entry_id]["emotions"].append([emotion, intensity, subject])
    for name, sql in (
        ("tags", f"SELECT entry_id, tag FROM entry_tags WHERE entry_id {inside}"),
        ("people", "SELECT ep.entry_id, p.uuid FROM entry_people ep JOIN people p "
                   f"ON p.id = ep.person_id WHERE ep.entry_id {inside}"),
        ("practices", f"SELECT entry_id, practice_id FROM entry_practices WHERE entry_id {inside}"),
    ):
        for entry_id, value in db.execute(sql, [ids]):
            by_id[entry_id][name].append(value)
    for entry_id, value, stance in db.execute(
            "SELECT ev.entry_id, v.uuid, ev.stance FROM entry_values ev JOIN personal_values v "
            f"ON v.id = ev.value_id WHERE ev.entry_id {inside}", [ids]):
        by_id[entry_id]["values"].append([value, stance])
    for entry_id, uuid, name, created, data in db.execute(
            "SELECT entry_id, uuid, file_name, created_utc, data FROM attachments "
            f"WHERE entry_id {inside} AND typeof(data) = 'blob'", [ids]):
        by_id[entry_id].setdefault("attachments", []).append(
            [uuid, name, created, base64.b64encode(data).decode("ascii")])
    talk_columns = ", ".join("c." + f for f in CONVERSATION_FIELDS)
    for row in db.execute(f"SELECT c.entry_id, p.uuid, {talk_columns} FROM conversations c "
                          f"LEFT JOIN people p ON p.id = c.person_id WHERE c.entry_id {inside}",
                          [ids]):
        by_id[row[0]]["conversation"] = {"person": row[1],
                                         **dict(zip(CONVERSATION_FIELDS, row[2:], strict=True))}
    for payload in by_id.values():
        for name in ("tags", "people", "practices"):
            payload[name].sort()
        payload["values"].sort()
        if "attachments" in payload:  # absent when none: payloads hash as before attachments
            payload["attachments"].sort()
    return {uuids[entry_id]: payload for entry_id, payload in by_id.items()}


def revision_of(db: Database, kind: str, key: str) -> int:
    """The stored revision of an entry (other kinds have none: 1)."""
    if kind != "entry":
        return 1
    row = db.execute("SELECT revision FROM entries WHERE uuid = ?", [key]).fetchone()
    return row[0] if row else 1


def entry_day(db: Database, key: str) -> date | None:
    """The local date of a stored entry (None when it is not stored or not readable)."""
    row = db.execute("SELECT local_date FROM entries WHERE uuid = ?", [key]).fetchone()
    try:
        return date.fromisoformat(row[0]) if row else None
    except (TypeError, ValueError):
        return None


# -- writing ---------------------------------------------------------------------------------

def apply_payload(db: Database, kind: str, key: str, payload: Payload | None,
                  revision: int) -> None:
    """Make the stored record equal payload (None: remove it for good)."""
    if kind == "entry":
        _apply_entry(db, key, payload, revision)
        return
    if kind in SHARED_KINDS:
        apply_shared(db, kind, key, payload)
        return
    table = SIMPLE[kind]
    if payload is None:
        db.execute(f"DELETE FROM {table.name} WHERE {table.key} = ? AND {table.where}", [key])
        return
    row = {c: payload.get(c) for c in table.columns}
    if kind == "coping":
        entry = row.pop("entry")
        found = db.execute("SELECT id FROM entries WHERE uuid = ?", [entry]).fetchone()
        row["entry_id"] = found[0] if found else None
        known = db.execute("SELECT 1 FROM coping_techniques WHERE id = ?",
                           [row["technique_id"]]).fetchone()
        if not known:  # a word this computer does not have: keep the record all the same
            db.execute("INSERT OR IGNORE INTO coping_techniques (id, label, builtin) "
                       "VALUES (?, ?, 0)", [row["technique_id"], row["technique_id"]])
    _upsert(db, table.name, table.key, key, row,
            extra={"builtin": 0} if kind in ("practice", "technique") else {})


def _upsert(db: Database, table: str, key_column: str, key: str, row: dict[str, Any],
            extra: dict[str, Any]) -> None:
    values = {**row, **extra}
    if table == "people" and not values.get("created_utc"):
        values["created_utc"] = "1970-01-01T00:00:00Z"
    exists = db.execute(f"SELECT 1 FROM {table} WHERE {key_column} = ?", [key]).fetchone()
    if exists:
        sets = ", ".join(f"{c} = ?" for c in values)
        db.execute(f"UPDATE {table} SET {sets} WHERE {key_column} = ?",
                   [*_sql(values.values()), key])
    else:
        columns = [key_column, *values]
        db.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                   f"({', '.join('?' for _ in columns)})", [key, *_sql(values.values())])


def _sql(values: Iterable[Any]) -> list[Any]:
    return [int(v) if isinstance(v, bool) else v for v in values]


def _apply_entry(db: Database, key: str, payload: Payload | None, revision: int) -> None:
    found = db.execute("SELECT id FROM entries WHERE uuid = ?", [key]).fetchone()
    if payload is None:
        if found:
            db.execute("DELETE FROM entries WHERE id = ?", [found[0]])
        return
    known_emotions = {r[0] for r in db.execute("SELECT id FROM emotions")}
    emotions = [e for e in payload.get("emotions", []) if e[0] in known_emotions]
    row = {c: payload.get(c) for c in ENTRY_COLUMNS}
    row["starred"] = int(bool(row["starred"]))
    row["revision"] = revision
    try:
        row["content_hash"] = content_hash(_entry_for_hash(payload, emotions))
    except (KeyError, TypeError, ValueError):  # a row that could not be read where it was written
        row["content_hash"] = ""
    if found:
        entry_id = found[0]
        sets = ", ".join(f"{c} = ?" for c in row)
        try:
            db.execute(f"UPDATE entries SET {sets} WHERE id = ?", [*row.values(), entry_id])
        except sqlite3.IntegrityError:  # the same imported source on two computers
            row["source_app"] = row["source_id"] = None
            db.execute(f"UPDATE entries SET {sets} WHERE id = ?", [*row.values(), entry_id])
        for table in ("entry_emotions", "entry_tags", "entry_people", "entry_practices",
                      "entry_values", "conversations"):
            db.execute(f"DELETE FROM {table} WHERE entry_id = ?", [entry_id])
    else:
        columns = ["uuid", *row]
        sql = (f"INSERT INTO entries ({', '.join(columns)}) VALUES "
               f"({', '.join('?' for _ in columns)})")
        try:
            entry_id = db.execute(sql, [key, *row.values()]).lastrowid
        except sqlite3.IntegrityError:
            row["source_app"] = row["source_id"] = None
            entry_id = db.execute(sql, [key, *row.values()]).lastrowid
    conn = db.conn
    conn.executemany("INSERT INTO entry_emotions (entry_id, emotion_id, intensity, subject, "
                     "position) VALUES (?, ?, ?, ?, ?)",
                     [(entry_id, e, i, s, n) for n, (e, i, s) in enumerate(emotions)])
    conn.executemany("INSERT OR IGNORE INTO entry_tags (entry_id, tag) VALUES (?, ?)",
                     [(entry_id, t) for t in payload.get("tags", [])])
    people = _ids(db, "people", "uuid", payload.get("people", []))
    conn.executemany("INSERT OR IGNORE INTO entry_people (entry_id, person_id) VALUES (?, ?)",
                     [(entry_id, people[p]) for p in payload.get("people", []) if p in people])
    practices = {r[0] for r in db.execute("SELECT id FROM practices")}
    conn.executemany("INSERT OR IGNORE INTO entry_practices (entry_id, practice_id) "
                     "VALUES (?, ?)", [(entry_id, p) for p in payload.get("practices", [])
                                       if p in practices])
    marks = payload.get("values", [])
    values = _ids(db, "personal_values", "uuid", [v for v, _ in marks])
    conn.executemany("INSERT OR IGNORE INTO entry_values (entry_id, value_id, stance) "
                     "VALUES (?, ?, ?)", [(entry_id, values[v], s) for v, s in marks
                                          if v in values])
    _apply_attachments(db, entry_id, payload.get("attachments", []))
    talk = payload.get("conversation")
    if talk is not None:
        person = _ids(db, "people", "uuid", [talk.get("person")]).get(talk.get("person"))
        columns = ["entry_id", "person_id", *CONVERSATION_FIELDS]
        values_row = [entry_id, person, *(talk.get(f) for f in CONVERSATION_FIELDS)]
        values_row = [("" if v is None and c not in _NULLABLE else v)
                      for c, v in zip(columns, values_row, strict=True)]
        db.execute(f"INSERT INTO conversations ({', '.join(columns)}) VALUES "
                   f"({', '.join('?' for _ in columns)})", values_row)


def _apply_attachments(db: Database, entry_id: int, items: list[Any]) -> None:
    """Make the entry's files those of the payload; an item that does not check out (not
    base64, too big, a uuid another entry holds) is left out rather than failing the sync."""
    from empathy_journal.domain.attachments import AttachmentFile, AttachmentRefused
    from empathy_journal.domain.entry import parse_utc
    from empathy_journal.storage.attachment_repository import insert_attachment

    db.execute("DELETE FROM attachments WHERE entry_id = ?", [entry_id])
    total = 0
    for item in items if isinstance(items, list) else []:
        try:
            uuid, name, created, encoded = item
            data = base64.b64decode(encoded, validate=True)
            file = AttachmentFile(str(name), data, uuid=str(uuid), created_utc=parse_utc(created))
            total += insert_attachment(db, entry_id, file, entry_total=total).byte_size
        except (ValueError, TypeError, binascii.Error, AttributeError, AttachmentRefused,
                sqlite3.IntegrityError):
            continue


_NULLABLE = {"entry_id", "person_id", "follow_up_due", "follow_up_done_utc", "perspective_check",
             "perspective_checked_on"}


def _ids(db: Database, table: str, column: str, keys: list[Any]) -> dict[str, int]:
    wanted = [k for k in keys if k]
    if not wanted:
        return {}
    inside, params = _inside(wanted)
    return {r[0]: r[1] for r in db.execute(
        f"SELECT {column}, id FROM {table} WHERE {column} {inside}", params)}


def _entry_for_hash(payload: Payload, emotions: list[list[Any]]) -> Entry:
    """The domain entry a payload stands for, only to compute its content hash."""
    return Entry(
        uuid="", local_date=date.fromisoformat(payload["local_date"]),
        created_utc=_parse_utc(payload["created_utc"]),  # type: ignore[arg-type]
        tz=payload["tz"], kind=EntryKind(payload["kind"]), title=payload["title"],
        body=payload["body"], mood=payload["mood"], energy=payload["energy"],
        stress=payload["stress"], starred=bool(payload["starred"]), prompt=payload["prompt"],
        emotions=[EmotionTag(e, i, Subject(s)) for e, i, s in emotions],
        tags=list(payload.get("tags", [])),
    )
