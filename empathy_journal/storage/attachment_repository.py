"""The attachments table: files kept inside the journal, their bytes checked on every read."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from empathy_journal.domain.attachments import (
    Attachment,
    AttachmentFile,
    AttachmentRefused,
    check_size,
    digest,
    safe_file_name,
    sniff_media_type,
)
from empathy_journal.domain.entry import utc_iso
from empathy_journal.domain.ids import fresh_uuid
from empathy_journal.domain.translation import _
from empathy_journal.storage.sql import fetch_rows, writing
from empathy_journal.storage.stored_values import UNREADABLE, log, stored_moment

if TYPE_CHECKING:
    from sqlite_utils import Database

_COLUMNS = "id, uuid, entry_id, file_name, media_type, byte_size, sha256, created_utc"


def _text(value: object, limit: int) -> str:
    if not isinstance(value, str) or not value or len(value) > limit:
        raise ValueError(f"not a stored name: {value!r}")
    return value


def attachment_from_row(row: dict[str, Any]) -> Attachment:
    """The record of a stored row; a row whose values do not check out is marked unreadable."""
    try:
        size = row["byte_size"]
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise ValueError(f"not a size: {size!r}")
        sha = row["sha256"]
        if not isinstance(sha, str) or len(sha) != 64:
            raise ValueError(f"not a SHA-256: {sha!r}")
        return Attachment(_text(row["uuid"], 100), row["entry_id"],
                          _text(row["file_name"], 1000), _text(row["media_type"], 200),
                          size, sha, stored_moment(row["created_utc"]))
    except UNREADABLE as error:
        log.warning("attachment %r cannot be read: %s", row.get("id"), error)
        uuid = row.get("uuid") if isinstance(row.get("uuid"), str) else f"#{row.get('id')}"
        return Attachment(str(uuid), row.get("entry_id") or 0, "", "", 0, "", None,
                          readable=False)


def checked_data(attachment: Attachment, data: object) -> bytes | None:
    """The stored bytes when they are what the row says (size and SHA-256), else None."""
    if not attachment.readable or not isinstance(data, bytes):
        return None
    if len(data) != attachment.byte_size or digest(data) != attachment.sha256:
        log.warning("attachment %s: its bytes do not match their checksum", attachment.uuid)
        return None
    return data


def insert_attachment(db: Database, entry_id: int, file: AttachmentFile, *,
                      now: datetime | None = None, entry_total: int | None = None) -> Attachment:
    """Store one file for an entry inside the caller's transaction (AttachmentRefused when it
    is empty, too big, or takes the entry over its total)."""
    data = bytes(file.data)
    media_type = sniff_media_type(data)
    name = safe_file_name(file.file_name, media_type)
    total = entry_total if entry_total is not None else total_bytes(db, entry_id)
    check_size(name, len(data), total)
    moment = (file.created_utc or now or datetime.now(UTC)).replace(microsecond=0)
    record = Attachment(file.uuid or fresh_uuid(), entry_id, name, media_type,
                        len(data), digest(data), moment)
    db.execute("INSERT INTO attachments (uuid, entry_id, file_name, media_type, byte_size, "
               "sha256, data, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               [record.uuid, entry_id, record.file_name, media_type, record.byte_size,
                record.sha256, data, utc_iso(moment)])
    return record


def total_bytes(db: Database, entry_id: int) -> int:
    """What an entry's attachments take now."""
    row = db.execute("SELECT coalesce(sum(length(data)), 0) FROM attachments WHERE entry_id = ?",
                     [entry_id]).fetchone()
    return int(row[0])


def attachments_of_entries(db: Database, entry_ids: list[int]) -> dict[int, list[Attachment]]:
    """The attachments of many entries (records only), oldest first, by entry id."""
    found: dict[int, list[Attachment]] = {}
    for offset in range(0, len(entry_ids), 500):
        chunk = entry_ids[offset:offset + 500]
        rows = fetch_rows(db, f"SELECT {_COLUMNS} FROM attachments WHERE entry_id IN "
                              f"({', '.join('?' for _ in chunk)}) ORDER BY created_utc, id",
                          chunk)
        for row in rows:
            found.setdefault(row["entry_id"], []).append(attachment_from_row(row))
    return found


def data_of(db: Database, uuid: str) -> bytes | None:
    """The checked bytes of a stored attachment (None: not there, or damaged)."""
    rows = fetch_rows(db, f"SELECT {_COLUMNS}, data FROM attachments WHERE uuid = ?", [uuid])
    if not rows:
        return None
    return checked_data(attachment_from_row(rows[0]), rows[0]["data"])


