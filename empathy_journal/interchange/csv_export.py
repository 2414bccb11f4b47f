"""CSV export for spreadsheets: one row per entry with date, time, ratings, emotions and tags."""

from __future__ import annotations

import csv
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from empathy_journal.domain.record_schema import utc_or_none
from empathy_journal.interchange.batch import Cancel, Progress
from empathy_journal.interchange.errors import ExportCancelledError
from empathy_journal.interchange.journal_reader import (
    EntrySelection,
    emotion_labels,
    read_entry_records,
)
from empathy_journal.interchange.safe_write import replacing_file

CSV_COLUMNS = ["date", "time", "mood", "energy", "stress", "emotions", "their_emotions", "tags",
               "kind", "starred", "title", "text", "uuid"]

# A cell starting with one of these is run as a formula by spreadsheet apps (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(text: str) -> str:
    """text, with a leading single quote when a spreadsheet would otherwise run it as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _local_time(created_utc: str, tz: str) -> str:
    """The wall-clock time of the entry, or "" when what is stored cannot be read."""
    moment = utc_or_none(created_utc)
    if moment is None:
        return ""
    try:
        return moment.astimezone(ZoneInfo(tz)).strftime("%H:%M")
    except (ValueError, KeyError, OverflowError, OSError):
        return moment.strftime("%H:%M")


def _emotions(record: dict, labels: dict[str, str], subject: str) -> str:
    return "; ".join(f"{labels.get(e['emotion'], e['emotion'])}"
                     + ("" if e["intensity"] is None else f" {e['intensity']}")  # not rated
                     for e in record["emotions"] if e["subject"] == subject)


def csv_row(record: dict, labels: dict[str, str]) -> list[str]:
    """One entry as a CSV row in CSV_COLUMNS order (ratings blank when not rated); no cell can
    start a spreadsheet formula."""
    def rating(name: str) -> str:
        return "" if record[name] is None else str(record[name])

    cells = [record["local_date"], _local_time(record["created_utc"], record["tz"]),
            rating("mood"), rating("energy"), rating("stress"),
            _emotions(record, labels, "self"), _emotions(record, labels, "other"),
            " ".join(f"#{t}" for t in record["tags"]), record["kind"],
            "yes" if record["starred"] else "", record["title"], record["body"],
            record["uuid"]]
    return [inert_cell(cell) for cell in cells]


def export_csv(db: Database, dest: Path, selection: EntrySelection, *, progress: Progress,
               cancel: Cancel) -> int:
    """Write the CSV (UTF-8 with BOM so spreadsheet apps read accents right)."""
    records = read_entry_records(db, selection)
    labels = emotion_labels(db)
    with replacing_file(dest) as handle:
        handle.write("\ufeff")
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for index, record in enumerate(records):
            if index % 500 == 0:
                if cancel():
                    raise ExportCancelledError()
                progress(index, len(records))
            writer.writerow(csv_row(record, labels))
        if cancel():
            raise ExportCancelledError()
    progress(len(records), len(records))
    return len(records)
