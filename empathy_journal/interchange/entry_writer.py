"""Writes many entries in the caller's transaction: new ones in bulk, known ones updated in place.

An entry is known when its uuid is already in the journal or, for entries from another app,
when its (source_app, source_id) is; identical content is left alone, so importing a file twice
changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlite_utils import Database

from empathy_journal.domain.entry import Entry, content_hash, utc_iso
from empathy_journal.interchange.batch import Cancel, Progress
from empathy_journal.interchange.errors import ImportCancelledError
from empathy_journal.storage.entry_rows import ROW_COLUMNS, entry_to_row, entry_values

CHUNK = 500


@dataclass
class _Known:
    id: int
    content_hash: str
    revision: int
    deleted_utc: str | None
    uuid: str


@dataclass
class WriteOutcome:
    """Ids by uuid (as given) of every matched entry and of those written, and the counts."""

    ids: dict[str, int] = field(default_factory=dict)
    written: dict[str, int] = field(default_factory=dict)
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_newer: int = 0


class EntryWriter:
    """Bulk entry writer over one open database (use inside ``db.atomic()``)."""

    def __init__(self, db: Database, *, now: datetime, keep_revisions: bool) -> None:
        self.db = db
        self.now = now
        self.keep_revisions = keep_revisions
        self.by_uuid: dict[str, _Known] = {}
        self.by_source: dict[tuple[str, str], _Known] = {}
        for row in db.execute("SELECT id, content_hash, revision, deleted_utc, uuid, "
                              "source_app, source_id FROM entries"):
            known = _Known(*row[:5])
            self.by_uuid[known.uuid] = known
            if row[5] is not None:
                self.by_source[(row[5], row[6])] = known
        self.next_id = (db.execute("SELECT max(id) FROM entries").fetchone()[0] or 0) + 1
        self.emotion_ids = {r[0] for r in db.execute("SELECT id FROM emotions")}
        self.started_empty = not self.by_uuid

    def _match(self, entry: Entry) -> _Known | None:
        known = self.by_uuid.get(entry.uuid)
        if known is None and entry.source_app and entry.source_id:
            known = self.by_source.get((entry.source_app, entry.source_id))
        return known

    def write(self, entries: list[Entry], progress: Progress, cancel: Cancel) -> WriteOutcome:
        """Write entries in order, checking cancel and reporting progress every CHUNK entries."""
        outcome = WriteOutcome()
        pending: list[Entry] = []
        for index, entry in enumerate(entries):
            if index % CHUNK == 0:
                if cancel():
                    raise ImportCancelledError()
                progress(index, len(entries))
                self._insert_all(pending)
                pending = []
            stored = self._prepare(entry, outcome)
            if stored is not None:
                pending.append(stored)
        self._insert_all(pending)
        if cancel():
            raise ImportCancelledError()
        progress(len(entries), len(entries))
        return outcome

    def _prepare(self, entry: Entry, outcome: WriteOutcome) -> Entry | None:
        cleaned = entry.cleaned()  # a fresh copy: completed in place from here on
        if cleaned.emotions and any(t.emotion_id not in self.emotion_ids
                                    for t in cleaned.emotions):
            cleaned.emotions = [t for t in cleaned.emotions  # hash what is stored
                                if t.emotion_id in self.emotion_ids]
        digest = content_hash(cleaned)
        known = self._match(cleaned)
        deleted = utc_iso(cleaned.deleted_utc) if cleaned.deleted_utc else None
        if known is not None:
            outcome.ids[entry.uuid] = known.id
            same_state = not self.keep_revisions or known.deleted_utc == deleted
            if known.content_hash == digest and same_state:
                outcome.unchanged += 1
                return None
            if self.keep_revisions and known.revision > cleaned.revision:
                outcome.kept_newer += 1  # edited here after the file was exported: keep it
                return None
            self._update(known, cleaned, digest)
            outcome.written[entry.uuid] = known.id
            outcome.updated += 1
            return None
        stored = self._new(cleaned, digest)
        outcome.ids[entry.uuid] = outcome.written[entry.uuid] = stored.id
        outcome.added += 1
        return stored

    def _new(self, entry: Entry, digest: str) -> Entry:
        # entry is the fresh copy made by cleaned(), so it may be completed in place.
        stored = entry
        if not (self.keep_revisions and entry.revision):
            stored.revision = 1
        if not (self.keep_revisions and entry.updated_utc):
            stored.updated_utc = self.now
        stored.id, stored.content_hash = self.next_id, digest
        self.next_id += 1
        known = _Known(stored.id, digest, stored.revision, None, stored.uuid)
        self.by_uuid[stored.uuid] = known
        if stored.source_app and stored.source_id:
            self.by_source[(stored.source_app, stored.source_id)] = known
        return stored

    def _update(self, known: _Known, entry: Entry, digest: str) -> None:
        if self.keep_revisions:
            result = replace(entry, content_hash=digest)
            known.revision = entry.revision
        else:
            result = replace(entry, uuid=known.uuid, revision=known.revision + 1,
                             content_hash=digest, updated_utc=self.now)
        row = entry_to_row(result)
        del row["uuid"]
        assignments = ", ".join(f"{k} = ?" for k in row)
        self.db.execute(f"UPDATE entries SET {assignments} WHERE id = ?",
                        [*row.values(), known.id])
        self.db.execute("DELETE FROM entry_emotions WHERE entry_id = ?", [known.id])
        self.db.execute("DELETE FROM entry_tags WHERE entry_id = ?", [known.id])
        self._insert_children([replace(result, id=known.id)])
        known.content_hash = digest

    def _insert_all(self, entries: list[Entry]) -> None:
        if not entries:
            return
        self.db.conn.executemany(_INSERT_ENTRY, [(e.id, *entry_values(e)) for e in entries])
        self._insert_children(entries)

    def _insert_children(self, entries: list[Entry]) -> None:
        emotions = [(e.id, t.emotion_id, t.intensity, str(t.subject), position)
                    for e in entries if e.emotions for position, t in enumerate(e.emotions)
                    if t.emotion_id in self.emotion_ids]
        if emotions:
            self.db.conn.executemany(
                "INSERT INTO entry_emotions (entry_id, emotion_id, intensity, subject, position) "
                "VALUES (?, ?, ?, ?, ?)", emotions)
        tags = [(e.id, tag) for e in entries if e.tags for tag in e.tags]
        if tags:
            self.db.conn.executemany("INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)", tags)


_INSERT_ENTRY = (f"INSERT INTO entries (id, {', '.join(ROW_COLUMNS)}) "
                 f"VALUES ({', '.join('?' * (len(ROW_COLUMNS) + 1))})")
