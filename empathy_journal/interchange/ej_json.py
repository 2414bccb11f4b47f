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
from empathy_journal.domain.record_schema import YearRange, describe
from empathy_journal.domain.translation import _
from empathy_journal.interchange.attachment_files import (
    entries_with_files,
    files_from_json,
    json_records,
)
from empathy_journal.interchange.batch import BatchFile, Cancel, ImportBatch, Progress
from empathy_journal.interchange.errors import ExportCancelledError, ImportFormatError
from empathy_journal.interchange.journal_reader import EntrySelection, read_entry_records
from empathy_journal.interchange.safe_write import replacing_file
from empathy_journal.interchange.source_file import load_json, read_text
from empathy_journal.interchange.validation import (
    FileNotes,
    check_check_in,
    check_record,
    check_unique,
    conversation_schema,
    entry_schema,
    entry_years,
    side_schemas,
)

FORMAT_NAME = "empathy-journal"
FORMAT_VERSION = 2  # 2: entries may carry "attachments" (files as base64)

# Side tables: (document key, SQL). Order is part of the format.
SIDE_TABLES: list[tuple[str, str]] = [
    ("people", "SELECT uuid, name, note, archived, created_utc FROM people ORDER BY uuid"),
    ("values", "SELECT uuid, name, description, archived FROM personal_values ORDER BY uuid"),
    ("emotions", "SELECT id, label, family, pleasantness, energy, definition, vague, builtin, "
                 "hidden FROM emotions WHERE builtin = 0 OR hidden = 1 ORDER BY id"),
    ("practices", "SELECT id, label, description, grp, builtin, hidden, position FROM practices "
                  "ORDER BY id"),
    ("coping_techniques", "SELECT id, label, description, builtin, hidden, minutes "
                          "FROM coping_techniques ORDER BY id"),
    ("coping_records", "SELECT r.uuid, e.uuid AS entry, r.technique_id, r.trigger, "
                       "r.stress_before, r.stress_after, r.duration_s, r.at_utc, r.local_date "
                       "FROM coping_records r LEFT JOIN entries e ON e.id = r.entry_id "
                       "WHERE {where} ORDER BY r.at_utc, r.uuid"),
    ("assessments", "SELECT uuid, instrument, taken_utc, local_date, answers, score "
                    "FROM assessments WHERE {where} ORDER BY taken_utc, uuid"),
    ("templates", "SELECT uuid, name, kind, body, builtin FROM templates ORDER BY uuid"),
]
BOOLEAN_COLUMNS = {"archived", "vague", "builtin", "hidden"}
# Side tables of dated records, kept to the export's dates: key → (day column, entry column).
DATED_TABLES = {"coping_records": ("r.local_date", "r.entry_id"),
                "assessments": ("local_date", None)}


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def side_tables(db: Database, selection: EntrySelection | None = None
                ) -> dict[str, list[dict[str, Any]]]:
    """Every side table as JSON-ready records; coping records and check-ins only from the
    selection's dates (and, for chosen entries, only the coping records linked to them)."""
    chosen = selection or EntrySelection()
    tables = {}
    for key, sql in SIDE_TABLES:
        params: list[Any] = []
        if key in DATED_TABLES:
            where, params = chosen.records_where(*DATED_TABLES[key])
            sql = sql.format(where=where)
        cursor = db.execute(sql, params)
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
    for key, rows in side_tables(db, selection).items():
        handle.write(f'"{key}": [' + ",\n ".join(_dump(r) for r in rows) + "],\n")
    handle.write('"entries": [\n')
    with_files = entries_with_files(db)
    for index, record in enumerate(records):
        if index % 500 == 0:
            if cancel():
                raise ExportCancelledError()
            progress(index, len(records))
        if record["uuid"] in with_files:
            files = json_records(db, [record["uuid"]]).get(record["uuid"])
            if files:
                record["attachments"] = files
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
    document = load_json(path, read_text(path))
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportFormatError(path, "", _("this is not an Empathy Journal export"))
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportFormatError(path, "version", _("{describe} is not a format version").format(
                                                   describe=describe(version)))
    if version > FORMAT_VERSION:
        raise ImportFormatError(path, "", _(
            "it was written by a newer version of Empathy Journal (format version {version}; "
            "this version reads up to {supported}); please update the app").format(
                version=version, supported=FORMAT_VERSION))
    for key in ("entries", *(k for k, _columns in SIDE_TABLES)):
        if not isinstance(document.get(key, []), list):
            raise ImportFormatError(path, key, _("expected a list, got {describe}").format(
                                                 describe=describe(document[key])))
    return document


