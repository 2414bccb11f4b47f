"""Empathy Journal's own JSON: everything in the journal, written one entry per line.

The layout is documented in docs/json-format.md. Writing is deterministic (fixed key order and
entry order), so export → import into an empty journal → export gives the same bytes apart from
``exported_utc``.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

from sqlite_utils import Database

from empathy_journal.domain.entry import EmotionTag, Entry, EntryKind, Subject, parse_utc, utc_iso
from empathy_journal.interchange.batch import Cancel, ImportBatch, Progress
from empathy_journal.interchange.errors import ExportCancelledError, ImportFormatError, json_damage
from empathy_journal.interchange.journal_reader import EntrySelection, read_entry_records
from empathy_journal.interchange.safe_write import replacing_file

FORMAT_NAME = "empathy-journal"
FORMAT_VERSION = 1

# Side tables: (document key, SQL). Order is part of the format.
SIDE_TABLES: list[tuple[str, str]] = [
    ("people", "SELECT uuid, name, note, archived, created_utc FROM people ORDER BY uuid"),
    ("values", "SELECT uuid, name, description, archived FROM personal_values ORDER BY uuid"),
    ("emotions", "SELECT id, label, family, pleasantness, energy, definition, vague, builtin, "
                 "hidden FROM emotions WHERE builtin = 0 OR hidden = 1 ORDER BY id"),
    ("practices", "SELECT id, label, description, grp, builtin, hidden, position FROM practices "
                  "ORDER BY id"),
    ("coping_techniques", "SELECT id, label, description, builtin, hidden FROM "
                          "coping_techniques ORDER BY id"),
    ("coping_records", "SELECT r.uuid, e.uuid AS entry, r.technique_id, r.trigger, "
                       "r.stress_before, r.stress_after, r.duration_s, r.at_utc, r.local_date "
                       "FROM coping_records r LEFT JOIN entries e ON e.id = r.entry_id "
                       "ORDER BY r.at_utc, r.uuid"),
    ("assessments", "SELECT uuid, instrument, taken_utc, answers, score FROM assessments "
                    "ORDER BY taken_utc, uuid"),
    ("templates", "SELECT uuid, name, kind, body, builtin FROM templates ORDER BY uuid"),
]
BOOLEAN_COLUMNS = {"archived", "vague", "builtin", "hidden"}


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def side_tables(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every side table as JSON-ready records."""
    tables = {}
    for key, sql in SIDE_TABLES:
        cursor = db.execute(sql)
        names = [d[0] for d in cursor.description]
        records = []
        for row in cursor.fetchall():
            record = dict(zip(names, row, strict=True))
            for name in BOOLEAN_COLUMNS & record.keys():
                record[name] = bool(record[name])
            if "answers" in record:
                record["answers"] = json.loads(record["answers"])
            records.append(record)
        tables[key] = records
    return tables


def write_document(handle: TextIO, db: Database, selection: EntrySelection, *, now: datetime,
                   progress: Progress, cancel: Cancel) -> int:
    """Write the whole document to handle; returns the number of entries."""
    records = read_entry_records(db, selection)
    handle.write("{" + f'"format": {_dump(FORMAT_NAME)}, "version": {FORMAT_VERSION}, '
                 f'"exported_utc": {_dump(utc_iso(now))},\n')
    for key, rows in side_tables(db).items():
        handle.write(f'"{key}": [' + ",\n ".join(_dump(r) for r in rows) + "],\n")
    handle.write('"entries": [\n')
    for index, record in enumerate(records):
        if index % 500 == 0:
            if cancel():
                raise ExportCancelledError()
            progress(index, len(records))
        handle.write(_dump(record) + (",\n" if index < len(records) - 1 else "\n"))
    handle.write("]}\n")
    if cancel():
        raise ExportCancelledError()
    progress(len(records), len(records))
    return len(records)


def export_json(db: Database, dest: Path, selection: EntrySelection, *,
                now: datetime | None = None, progress: Progress, cancel: Cancel) -> int:
    """Export to dest (written beside it first, then renamed); returns the number of entries."""
    with replacing_file(dest) as handle:
        return write_document(handle, db, selection, now=now or datetime.now(UTC),
                              progress=progress, cancel=cancel)


# -- reading -----------------------------------------------------------------------------------


def _load(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFormatError(path, "", "the file is not UTF-8 text") from error
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFormatError(path, "", json_damage(error)) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportFormatError(path, "", "this is not an Empathy Journal export")
    if not isinstance(document.get("version"), int) or document["version"] > FORMAT_VERSION:
        raise ImportFormatError(path, "", "it was written by a newer version of Empathy "
                                "Journal; please update the app")
    return document


def _entry(record: dict[str, Any]) -> Entry:
    created = parse_utc(record["created_utc"])
    assert created is not None
    return Entry(
        uuid=record["uuid"], kind=EntryKind(record["kind"]),
        local_date=date.fromisoformat(record["local_date"]), created_utc=created,
        tz=record["tz"], updated_utc=parse_utc(record.get("updated_utc")),
        deleted_utc=parse_utc(record.get("deleted_utc")), revision=record.get("revision") or 1,
        title=record.get("title", ""), body=record.get("body", ""),
        prompt=record.get("prompt", ""), mood=record.get("mood"), energy=record.get("energy"),
        stress=record.get("stress"), starred=bool(record.get("starred")),
        source_app=record.get("source_app"), source_id=record.get("source_id"),
        emotions=[EmotionTag(e["emotion"], e["intensity"], Subject(e["subject"]))
                  for e in record.get("emotions", [])],
        tags=list(record.get("tags", [])),
    )


def read_json(path: Path) -> ImportBatch:
    """Read an Empathy Journal export; errors name the entry and the reason."""
    document = _load(path)
    entries = []
    for number, record in enumerate(document.get("entries", []), start=1):
        try:
            entries.append(_entry(record).cleaned())
        except (KeyError, TypeError, ValueError, AssertionError) as error:
            raise ImportFormatError(path, f"entry {number}",
                                    f"it is incomplete or has an invalid value ({error})"
                                    ) from error
    extras = {key: document.get(key, []) for key, _ in SIDE_TABLES}
    extras["links"] = {r["uuid"]: r for r in document.get("entries", [])}
    return ImportBatch("json", path, entries, extras=extras,
                       mapping={"everything": "kept as it is (uuids, revisions, links)"})