class AttachmentRepository:
    """Attach, list, read, rename and remove the files of entries."""

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self.db = db
        self.path = path

    def _entry_id(self, entry_uuid: str) -> int:
        row = self.db.execute("SELECT id FROM entries WHERE uuid = ?", [entry_uuid]).fetchone()
        if row is None:
            raise AttachmentRefused(_("That entry is not in the journal (was the trash "
                                      "emptied?). Nothing was attached."))
        return int(row[0])

    def attachments(self, entry_uuid: str) -> list[Attachment]:
        """The entry's attachments, oldest first (records only, no bytes)."""
        rows = fetch_rows(self.db, f"SELECT {', '.join('a.' + c for c in _COLUMNS.split(', '))} "
                                   "FROM attachments a JOIN entries e ON e.id = a.entry_id "
                                   "WHERE e.uuid = ? ORDER BY a.created_utc, a.id", [entry_uuid])
        return [attachment_from_row(r) for r in rows]

    def attachment(self, uuid: str) -> Attachment | None:
        """One attachment's record, or None."""
        rows = fetch_rows(self.db, f"SELECT {_COLUMNS} FROM attachments WHERE uuid = ?", [uuid])
        return attachment_from_row(rows[0]) if rows else None

    def data(self, uuid: str) -> bytes | None:
        """The bytes of an attachment, checked against their size and SHA-256 (None: damaged
        or gone)."""
        return data_of(self.db, uuid)

    def add(self, entry_uuid: str, files: list[AttachmentFile], *,
            now: datetime | None = None) -> list[Attachment]:
        """Attach files to an entry in one transaction: all of them, or (refused) none."""
        entry_id = self._entry_id(entry_uuid)
        with writing(self.db, self.path):
            total = total_bytes(self.db, entry_id)
            added = []
            for file in files:
                added.append(insert_attachment(self.db, entry_id, file, now=now,
                                               entry_total=total))
                total += added[-1].byte_size
        return added

    def rename(self, uuid: str, name: str) -> Attachment | None:
        """Give an attachment another (sanitised) name; None when it is gone."""
        stored = self.attachment(uuid)
        if stored is None:
            return None
        clean = safe_file_name(name, stored.media_type)
        with writing(self.db, self.path):
            self.db.execute("UPDATE attachments SET file_name = ? WHERE uuid = ?", [clean, uuid])
        return self.attachment(uuid)

    def remove(self, uuid: str) -> bool:
        """Delete an attachment for good; False when it was not there."""
        with writing(self.db, self.path):
            cursor = self.db.execute("DELETE FROM attachments WHERE uuid = ?", [uuid])
        return cursor.rowcount > 0

    def entry_uuid_of(self, uuid: str) -> str | None:
        """The uuid of the entry an attachment belongs to."""
        row = self.db.execute("SELECT e.uuid FROM attachments a JOIN entries e "
                              "ON e.id = a.entry_id WHERE a.uuid = ?", [uuid]).fetchone()
        return row[0] if row else None


# -- carrying files over from a damaged file (repair, salvage) -------------------------------

def intact_files(db: Database) -> list[tuple[str, AttachmentFile]]:
    """Every attachment of a damaged file whose bytes still match their checksum, with the
    uuid of its entry; each row is read on its own, so a damaged page costs only its rows."""
    try:
        ids = [r[0] for r in db.execute("SELECT id FROM attachments ORDER BY id")]
    except sqlite3.Error:  # no table (an older file) or a damaged index
        return []
    found = []
    for row_id in ids:
        try:
            rows = fetch_rows(db, f"SELECT {', '.join('a.' + c for c in _COLUMNS.split(', '))}, "
                                  "a.data, e.uuid AS entry_uuid FROM attachments a JOIN entries e "
                                  "ON e.id = a.entry_id WHERE a.id = ?", [row_id])
        except sqlite3.Error:
            continue
        for row in rows:
            record = attachment_from_row(row)
            data = checked_data(record, row["data"])
            if data is not None and isinstance(row["entry_uuid"], str):
                found.append((row["entry_uuid"], AttachmentFile(
                    record.file_name, data, uuid=record.uuid, created_utc=record.created_utc)))
    return found


def carry_over_files(db: Database, files: list[tuple[str, AttachmentFile]]) -> int:
    """Attach the salvaged files the journal does not hold yet to their entries (when those
    are in it), in one transaction; returns how many were added."""
    added = 0
    with writing(db):
        for entry_uuid, file in files:
            entry = db.execute("SELECT id FROM entries WHERE uuid = ?", [entry_uuid]).fetchone()
            held = db.execute("SELECT 1 FROM attachments WHERE uuid = ?", [file.uuid]).fetchone()
            if entry is None or held is not None:
                continue
            try:
                insert_attachment(db, int(entry[0]), file)
            except AttachmentRefused:
                continue
            added += 1
    return added
