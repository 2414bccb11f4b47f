"""jrnl's JSON export (``jrnl --export json``): title, body, local date and time, tags, star."""

from __future__ import annotations

import json
import uuid as uuid_module
from datetime import date
from pathlib import Path
from typing import Any

from empathy_journal.domain.entry import Entry
from empathy_journal.interchange.batch import ImportBatch
from empathy_journal.interchange.errors import ImportFormatError, json_damage
from empathy_journal.interchange.source_text import (
    clean_tag,
    local_to_utc,
    parse_hh_mm,
    source_id,
)

SOURCE_APP = "jrnl"


def jrnl_entry(day: date, clock: str, title: str, body: str, tags: list[str], starred: bool,
               tz: str) -> Entry:
    """One jrnl entry as a journal entry; its source id also matches the plain-text form."""
    moment = parse_hh_mm(clock)
    return Entry(
        uuid=str(uuid_module.uuid4()), local_date=day,
        created_utc=local_to_utc(day, moment, tz), tz=tz, title=title, body=body,
        tags=sorted({clean_tag(t) for t in tags}), starred=starred, source_app=SOURCE_APP,
        source_id=source_id(day.isoformat(), clock, f"{title} {body}"),
    )


def _entry(record: dict[str, Any], tz: str) -> Entry:
    return jrnl_entry(date.fromisoformat(record["date"]), record["time"],
                      record.get("title") or "", record.get("body") or "",
                      list(record.get("tags") or []), bool(record.get("starred")), tz)


def read_jrnl_json(path: Path, *, tz: str = "UTC") -> ImportBatch:
    """Read a jrnl JSON export; times are wall-clock times in tz."""
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as error:
        raise ImportFormatError(path, "", json_damage(error)) from error
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFormatError(path, "", "this is not a jrnl JSON export (no entries list)")
    entries = []
    for number, record in enumerate(document["entries"], start=1):
        try:
            entries.append(_entry(record, tz))
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ImportFormatError(path, f"entry {number}",
                                    f"its date, time or text is missing or invalid ({error})"
                                    ) from error
    return ImportBatch("jrnl-json", path, entries, mapping={
        "title, body": "title and text", "tags (@ or #)": "tags", "starred": "starred",
        "date and time": f"local time in {tz}", "mood": "not rated (jrnl has no mood)"})
