"""jrnl's own plain-text journal file: ``[YYYY-MM-DD HH:MM] Title. Body`` entries."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from pathlib import Path

from empathy_journal.domain.translation import _
from empathy_journal.interchange.batch import ImportBatch
from empathy_journal.interchange.errors import ImportFormatError
from empathy_journal.interchange.jrnl_json import jrnl_entry
from empathy_journal.interchange.source_file import read_text
from empathy_journal.interchange.source_text import parse_hh_mm, split_first_sentence

_HEADER = re.compile(
    r"^\[(\d{4}-\d{2}-\d{2}) (\d{1,2}:\d{2})(?::\d{2})?( ?[AaPp][Mm])?\] ?(.*)$")
# A header anywhere in a text (kept only at the start of a line): without the leading ^ the
# search jumps from one "[" to the next instead of trying every position of the file.
_HEADERS = re.compile(_HEADER.pattern.removeprefix("^"), re.MULTILINE)
_TAG = re.compile(r"(?<!\S)([#@][-+*#/\w]+)")


def looks_like_jrnl_text(head: str) -> bool:
    """True when the text starts with a jrnl entry header."""
    return bool(_HEADER.match(head.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")))


def _clock(text: str, meridiem: str | None) -> time:
    if not meridiem:
        return parse_hh_mm(text)
    return datetime.strptime(f"{text} {meridiem.strip().upper()}", "%I:%M %p").time()


def _finish(text: str) -> tuple[str, bool]:
    text = text.strip()
    starred = False
    first_line, _, rest = text.partition("\n")
    if first_line.endswith(" *") or first_line == "*":
        starred = True
        text = (first_line[:-2] if first_line.endswith(" *") else "") + (
            "\n" + rest if rest else "")
    return text.strip(), starred


def read_jrnl_text(path: Path, *, tz: str = "UTC") -> ImportBatch:
    """Read a jrnl plain-text journal; times are wall-clock times in tz.

    The headers are found in the whole text at once and each entry is the slice between two
    of them (splitting into lines and joining them again was a third of the reading).
    """
    text = read_text(path).replace("\r\n", "\n")
    starts = [m for m in _HEADERS.finditer(text) if m.start() == 0 or text[m.start() - 1] == "\n"]
    if not starts:
        raise ImportFormatError(path, "line 1", _("no jrnl entry header like [2024-01-15 09:30] was "
                                                  "found"))
    if text[:starts[0].start()].strip():
        raise ImportFormatError(path, "line 1", _("text before the first [date time] header"))
    entries, places = [], []
    line, counted = 1, 0  # the line number of the header at offset counted
    for index, match in enumerate(starts):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        raw, starred = _finish(match.group(4) + text[match.end():end])
        title, body = split_first_sentence(raw)
        tags = [t.lower() for t in _TAG.findall(raw)] if ("#" in raw or "@" in raw) else []
        try:
            day = date.fromisoformat(match.group(1))
            moment = _clock(match.group(2), match.group(3))
            clock = f"{moment.hour:02d}:{moment.minute:02d}"
            entries.append(jrnl_entry(day, clock, title, body, tags, starred, tz, moment))
        except (ValueError, OverflowError) as error:
            raise ImportFormatError(path, _("line {number}").format(number=line),
                                    _("the date or time is invalid ({error})").format(error=error)) from error
        places.append(_("line {number}").format(number=line))
    return ImportBatch("jrnl-text", path, entries, places=places, mapping={
        "first sentence": _("title"), "rest": _("text"), "@tags and #tags": _("tags"),
        "trailing *": _("starred"), "[date time]": _("local time in {zone}").format(zone=tz)})
