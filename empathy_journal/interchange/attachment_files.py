"""Attached files in and out of exports: base64 in the own JSON, written on import, listed."""

from __future__ import annotations

import base64
import binascii
import json
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from empathy_journal.domain.attachments import (
    MAX_ENTRY_BYTES,
    MAX_FILE_BYTES,
    AttachmentFile,
    AttachmentRefused,
    digest,
    size_text,
)
from empathy_journal.domain.entry import parse_utc, utc_iso
from empathy_journal.domain.translation import _
from empathy_journal.interchange.batch import BatchFile
from empathy_journal.interchange.errors import ImportFormatError
from empathy_journal.storage.attachment_repository import (
    attachment_from_row,
    checked_data,
    insert_attachment,
    total_bytes,
)
from empathy_journal.storage.stored_values import log

JSON_KEYS = ("uuid", "file_name", "media_type", "byte_size", "sha256", "created_utc", "data")


def stored_files(db: Database, entry_uuids: list[str], *, with_data: bool = True
                 ) -> dict[str, list[tuple[dict[str, Any], bytes | None]]]:
    """The readable attachments of entries, by entry uuid, oldest first: each as its JSON-ready
    record (without data) and its checked bytes; a damaged one is left out (and logged)."""
    found: dict[str, list[tuple[dict[str, Any], bytes | None]]] = {}
    data_column = "a.data" if with_data else "NULL AS data"
    for offset in range(0, len(entry_uuids), 500):
        chunk = entry_uuids[offset:offset + 500]
        cursor = db.execute(
            "SELECT e.uuid AS entry_uuid, a.id, a.uuid, a.entry_id, a.file_name, a.media_type, "
            f"a.byte_size, a.sha256, a.created_utc, {data_column} FROM attachments a "
            "JOIN entries e ON e.id = a.entry_id WHERE e.uuid IN (SELECT value FROM "
            "json_each(?)) ORDER BY a.created_utc, a.id", [json.dumps(chunk)])
        names = [d[0] for d in cursor.description]
        for row in (dict(zip(names, r, strict=True)) for r in cursor.fetchall()):
            attachment = attachment_from_row(row)
            data = checked_data(attachment, row["data"]) if with_data else None
            if not attachment.readable or (with_data and data is None):
                log.warning("left out attachment %s of entry %s: it cannot be read",
                            attachment.uuid, row["entry_uuid"])
                continue
            assert attachment.created_utc is not None  # a readable record has its time
            record = {"uuid": attachment.uuid, "file_name": attachment.file_name,
                      "media_type": attachment.media_type, "byte_size": attachment.byte_size,
                      "sha256": attachment.sha256,
                      "created_utc": utc_iso(attachment.created_utc)}
            found.setdefault(row["entry_uuid"], []).append((record, data))
    return found


def json_records(db: Database, entry_uuids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The attachments of entries as own-JSON records, bytes in base64 (docs/json-format.md)."""
    return {uuid: [{**record, "data": base64.b64encode(data or b"").decode("ascii")}
                   for record, data in files]
            for uuid, files in stored_files(db, entry_uuids).items()}


def entries_with_files(db: Database) -> set[str]:
    """The uuids of the entries that have attachments."""
    return {r[0] for r in db.execute("SELECT DISTINCT e.uuid FROM attachments a JOIN entries e "
                                     "ON e.id = a.entry_id")}


def files_from_json(path: Path, where: str, items: list[dict[str, Any]]) -> list[BatchFile]:
    """An entry's attachment records from the own JSON, each decoded and checked against its
    size and SHA-256 (ImportFormatError naming the entry and the file when one does not)."""
    files, total = [], 0
    for number, item in enumerate(items, start=1):
        place = _("{where}, attachment {number}").format(where=where, number=number)
        try:
            data = base64.b64decode(item["data"], validate=True)
        except (binascii.Error, ValueError) as error:
            raise ImportFormatError(path, f"{place}, data", _("it is not base64")) from error
        if len(data) != item["byte_size"] or digest(data) != item["sha256"]:
            raise ImportFormatError(path, place, _("its bytes do not match its byte_size and "
                                                   "sha256 (the file was changed or damaged)"))
        if len(data) > MAX_FILE_BYTES:
            raise ImportFormatError(path, place, _(
                "it is over {most}, the most a file attached to an entry can be").format(
                    most=size_text(MAX_FILE_BYTES)))
        total += len(data)
        if total > MAX_ENTRY_BYTES:
            raise ImportFormatError(path, where, _(
                "its attachments are over {most} together, the most one entry can hold").format(
                    most=size_text(MAX_ENTRY_BYTES)))
        files.append(BatchFile(item["file_name"], lambda data=data: data, len(data),
                               uuid=item["uuid"], created_utc=parse_utc(item["created_utc"])))
    return files


def write_batch_files(db: Database, path: Path, attachments: dict[str, list[BatchFile]],
                      entry_ids: dict[str, int]) -> int:
    """Attach each imported entry's files inside the caller's transaction; a file the entry
    already holds (the same uuid, or the same bytes) is left alone, so importing twice adds
    nothing. Returns how many were added; ImportFormatError when one cannot be attached."""
    added = 0
    for entry_uuid, files in attachments.items():
        entry_id = entry_ids.get(entry_uuid)
        if entry_id is None or not files:
            continue
        held = db.execute("SELECT uuid, sha256 FROM attachments WHERE entry_id = ?",
                          [entry_id]).fetchall()
        uuids, digests = {r[0] for r in held}, {r[1] for r in held}
        total = total_bytes(db, entry_id)
        for file in files:
            if file.uuid in uuids:
                continue
            data = file.read()
            if digest(data) in digests:
                continue
            try:
                stored = insert_attachment(db, entry_id, AttachmentFile(
                    file.file_name, data, uuid=file.uuid, created_utc=file.created_utc),
                    entry_total=total)
            except AttachmentRefused as error:
                raise ImportFormatError(path, file.file_name, str(error).replace(
                    "Nothing was attached.", "").strip()) from error
            total += stored.byte_size
            digests.add(stored.sha256)
            added += 1
    return added
