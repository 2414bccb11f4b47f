"""Import entry point: recognise a file's format, read it, and write it in one transaction."""

from __future__ import annotations

import sqlite3
import zipfile
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path

from empathy_journal.domain.translation import N_, ShownWords, _
from empathy_journal.interchange import (
    daylio,
    dayone,
    ej_json,
    ej_json_tables,
    jrnl_json,
    jrnl_text,
    markdown_notes,
    rednotebook,
)
from empathy_journal.interchange.attachment_files import write_batch_files
from empathy_journal.interchange.batch import (
    Cancel,
    ImportBatch,
    ImportResult,
    Progress,
    never_cancel,
    no_progress,
)
from empathy_journal.interchange.bulk_work import without_cycle_collection
from empathy_journal.interchange.entry_writer import EntryWriter
from empathy_journal.interchange.errors import ImportFormatError, ImportSourceError
from empathy_journal.interchange.source_file import head_text
from empathy_journal.interchange.validation import check_entries
from empathy_journal.storage.errors import describe_sqlite_error
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.search_schema import (
    pause_search_triggers,
    rebuild_search_index,
    resume_search_triggers,
)
from empathy_journal.storage.sql import bulk_cache

FORMATS = ("jrnl-json", "jrnl-text", "dayone", "daylio", "json", "rednotebook",
           "markdown-folder")
FORMAT_LABELS: Mapping[str, str] = ShownWords({
    "jrnl-json": N_("jrnl JSON export"),
    "jrnl-text": N_("jrnl plain-text journal"),
    "dayone": N_("Day One JSON export"),
    "daylio": N_("Daylio CSV export"),
    "json": N_("Empathy Journal JSON"),
    "rednotebook": N_("RedNotebook data folder"),
    "markdown-folder": N_("folder of Markdown notes"),
})  # shown in the language in use; the keys are what --format takes
READERS: dict[str, Callable[..., ImportBatch]] = {
    "jrnl-json": jrnl_json.read_jrnl_json,
    "jrnl-text": jrnl_text.read_jrnl_text,
    "dayone": dayone.read_dayone,
    "daylio": daylio.read_daylio,
    "json": ej_json.read_json,
    "rednotebook": rednotebook.read_rednotebook,
    "markdown-folder": markdown_notes.read_markdown_folder,
}
FOLDER_FORMATS = frozenset({"rednotebook", "markdown-folder"})  # read from a folder
ZONED_FORMATS = frozenset({"jrnl-json", "jrnl-text", "daylio", "rednotebook",
                           "markdown-folder"})  # their times have no zone: the reader takes tz


def require_source(path: Path, fmt: str = "auto") -> None:
    """Refuse a missing path, or a folder for a one-file format, before anything is read."""
    if path.is_dir():
        if fmt == "auto" or fmt in FOLDER_FORMATS:
            return
        raise ImportSourceError(_("{path} is a folder; a {get} is one file, so choose the file inside "
                                  "it. Nothing was imported.").format(
                                  path=path,
                                  get=FORMAT_LABELS.get(fmt, fmt)),
                                path=path)
    if not path.is_file():
        raise ImportSourceError(_("There is no file at {path}; nothing was imported.").format(path=path),
                                path=path)


def detect_folder_format(path: Path) -> str:
    """A folder's format: RedNotebook month files first, then Markdown notes anywhere in it."""
    if rednotebook.looks_like_rednotebook(path):
        return "rednotebook"
    if markdown_notes.looks_like_markdown_folder(path):
        return "markdown-folder"
    raise ImportSourceError(_("{path} is a folder with neither RedNotebook month files (named like "
                              "2024-05.txt) nor Markdown notes (.md) in it; choose a journal export or "
                              "such a folder. Nothing was imported.").format(path=path), path=path)


