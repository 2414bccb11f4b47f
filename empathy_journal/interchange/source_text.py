"""Small helpers the importers share: local times to UTC, stable source ids, tag clean-up."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from empathy_journal.domain.translation import _

_SPACES = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"([.?!]+)(\s+|$)|\n")


def zone_or_utc(name: str | None) -> str:
    """name when it is a known IANA zone, else "UTC"."""
    if not name:
        return "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


def local_to_utc(day: date, moment: time, tz: str) -> datetime:
    """A wall-clock date and time in zone tz as an aware UTC datetime."""
    return datetime.combine(day, moment, ZoneInfo(tz)).astimezone(UTC)


def source_id(*parts: str) -> str:
    """A stable id for a source entry that has none: a hash of what identifies it."""
    joined = "\x1f".join(single_spaced(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


def single_spaced(text: str) -> str:
    """``" ".join(text.split())``: every run of white space one space, none at the ends.

    ASCII text whose only white space is spaces and line breaks (most entries) is done with
    a few replaces instead of a list of every word (a fifth of reading a jrnl file).
    """
    if not text.isascii() or any(map(text.__contains__, _OTHER_ASCII_SPACE)):
        return " ".join(text.split())
    if "\n" in text:
        text = text.replace("\n", " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text.strip(" ")


_OTHER_ASCII_SPACE = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f"  # what str.split() also splits ASCII at


def parse_hh_mm(text: str) -> time:
    """A 24-hour ``HH:MM`` wall-clock time (ValueError when it is not one)."""
    hours, _colon, minutes = text.strip().partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValueError(_("unrecognised time {text!r}").format(text=text))
    return time(int(hours), int(minutes))


def clean_tag(tag: str) -> str:
    """A source tag as a journal tag: no leading # or @, lower case, spaces as hyphens."""
    return _SPACES.sub("-", tag.strip().lstrip("#@").strip()).lower()


def split_first_sentence(text: str) -> tuple[str, str]:
    """jrnl's title/body split: the first sentence (or first line) and the rest."""
    stripped = text.strip()
    match = _SENTENCE_END.search(stripped)
    if match is None:
        return stripped, ""
    end = match.end(1) if match.group(1) else match.start()
    return stripped[:end].strip(), stripped[match.end():].strip()
