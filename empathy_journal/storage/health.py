"""Checking a journal file without changing it: identity, SQLite's own checks, entry hashes."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from empathy_journal.domain.entry import EmotionTag, Subject, content_hash
from empathy_journal.domain.text import plural
from empathy_journal.domain.translation import _
from empathy_journal.storage import migrations as schema
from empathy_journal.storage.cipher import (
    SQLITE_HEADER,
    connect_file,
    looks_encrypted,
    passphrase_of,
)
from empathy_journal.storage.entry_rows import ENTRY_COLUMNS, row_to_entry
from empathy_journal.storage.errors import UnreadableEntryError
from empathy_journal.storage.file_format import APPLICATION_ID
from empathy_journal.storage.journal_database import JournalDatabase
from empathy_journal.storage.repository import JournalRepository
from empathy_journal.storage.sql import fetch_rows
from empathy_journal.storage.stored_values import stored_day_or_none

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class DamagedEntry:
    """An entry whose stored text no longer matches its content hash."""

    uuid: str  # or "row N" for a row without a readable uuid
    local_date: date | None
    unreadable: bool = False  # its stored values cannot be read at all (see stored_values)


@dataclass
class HealthReport:
    """The result of checking a journal file; ``healthy`` means nothing needs repair."""

    path: Path
    problems: list[str] = field(default_factory=list)
    damaged_entries: list[DamagedEntry] = field(default_factory=list)
    schema_names: list[str] = field(default_factory=list)
    entry_count: int = 0

    @property
    def healthy(self) -> bool:
        """True when the file passed every check."""
        return not self.problems and not self.damaged_entries

    @property
    def damaged_dates(self) -> list[date]:
        """The dates of the damaged entries, oldest first, each once."""
        return sorted({e.local_date for e in self.damaged_entries if e.local_date})


def describe_damage(damaged: list[DamagedEntry]) -> str:
    """``1 damaged entry (2026-11-04)`` or ``3 damaged entries (2026-11-04, 2026-11-05)``."""
    dates = sorted({e.local_date for e in damaged if e.local_date})
    listed = ", ".join(d.isoformat() for d in dates) or _("unknown dates")
    return _("{damaged_entries} ({listed})").format(
             damaged_entries=plural(len(damaged), 'damaged entry', 'damaged entries'),
             listed=listed)


def _header_problem(path: Path, passphrase: str | None) -> str | None:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return _("the journal file is missing")
    except OSError as error:
        return _("the journal file cannot be read ({reason})").format(reason=error.strerror)
    if size == 0:
        return _("the journal file is empty (zero bytes)")
    if header != SQLITE_HEADER and passphrase is None:
        if looks_encrypted(path):
            return _("the journal is encrypted and no passphrase was given")
        return _("the journal file does not start like an SQLite database")
    return None


def check_journal_file(
    path: Path, passphrase: str | None = None, *, full: bool = False, hashes: bool = True
) -> HealthReport:
    """Check path read-only: header, ``application_id``, quick (or full) check, entry hashes."""
    report = HealthReport(path=path)
    problem = _header_problem(path, passphrase)
    if problem:
        report.problems.append(problem)
        return report
    try:
        conn = connect_file(path, passphrase, read_only=True)
    except sqlite3.Error as error:
        report.problems.append(_("the journal file cannot be opened ({error})").format(error=error))
        return report
    try:
        _check_open_file(JournalDatabase(conn), report, full, hashes)
    finally:
        conn.close()
    return report


def _check_open_file(db: Database, report: HealthReport, full: bool, hashes: bool) -> None:
    try:
        if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            report.problems.append(_("the file is not marked as an Empathy Journal"))
            return
        pragma = "integrity_check" if full else "quick_check"
        results = [row[0] for row in db.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.DatabaseError as error:
        keyed = passphrase_of(db.conn) is not None
        if keyed and getattr(error, "sqlite_errorname", "") == "SQLITE_NOTADB":
            report.problems.append(_("the passphrase does not open it, or the file is damaged"))
        else:
            report.problems.append(_("SQLite cannot read the file ({error})").format(error=error))
        return
    if results != ["ok"]:
        report.problems.append(_("SQLite found damage: {results}").format(results="; ".join(results[:3])))
        return
    try:
        report.schema_names = schema.applied_migration_names(db)
        repository = JournalRepository(db)
        report.entry_count = repository.entry_count(include_trashed=True)
        if hashes:
            report.damaged_entries = find_damaged_entries(repository)
    except sqlite3.DatabaseError as error:
        report.problems.append(f"the entries cannot all be read ({error})")


def find_damaged_entries(repository: JournalRepository) -> list[DamagedEntry]:
    """Entries whose content, read back through the repository, no longer matches its hash."""
    damaged: list[DamagedEntry] = []
    after_id: int | None = 0
    while after_id is not None:
        found, after_id = damaged_entries_in_batch(repository, after_id, 1000)
        damaged.extend(found)
    return damaged


def damaged_entries_in_batch(
    repository: JournalRepository, after_id: int, limit: int
) -> tuple[list[DamagedEntry], int | None]:
    """Check up to limit entries with ids above after_id; returns the damaged ones and the id
    to continue after (None when every entry was checked), so a window can check in slices.

    Reads the batch in three queries (the rows, their emotions, their tags: an id range each)
    instead of one ``get_entry`` per entry, and rebuilds each entry exactly as ``get_entry``
    does (emotions in position order, tags sorted); a row that cannot become an entry counts
    as damaged.
    """
    db = repository.db
    rows = fetch_rows(db, f"SELECT {ENTRY_COLUMNS} FROM entries WHERE id > ? ORDER BY id "
                          "LIMIT ?", [after_id, limit])
    if not rows:
        return [], None
    span = [rows[0]["id"], rows[-1]["id"]]
    emotions: dict[int, list[tuple[object, object, object]]] = defaultdict(list)
    for entry_id, *tag in db.execute(
            "SELECT entry_id, emotion_id, intensity, subject FROM entry_emotions "
            "WHERE entry_id BETWEEN ? AND ? ORDER BY entry_id, position", span):
        emotions[entry_id].append(tag)
    tags: dict[int, list[str]] = defaultdict(list)
    for entry_id, tag in db.execute("SELECT entry_id, tag FROM entry_tags WHERE entry_id "
                                    "BETWEEN ? AND ? ORDER BY entry_id, tag", span):
        tags[entry_id].append(tag)
    damaged = []
    for row in rows:
        row_id, uuid = row["id"], row["uuid"]
        unreadable = False
        try:
            entry = row_to_entry(row, [EmotionTag(e, i, Subject(s))  # type: ignore[arg-type]
                                       for e, i, s in emotions.get(row_id, [])],
                                 tags.get(row_id, []))
            intact = content_hash(entry) == entry.content_hash
        except UnreadableEntryError:
            intact, unreadable = False, True
        except (ValueError, AssertionError):
            intact = False
        if not intact:
            name = uuid if isinstance(uuid, str) and uuid else f"row {row_id}"
            damaged.append(DamagedEntry(uuid=name, local_date=_date_or_none(row["local_date"]),
                                        unreadable=unreadable))
    return damaged, (rows[-1]["id"] if len(rows) == limit else None)


def _date_or_none(text: object) -> date | None:
    return stored_day_or_none(text)
