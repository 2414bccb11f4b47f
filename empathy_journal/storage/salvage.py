"""Salvage: copy every entry that still reads back intact from a damaged file into a new journal."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from empathy_journal.domain.attachments import AttachmentFile
from empathy_journal.domain.entry import Entry, content_hash
from empathy_journal.domain.translation import _
from empathy_journal.storage.attachment_repository import carry_over_files, intact_files
from empathy_journal.storage.cipher import connect_file
from empathy_journal.storage.entry_rows import ENTRY_COLUMNS, emotion_tag_from_row, row_to_entry
from empathy_journal.storage.errors import JournalDamagedError
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.journal_database import JournalDatabase
from empathy_journal.storage.recovery import carry_over
from empathy_journal.storage.sql import fetch_rows

if TYPE_CHECKING:
    from sqlite_utils import Database

GIVE_UP_AFTER_MISSING = 2000  # ids past the last one read, tried in case the end is damaged


@dataclass
class SalvageResult:
    """Where the salvaged journal is and how many entries were copied or left behind."""

    target: Path
    copied: int
    unreadable: int


def salvaged_path_for(path: Path, now: datetime | None = None) -> Path:
    """``journal-salvaged-YYYYMMDD-HHMMSS.sqlite`` beside the damaged file (never an old one)."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}-salvaged-{stamp}{path.suffix}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-salvaged-{stamp}-{number}{path.suffix}")
        number += 1
    return candidate


def _entry_by_id(db: Database, entry_id: int) -> Entry | None:
    """The entry with this row id, or None when there is none; raises when it cannot be read."""
    rows = fetch_rows(db, f"SELECT {ENTRY_COLUMNS} FROM entries WHERE id = ?", [entry_id])
    if not rows:
        return None
    emotions = [emotion_tag_from_row(r) for r in fetch_rows(
        db, "SELECT emotion_id, intensity, subject FROM entry_emotions WHERE entry_id = ? "
        "ORDER BY position", [entry_id])]
    tags = [r[0] for r in db.execute(
        "SELECT tag FROM entry_tags WHERE entry_id = ? ORDER BY tag", [entry_id])]
    return row_to_entry(rows[0], emotions, tags)


def _last_id(db: Database) -> int:
    try:
        return int(db.execute("SELECT max(id) FROM entries").fetchone()[0] or 0)
    except (sqlite3.Error, TypeError, ValueError):
        return 0


def read_entries_row_by_row(path: Path, passphrase: str | None) -> tuple[list[Entry], int]:
    """The intact entries of a damaged file, each read on its own so one damaged page costs
    only the rows on it; and how many rows could not be read or failed their checksum."""
    try:
        conn = connect_file(path, passphrase, read_only=True)
        db = JournalDatabase(conn)
    except sqlite3.Error as error:
        raise JournalDamagedError(_("{path} cannot be opened at all ({error}); nothing could be "
                                    "salvaged and the file was left untouched.").format(
                                    path=path,
                                    error=error), path=path) from error
    entries: list[Entry] = []
    unreadable, entry_id, last_seen = 0, 0, 0
    last = _last_id(db)
    try:
        while entry_id < max(last, last_seen) + GIVE_UP_AFTER_MISSING:
            entry_id += 1
            try:
                entry = _entry_by_id(db, entry_id)
            except (sqlite3.Error, ValueError, KeyError, AssertionError):
                unreadable += 1
                last_seen = entry_id
                continue
            if entry is None:
                continue
            last_seen = entry_id
            if content_hash(entry) == entry.content_hash:
                entries.append(entry)
            else:
                unreadable += 1
    finally:
        conn.close()
    return entries, unreadable


def _intact_files(path: Path, passphrase: str | None) -> list[tuple[str, AttachmentFile]]:
    try:
        conn = connect_file(path, passphrase, read_only=True)
    except sqlite3.Error:
        return []
    try:
        return intact_files(JournalDatabase(conn))
    finally:
        conn.close()


def salvage_journal(path: Path, passphrase: str | None = None,
                    now: datetime | None = None) -> SalvageResult:
    """Write the intact entries of the journal at path into a new journal beside it (encrypted
    with the same passphrase); the damaged file is only read."""
    entries, unreadable = read_entries_row_by_row(path, passphrase)
    files = _intact_files(path, passphrase)
    target = salvaged_path_for(path, now)
    journal = Journal.open(target, passphrase=passphrase)
    try:
        copied = carry_over(journal.repository, entries)
        carry_over_files(journal.db, files)
    finally:
        journal.close()
    return SalvageResult(target=target, copied=copied, unreadable=unreadable)