def _entry(record: dict[str, Any]) -> Entry:
    created = parse_utc(record["created_utc"])
    assert created is not None
    revision = record.get("revision")
    return Entry(
        uuid=record["uuid"], kind=EntryKind(record["kind"]),
        local_date=date.fromisoformat(record["local_date"]), created_utc=created,
        tz=record["tz"], updated_utc=parse_utc(record.get("updated_utc")),
        deleted_utc=parse_utc(record.get("deleted_utc")),
        revision=1 if revision is None else revision,
        title=record.get("title", ""), body=record.get("body", ""),
        prompt=record.get("prompt", ""), mood=record.get("mood"), energy=record.get("energy"),
        stress=record.get("stress"), starred=bool(record.get("starred")),
        source_app=record.get("source_app"), source_id=record.get("source_id"),
        emotions=[EmotionTag(e["emotion"], e.get("intensity"), Subject(e["subject"]))
                  for e in record.get("emotions", [])],
        tags=list(record.get("tags", [])),
    )


def _checked_tables(path: Path, document: dict[str, Any], years: YearRange,
                    notes: FileNotes) -> dict[str, Any]:
    """The side tables, every record checked against its schema (unknown keys dropped)."""
    extras: dict[str, Any] = {}
    for key, schema in side_schemas(years).items():
        records = document.get(key, [])
        for number, record in enumerate(records, start=1):
            check_record(path, f"{key} {number}", record, schema, notes, key)
            if key == "assessments":
                check_check_in(path, f"{key} {number}", record)
        id_key = "id" if "id" in schema else "uuid"
        check_unique(path, key, [r[id_key] for r in records])
        extras[key] = [{k: v for k, v in r.items() if k in schema} for r in records]
    return extras


def _checked_entries(path: Path, records: list[Any], years: YearRange,
                     notes: FileNotes) -> None:
    schema, talk_schema = entry_schema(years), conversation_schema(years)
    for number, record in enumerate(records, start=1):
        check_record(path, _("entry {number}").format(number=number), record, schema, notes, "entries")
        talk = record.get("conversation")
        if talk is not None:
            where = _("entry {number}").format(number=number) + ", conversation"
            check_record(path, where, talk, talk_schema, notes, "conversation")
    check_unique(path, "entry", [r["uuid"] for r in records])


def read_json(path: Path) -> ImportBatch:
    """Read an Empathy Journal export; every record is checked first, and errors name the file,
    the record and the field."""
    document = _load(path)
    records = document.get("entries", [])
    years, notes = entry_years(records), FileNotes(path)
    _checked_entries(path, records, years, notes)
    extras = _checked_tables(path, document, years, notes)
    entries = []
    for number, record in enumerate(records, start=1):
        try:
            entries.append(_entry(record).cleaned())
        except (KeyError, TypeError, ValueError, AssertionError, OverflowError) as error:
            raise ImportFormatError(path, _("entry {number}").format(number=number),
                                    _("it is incomplete or has an invalid value ({error})").format(
                                      error=error)
                                    ) from error
    extras["links"] = {r["uuid"]: r for r in records}
    files: dict[str, list[BatchFile]] = {}
    for number, record in enumerate(records, start=1):
        if record.get("attachments"):
            files[record["uuid"]] = files_from_json(path, _("entry {number}").format(number=number),
                                                    record["attachments"])
    return ImportBatch("json", path, entries, extras=extras, notes=notes.lines(),
                       attachments=files,
                       places=[_("entry {number}").format(number=n)
                               for n in range(1, len(entries) + 1)],
                       mapping={"everything": _("kept as it is (uuids, revisions, links)")})
