"""Daylio's CSV export (8 columns, or the older 7): moods mapped to 1–10, activities to tags."""

from __future__ import annotations

import csv
import html
import io
import re
from datetime import date, datetime, time
from pathlib import Path

from empathy_journal.domain.entry import Entry
from empathy_journal.domain.ids import fresh_uuid
from empathy_journal.domain.record_schema import MAX_TEXT
from empathy_journal.domain.translation import _, ngettext
from empathy_journal.interchange.batch import ImportBatch
from empathy_journal.interchange.errors import ImportFormatError
from empathy_journal.interchange.source_file import read_text
from empathy_journal.interchange.source_text import clean_tag, local_to_utc, source_id

SOURCE_APP = "daylio"
DEFAULT_MOODS = {"rad": 10, "good": 8, "meh": 6, "bad": 4, "awful": 2}
COLUMNS_8 = ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]
COLUMNS_7 = ["year", "date", "weekday", "time", "mood", "activities", "note"]
_TAGS = re.compile(r"<br\s*/?>|</p>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]+>")
MAX_CELL = MAX_TEXT + 1  # a longer note is refused by name, not read as damage


def _note(text: str) -> str:
    text = _TAGS.sub("\n", text or "")
    return html.unescape(_ANY_TAG.sub("", text)).replace("\r\n", "\n").strip()


def parse_clock(text: str) -> time:
    """Daylio's time: ``6:50 pm``, ``6:50 PM``, ``18:50`` or ``18:50:00``."""
    cleaned = text.strip().lower().replace(".", "")
    for pattern in ("%I:%M %p", "%I:%M%p", "%H:%M", "%H:%M:%S"):
        try:
            return datetime.strptime(cleaned, pattern).time()
        except ValueError:
            continue
    raise ValueError(_("unrecognised time {text!r}").format(text=text))


def _old_date(year: str, display: str) -> date:
    cleaned = display.strip().replace(".", "")
    for pattern in ("%d %B", "%B %d", "%d %b", "%b %d"):
        try:
            parsed = datetime.strptime(f"{cleaned} {year}", f"{pattern} %Y")
            return parsed.date()
        except ValueError:
            continue
    raise ValueError(_("unrecognised date {display!r} {year}").format(display=display, year=year))


def _rows(path: Path) -> tuple[list[str], list[list[str]]]:
    text = read_text(path)
    if csv.field_size_limit() < MAX_CELL:
        csv.field_size_limit(MAX_CELL)  # the default (128 KiB) refused long notes as damage
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
        rows = list(reader)
    except StopIteration:
        raise ImportFormatError(path, _("line {number}").format(number=1), _("the file is empty")) from None
    except csv.Error as error:
        reason = (_("a note or other cell is longer than {most} characters, more than one "
                    "entry may hold").format(most=f"{MAX_CELL:,}") if "field limit" in str(error)
                  else _("the CSV is damaged ({error})").format(error=error))
        raise ImportFormatError(path, _("line {number}").format(number=reader.line_num), reason) from error
    return header, rows


def mood_labels(path: Path) -> list[str]:
    """The distinct mood labels in a Daylio file, in order of first appearance (for mapping)."""
    header, rows = _rows(path)
    index = header.index("mood") if "mood" in header else 4
    return list(dict.fromkeys(r[index].strip() for r in rows if len(r) > index))


def read_daylio(path: Path, *, tz: str = "UTC",
                mood_map: dict[str, int] | None = None) -> ImportBatch:
    """Read a Daylio export; mood_map overrides or extends the default label → 1–10 mapping."""
    header, rows = _rows(path)
    expected = COLUMNS_8 if header and header[0] == "full_date" else COLUMNS_7
    missing = [c for c in expected if c not in header]
    if missing:
        raise ImportFormatError(path, _("line {number}").format(number=1), ngettext(
            "the header lacks the column {columns}", "the header lacks the columns {columns}",
            len(missing)).format(columns=", ".join(missing)))
    moods = {**DEFAULT_MOODS, **{k.lower(): v for k, v in (mood_map or {}).items()}}
    entries, seen, unknown = [], {}, {}
    places: dict[int, str] = {}
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(expected):
            raise ImportFormatError(path, _("row {number}").format(number=number), _(
                "it has {count} columns, expected {count2}").format(
                                                             count=len(row),
                                                             count2=len(expected)))
        record = dict(zip(header, row, strict=False))
        try:
            entry = _entry(record, tz, moods)
        except (ValueError, OverflowError) as error:
            raise ImportFormatError(path, _("row {number}").format(number=number), str(error)) from error
        places[id(entry)] = _("row {number}").format(number=number)
        label = record["mood"].strip().lower()
        if label not in moods:
            unknown[label] = unknown.get(label, 0) + 1
        occurrence = seen.get(entry.source_id, 0)
        seen[entry.source_id] = occurrence + 1
        if occurrence:
            entry.source_id = source_id(entry.source_id, str(occurrence))
        entries.append(entry)
    entries.sort(key=lambda e: e.created_utc)
    rows_of = [places[id(e)] for e in entries]
    mapping = {f"mood {k}": str(v) for k, v in moods.items()}
    mapping["activities"] = _("tags")
    notes = _unknown_notes(unknown, _("unless you map it"))
    terminal = [moods_read_as(moods), *_unknown_notes(
        unknown, _("(use the window's import preview to give it a number)"))]
    return ImportBatch("daylio", path, entries, mapping=mapping, notes=notes,
                       terminal_notes=terminal, places=rows_of)


def moods_read_as(moods: dict[str, int]) -> str:
    """The label → number mapping in one line, lowest mood first."""
    pairs = sorted(moods.items(), key=lambda pair: (pair[1], pair[0]))
    return _("Daylio moods were read as: {moods}").format(
        moods=", ".join(f"{k} {v}" for k, v in pairs))


def _unknown_notes(unknown: dict[str, int], remedy: str) -> list[str]:
    return [ngettext("Mood label {label!r} ({count} row) has no number yet; that row is imported "
                     "unrated {remedy}.",
                     "Mood label {label!r} ({count} rows) has no number yet; those rows are "
                     "imported unrated {remedy}.", n).format(label=k, count=n, remedy=remedy)
            for k, n in unknown.items()]


def _entry(record: dict[str, str], tz: str, moods: dict[str, int]) -> Entry:
    if "full_date" in record:
        day = date.fromisoformat(record["full_date"].strip())
    else:
        day = _old_date(record["year"].strip(), record["date"])
    moment = parse_clock(record["time"])
    label = record["mood"].strip().lower()
    activities = [a for a in (s.strip() for s in record["activities"].split("|")) if a]
    title, note = _note(record.get("note_title", "")), _note(record["note"])
    identity = source_id(day.isoformat(), moment.strftime("%H:%M"), label,
                         "|".join(activities), title, note)
    return Entry(
        uuid=fresh_uuid(), local_date=day, created_utc=local_to_utc(day, moment, tz),
        tz=tz, title=title, body=note, mood=moods.get(label),
        tags=sorted({clean_tag(a) for a in activities}), source_app=SOURCE_APP,
        source_id=identity,
    )
