"""What a reader makes of a source file before anything is written: entries plus a summary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from empathy_journal.domain.entry import Entry
from empathy_journal.domain.text import plural
from empathy_journal.domain.translation import ngettext

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


def no_progress(done: int, total: int) -> None:
    """A progress callback that ignores progress."""


def never_cancel() -> bool:
    """A cancel callback that never cancels."""
    return False


@dataclass(frozen=True)
class BatchFile:
    """A file to attach to an imported entry, its bytes read only when it is written (a Day
    One photo stays in its ZIP until then); ``read`` raises ImportFormatError when it cannot."""

    file_name: str
    read: Callable[[], bytes]
    byte_size: int
    uuid: str | None = None
    created_utc: datetime | None = None


@dataclass
class ImportBatch:
    """Entries read from one file, ready to preview and import.

    ``mapping`` explains what maps to what (e.g. Daylio mood labels → 1–10) in plain words;
    ``extras`` carries the tables only Empathy Journal's own JSON has; ``terminal_notes``, when
    set, replaces ``notes`` on the command line (which cannot edit the mapping); ``places``
    names where each entry is in the file ("row 14"), for messages; ``checked`` is set once
    every entry passed ``validation.check_entries`` (by ``importer.read_source``);
    ``attachments`` holds the files of entries, by the uuid the entry has in ``entries``.
    """

    format: str
    path: Path
    entries: list[Entry]
    mapping: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    extras: dict[str, Any] | None = None
    terminal_notes: list[str] | None = None
    places: list[str] = field(default_factory=list)
    attachments: dict[str, list[BatchFile]] = field(default_factory=dict)
    checked: bool = field(default=False, repr=False)

    @property
    def date_range(self) -> tuple[date, date] | None:
        """The first and last local date in the file (None when it has no entries)."""
        if not self.entries:
            return None
        days = [e.local_date for e in self.entries]
        return min(days), max(days)


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    added: int
    updated: int
    unchanged: int
    kept_newer: int = 0
    attached: int = 0

    @property
    def message(self) -> str:
        """A one-line summary for the person."""
        kept = (" " + ngettext("{count} changed here since that export and was kept as it is.",
                               "{count} changed here since that export and were kept as they are.",
                               self.kept_newer).format(count=self.kept_newer)
                if self.kept_newer else "")
        files = (" " + ngettext("{count} photo or file attached.",
                                "{count} photos or files attached.", self.attached
                                ).format(count=self.attached) if self.attached else "")
        return ngettext("Imported {new_entries}, updated {updated}, {unchanged} was already in the "
                        "journal.{kept}",
                        "Imported {new_entries}, updated {updated}, {unchanged} were already in "
                        "the journal.{kept}", self.unchanged).format(
            new_entries=plural(self.added, "new entry", "new entries"), updated=self.updated,
            unchanged=self.unchanged, kept=kept) + files
