"""Export entry point: one call per format, each written beside its destination then renamed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from empathy_journal.domain.translation import N_, ShownWords, _
from empathy_journal.interchange import csv_export, ej_json, markdown_export
from empathy_journal.interchange.batch import Cancel, Progress, never_cancel, no_progress
from empathy_journal.interchange.errors import ExportFailedError
from empathy_journal.interchange.journal_reader import EntrySelection

EXPORT_LABELS: Mapping[str, str] = ShownWords({
    "json": N_("Empathy Journal JSON (everything; can be imported again)"),
    "markdown": N_("Markdown, one file per entry in year/month folders"),
    "markdown-single": N_("Markdown, one single file"),
    "csv": N_("CSV for spreadsheets (one row per entry)"),
})  # shown in the language in use; the keys are what --format takes
_WRITERS: dict[str, Callable[..., int]] = {
    "json": ej_json.export_json,
    "markdown": markdown_export.export_markdown_folder,
    "markdown-single": markdown_export.export_markdown_file,
    "csv": csv_export.export_csv,
}


def export_journal(db: Database, dest: Path, fmt: str, selection: EntrySelection | None = None,
                   *, now: datetime | None = None, progress: Progress = no_progress,
                   cancel: Cancel = never_cancel) -> int:
    """Export the selected entries (all by default) to dest; returns how many were written."""
    if fmt not in _WRITERS:
        raise ValueError(f"unknown export format {fmt!r}")
    if not dest.parent.is_dir():
        raise ExportFailedError(_("The folder {parent} does not exist; choose an existing folder. "
                                  "Nothing was written.").format(parent=dest.parent), path=dest)
    chosen = selection or EntrySelection()
    if fmt == "json":
        return ej_json.export_json(db, dest, chosen, now=now, progress=progress, cancel=cancel)
    return _WRITERS[fmt](db, dest, chosen, progress=progress, cancel=cancel)
