"""jrnl's JSON export (``jrnl --export json``): title, body, local date and time, tags, star."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

from empathy_journal.domain import record_schema as rs
from empathy_journal.domain.entry import Entry
from empathy_journal.domain.ids import fresh_uuid
from empathy_journal.domain.record_schema import Field, InvalidValue, Schema
from empathy_journal.domain.translation import _
from empathy_journal.interchange.batch import ImportBatch
from empathy_journal.interchange.errors import ImportFormatError
from empathy_journal.interchange.source_file import load_json, read_text
from empathy_journal.interchange.source_text import (
    clean_tag,
    local_to_utc,
    parse_hh_mm,
    source_id,
)

SOURCE_APP = "jrnl"


def jrnl_entry(day: date, clock: str, title: str, body: str, tags: list[str], starred: bool,
               tz: str, moment: time | None = None) -> Entry:
    """One jrnl entry as a journal entry; its source id also matches the plain-text form.
    ``moment`` is clock already parsed, when the caller has it."""
    if moment is None:
        moment = parse_hh_mm(clock)
    return Entry(
        uuid=fresh_uuid(), local_date=day,
        created_utc=local_to_utc(day, moment, tz), tz=tz, title=title, body=body,
        tags=sorted({clean_tag(t) for t in tags}) if tags else [], starred=starred,
        source_app=SOURCE_APP, source_id=source_id(day.isoformat(), clock, f"{title} {body}"),
    )


# What a jrnl entry may hold; other keys (uuid, creator from Day One Classic) are ignored.
RECORD: Schema = {
    "date": Field(rs.text(10, blank=False), required=True),
    "time": Field(rs.text(8, blank=False), required=True),
    "title": Field(rs.text(rs.MAX_LINE), nullable=True),
    "body": Field(rs.text(rs.MAX_TEXT), nullable=True),
    "tags": Field(rs.list_of(rs.text(rs.MAX_WORD)), nullable=True),
    "starred": Field(rs.flag, nullable=True),
}


def _entry(record: dict[str, Any], tz: str) -> Entry:
    return jrnl_entry(date.fromisoformat(record["date"]), record["time"],
                      record.get("title") or "", record.get("body") or "",
                      list(record.get("tags") or []), bool(record.get("starred")), tz)


def read_jrnl_json(path: Path, *, tz: str = "UTC") -> ImportBatch:
    """Read a jrnl JSON export; times are wall-clock times in tz."""
    document = load_json(path, read_text(path))
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFormatError(path, "", _("this is not a jrnl JSON export (no entries list)"))
    entries = []
    for number, record in enumerate(document["entries"], start=1):
        try:
            rs.check_record(record, RECORD)
        except InvalidValue as error:
            where = _("entry {number}, {field}").format(number=number, field=error.field)
            raise ImportFormatError(path, where, error.reason) from None
        try:
            entries.append(_entry(record, tz))
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as error:
            raise ImportFormatError(path, _("entry {number}").format(number=number),
                                    _("its date or time is invalid ({error})").format(error=error)) from error
    places = [_("entry {number}").format(number=n) for n in range(1, len(entries) + 1)]
    return ImportBatch("jrnl-json", path, entries, places=places, mapping={
        "title, body": _("title and text"), "tags (@ or #)": _("tags"), "starred": _("starred"),
        "date and time": _("local time in {zone}").format(zone=tz),
        "mood": _("not rated (jrnl has no mood)")})