def detect_format(path: Path) -> str:
    """The format of path, recognised from its content (a folder from what it holds);
    ImportFormatError or ImportSourceError when unknown."""
    require_source(path)
    if path.is_dir():
        return detect_folder_format(path)
    if zipfile.is_zipfile(path):
        return "dayone"
    head = head_text(path).lstrip()
    first_line = head.split("\n", 1)[0].strip().lower()
    if rednotebook.MONTH_FILE.fullmatch(path.name) and not jrnl_text.looks_like_jrnl_text(head):
        return "rednotebook"  # one month file of a RedNotebook folder
    if head.startswith("{"):
        if '"format": "empathy-journal"' in head or '"format":"empathy-journal"' in head:
            return "json"
        if '"metadata"' in head or '"creationDate"' in head:
            return "dayone"
        return "jrnl-json"
    if first_line.startswith(("full_date,", "year,")) and ",weekday," in first_line:
        return "daylio"
    if jrnl_text.looks_like_jrnl_text(head):
        return "jrnl-text"
    if path.suffix.lower() in markdown_notes.SUFFIXES:
        raise ImportFormatError(path, "", _("Markdown notes are imported as a folder: choose the "
                                            "folder that holds them instead of one note"))
    raise ImportFormatError(path, "", _("its format was not recognised (expected a jrnl, Day One, "
                                        "Daylio or Empathy Journal export, a RedNotebook data folder "
                                        "or a folder of Markdown notes)"))


def read_source(path: Path, fmt: str = "auto", **options: object) -> ImportBatch:
    """Read path as fmt ("auto" recognises it) without touching any journal; the batch is
    checked here once (``checked``), so importing it does not check it again."""
    if fmt != "auto" and fmt not in READERS:
        raise ValueError(f"unknown import format {fmt!r}")
    require_source(path, fmt)
    chosen = detect_format(path) if fmt == "auto" else fmt
    with without_cycle_collection():
        try:
            batch = READERS[chosen](path, **options)
        except OSError as error:
            raise ImportFormatError(path, "", _("it could not be read ({strerror})").format(
                                                strerror=error.strerror)) from error
        check_entries(path, batch.entries, batch.places)
    batch.checked = True
    return batch


def import_batch(journal: Journal, batch: ImportBatch, *, progress: Progress = no_progress,
                 cancel: Cancel = never_cancel, now: datetime | None = None) -> ImportResult:
    """Write batch in ONE transaction: cancelled or failed, the journal stays exactly as it was."""
    if not batch.checked:  # a batch made elsewhere than read_source
        check_entries(batch.path, batch.entries, batch.places)
    db = journal.db
    own_format = batch.extras is not None
    try:
        with without_cycle_collection(), bulk_cache(db), db.atomic():
            pause_search_triggers(db)
            if own_format:
                ej_json_tables.write_vocabularies(db, batch.extras)
            writer = EntryWriter(db, now=now or datetime.now(UTC), keep_revisions=own_format)
            outcome = writer.write(batch.entries, progress, cancel)
            if own_format:
                ej_json_tables.write_links(db, batch.extras, outcome.written)
                ej_json_tables.write_records(db, batch.extras)
            attached = write_batch_files(db, batch.path, batch.attachments, outcome.ids)
            if writer.started_empty:
                rebuild_search_index(db)
            else:
                rebuild_search_index(db, sorted(set(outcome.written.values())))
            resume_search_triggers(db)
    except sqlite3.IntegrityError as error:
        raise ImportFormatError(batch.path, "", _("it refers to something it does not contain or "
                                                  "repeats an entry ({error})").format(
                                                      error=error)) from error
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        if not own_format:
            raise
        raise ImportFormatError(batch.path, "", _("a link or record in it is incomplete or points to "
                                                  "something the file does not contain ({error!r})").format(
                                                  error=error)
                                ) from error
    except sqlite3.Error as error:
        friendly = describe_sqlite_error(error, journal.path)
        if friendly is None:
            raise
        raise friendly from error
    return ImportResult(outcome.added, outcome.updated, outcome.unchanged, outcome.kept_newer,
                        attached)


def import_file(journal: Journal, path: Path, fmt: str = "auto", *,
                progress: Progress = no_progress, cancel: Cancel = never_cancel,
                **options: object) -> ImportResult:
    """Read path and import it (the command line's one-call path)."""
    return import_batch(journal, read_source(path, fmt, **options), progress=progress,
                        cancel=cancel)
