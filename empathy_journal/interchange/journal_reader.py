"""Reads whole entries with everything attached, as plain JSON-ready records, for every exporter."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from empathy_journal.storage.stored_values import (
    UNREADABLE,
    log,
    stored_day,
    stored_int,
    stored_intensity,
    stored_kind,
    stored_moment,
    stored_rating,
    stored_text,
)

CONVERSATION_FIELDS = (
    "context", "observed", "i_felt", "they_felt", "their_needs", "my_needs", "heard",
    "what_i_said", "differently", "follow_up", "follow_up_due", "follow_up_done_utc",
    "perspective_check", "perspective_checked_on", "perspective_note",
)
ENTRY_FIELDS = (
    "uuid", "kind", "local_date", "created_utc", "tz", "updated_utc", "deleted_utc", "revision",
    "title", "body", "prompt", "mood", "energy", "stress", "starred", "source_app", "source_id",
)


@dataclass(frozen=True)
class EntrySelection:
    """Which entries to read: a date range, explicit ids (e.g. the current search), trash or not."""

    first: date | None = None
    last: date | None = None
    entry_ids: tuple[int, ...] | None = None
    include_trashed: bool = True

    def where(self) -> tuple[str, list[Any]]:
        """SQL conditions on entries (alias e) and their parameters."""
        clauses, params = ["1"], []
        if self.first:
            clauses.append("e.local_date >= ?")
            params.append(self.first.isoformat())
        if self.last:
            clauses.append("e.local_date <= ?")
            params.append(self.last.isoformat())
        if not self.include_trashed:
            clauses.append("e.deleted_utc IS NULL")
        if self.entry_ids is not None:
            clauses.append("e.id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(self.entry_ids)))
        return " AND ".join(clauses), params

    def records_where(self, day_column: str, entry_column: str | None = None
                      ) -> tuple[str, list[Any]]:
        """SQL conditions on a dated record table (coping records, check-ins): its local day
        within the dates; for chosen entries, only the records linked to one of them."""
        clauses, params = ["1"], []
        if self.first:
            clauses.append(f"{day_column} >= ?")
            params.append(self.first.isoformat())
        if self.last:
            clauses.append(f"{day_column} <= ?")
            params.append(self.last.isoformat())
        if self.entry_ids is not None:
            if entry_column is None:
                clauses.append("0")
            else:
                clauses.append(f"{entry_column} IN (SELECT value FROM json_each(?))")
                params.append(json.dumps(list(self.entry_ids)))
        return " AND ".join(clauses), params


def _grouped(db: Database, sql: str, ids_json: str) -> dict[int, list[tuple]]:
    groups: dict[int, list[tuple]] = defaultdict(list)
    for row in db.execute(sql, [ids_json]):
        groups[row[0]].append(tuple(row[1:]))
    return groups


def _children(db: Database, entry_ids: list[int]) -> dict[str, dict[int, list[tuple]]]:
    """Emotions, tags, people, practices, values and debriefs of the entries, by entry id."""
    ids_json = json.dumps(entry_ids)
    inside = "IN (SELECT value FROM json_each(?))"
    talk_columns = ", ".join("c." + f for f in CONVERSATION_FIELDS)
    queries = {
        "emotions": "SELECT entry_id, emotion_id, intensity, subject FROM entry_emotions "
                    f"WHERE entry_id {inside} ORDER BY entry_id, position",
        "tags": f"SELECT entry_id, tag FROM entry_tags WHERE entry_id {inside} ORDER BY 1, 2",
        "people": "SELECT ep.entry_id, p.uuid FROM entry_people ep JOIN people p ON "
                  f"p.id = ep.person_id WHERE ep.entry_id {inside} ORDER BY 1, 2",
        "practices": "SELECT entry_id, practice_id FROM entry_practices "
                     f"WHERE entry_id {inside} ORDER BY 1, 2",
        "values": "SELECT ev.entry_id, v.uuid, ev.stance FROM entry_values ev JOIN "
                  f"personal_values v ON v.id = ev.value_id WHERE ev.entry_id {inside} "
                  "ORDER BY 1, 2",
        "talks": f"SELECT c.entry_id, p.uuid, {talk_columns} FROM conversations c "
                 f"LEFT JOIN people p ON p.id = c.person_id WHERE c.entry_id {inside}",
    }
    return {name: _grouped(db, sql, ids_json) for name, sql in queries.items()}


def read_entry_records(db: Database, selection: EntrySelection) -> list[dict[str, Any]]:
    """Every selected entry as a record (oldest first) with emotions, tags, links and debrief."""
    where, params = selection.where()
    rows = db.execute(
        f"SELECT e.id, {', '.join('e.' + f for f in ENTRY_FIELDS)} FROM entries e "
        f"WHERE {where} ORDER BY e.local_date, e.created_utc, e.uuid", params).fetchall()
    children = _children(db, [r[0] for r in rows])
    records = []
    for row in rows:
        entry_id, record = row[0], dict(zip(ENTRY_FIELDS, row[1:], strict=True))
        try:
            _check_record(record, children["emotions"].get(entry_id, []))
        except UNREADABLE as error:
            key = record["uuid"] if isinstance(record["uuid"], str) else f"row {entry_id}"
            log.warning("skipped entry %s: it cannot be read (%s); it is kept in the journal "
                        "as it is", key, error)
            continue
        record["starred"] = bool(record["starred"])
        record["emotions"] = [{"emotion": e, "intensity": i, "subject": s}
                              for e, i, s in children["emotions"].get(entry_id, [])]
        for name in ("tags", "people", "practices"):
            record[name] = [value for (value,) in children[name].get(entry_id, [])]
        record["values"] = [{"value": u, "stance": s}
                            for u, s in children["values"].get(entry_id, [])]
        talk = children["talks"].get(entry_id)
        record["conversation"] = (
            {"person": talk[0][0], **dict(zip(CONVERSATION_FIELDS, talk[0][1:], strict=True))}
            if talk else None)
        records.append(record)
    return records


def _check_record(record: dict[str, Any], emotions: list[tuple]) -> None:
    """Raise ValueError (or TypeError) when a stored value of the entry cannot be exported."""
    for name in ("uuid", "title", "body", "prompt", "tz"):
        stored_text(record[name], name)
    stored_kind(record["kind"])
    stored_day(record["local_date"])
    stored_moment(record["created_utc"])
    for name in ("updated_utc", "deleted_utc"):
        stored_moment(record[name], required=False)
    for name in ("mood", "energy", "stress"):
        stored_rating(record[name], name)
    stored_int(record["starred"], "starred")
    stored_int(record["revision"], "revision")
    for _, intensity, subject in emotions:
        try:
            stored_intensity(intensity)  # 1–5, or None: not rated
            readable = subject in ("self", "other")
        except ValueError:
            readable = False
        if not readable:
            raise ValueError(f"an emotion word is not readable ({intensity!r}, {subject!r})")


def emotion_labels(db: Database) -> dict[str, str]:
    """Emotion id → label, hidden and custom words included."""
    return {r[0]: r[1] for r in db.execute("SELECT id, label FROM emotions")}


def person_names(db: Database) -> dict[str, str]:
    """Person uuid → name."""
    return {r[0]: r[1] for r in db.execute("SELECT uuid, name FROM people")}
