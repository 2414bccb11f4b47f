"""jrnl's own plain-text journal file: ``[YYYY-MM-DD HH:MM] Title. Body`` entries."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from empathy_journal.domain.translation import _
from empathy_journal.interchange.batch import ImportBatch
from empathy_journal.interchange.errors import ImportFormatError
from empathy_journal.interchange.jrnl_json import jrnl_entry
from empathy_journal.interchange.source_file import read_text
from empathy_journal.interchange.source_text import parse_hh_mm, split_first_sentence

_HEADER = re.compile(
    r"^\[(\d{4}-\d{2}-\d{2}) (\d{1,2}:\d{2})(?::\d{2})?( ?[AaPp][Mm])?\] ?(.*)$")
_TAG = re.compile(r"(?<!\S)([#@][-+*#/\w]+)")


def looks_like_jrnl_text(head: str) -> bool:
    """True when the text starts with a jrnl entry header."""
    return bool(_HEADER.match(head.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")))


def _clock(text: str, meridiem: str | None) -> str:
    if not meridiem:
        return parse_hh_mm(text).strftime("%H:%M")
    return datetime.strptime(f"{text} {meridiem.strip().upper()}", "%I:%M %p").strftime("%H:%M")


def _finish(raw: list[str]) -> tuple[str, bool]:
    text = "\n".join(raw).strip()
    starred = False
    first_line, _, rest = text.partition("\n")
    if first_line.endswith(" *") or first_line == "*":
        starred = True
        text = (first_line[:-2] if first_line.endswith(" *") else "") + (
            "\n" + rest if rest else "")
    return text.strip(), starred


def read_jrnl_text(path: Path, *, tz: str = "UTC") -> ImportBatch:
    """Read a jrnl plain-text journal; times are wall-clock times in tz."""
    lines = read_text(path).replace("\r\n", "\n").split("\n")
    starts = [(n, m) for n, line in enumerate(lines) if (m := _HEADER.match(line))]
    if not starts:
        raise ImportFormatError(path, "line 1", _("no jrnl entry header like [2024-01-15 09:30] was "
                                                  "found"))
    if lines[: starts[0][0]] and any(x.strip() for x in lines[: starts[0][0]]):
        raise ImportFormatError(path, "line 1", _("text before the first [date time] header"))
    entries, places = [], []
    for index, (number, match) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(lines)
        text, starred = _finish([match.group(4), *lines[number + 1:end]])
        title, body = split_first_sentence(text)
        tags = [t.lower() for t in _TAG.findall(text)] if ("#" in text or "@" in text) else []
        try:
            day = date.fromisoformat(match.group(1))
            clock = _clock(match.group(2), match.group(3))
            entries.append(jrnl_entry(day, clock, title, body, tags, starred, tz))
        except (ValueError, OverflowError) as error:
            raise ImportFormatError(path, _("line {number}").format(number=number + 1),
                                    _("the date or time is invalid ({error})").format(error=error)) from error
        places.append(_("line {number}").format(number=number + 1))
    return ImportBatch("jrnl-text", path, entries, places=places, mapping={
        "first sentence": _("title"), "rest": _("text"), "@tags and #tags": _("tags"),
        "trailing *": _("starred"), "[date time]": _("local time in {zone}").format(zone=tz)})
