"""Reading stored values without trusting them: what another program or damage left is checked."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, TypeVar

from empathy_journal.domain.entry import INTENSITY_RANGE, RATING_RANGES, EntryKind, parse_utc

log = logging.getLogger("empathy_journal.storage")
T = TypeVar("T")
UNREADABLE = (ValueError, TypeError, KeyError, AttributeError, OverflowError)


def stored_day(value: object) -> date:
    """A stored ``YYYY-MM-DD`` date; ValueError for anything else."""
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError(f"not a date: {value!r}")
    return date.fromisoformat(value)


def stored_day_or_none(value: object) -> date | None:
    """A stored date, or None when it is missing or cannot be read."""
    try:
        return stored_day(value)
    except ValueError:
        return None


def stored_moment(value: object, *, required: bool = True) -> datetime | None:
    """A stored UTC time; ValueError when it cannot be read (or is missing and required)."""
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise ValueError(f"not a time: {value!r}")
    year, dash, rest = value.partition("-")
    if dash and year.isdigit() and len(year) < 4:  # old versions wrote year 202 as "202"
        value = f"{int(year):04d}-{rest}"
    moment = parse_utc(value)
    if moment is None:
        raise ValueError(f"not a time: {value!r}")
    return moment


def stored_rating(value: object, name: str) -> int | None:
    """A stored mood, energy or stress: a whole number in range, or None; ValueError else."""
    if value is None:
        return None
    low, high = RATING_RANGES[name]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{name} is not {low}–{high}: {value!r}")
    return value


def stored_intensity(value: object) -> int | None:
    """A stored emotion intensity: 1–5, or None when not rated; ValueError for anything else."""
    if value is None:
        return None
    low, high = INTENSITY_RANGE
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"intensity is not {low}–{high}: {value!r}")
    return value


def rating_or_none(value: object, name: str) -> int | None:
    """A stored rating, or None when it cannot be read (for counts and charts)."""
    try:
        return stored_rating(value, name)
    except ValueError:
        return None


def stored_kind(value: object) -> EntryKind:
    """A stored entry kind; ValueError for anything else."""
    return EntryKind(value)


def stored_int(value: object, name: str) -> int:
    """A stored whole number (a revision, a flag); ValueError for anything else."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} is not a whole number: {value!r}")
    return value


def stored_text(value: object, name: str) -> str:
    """A stored text column; ValueError for anything else (NULL included)."""
    if not isinstance(value, str):
        raise ValueError(f"{name} is not text: {value!r}")
    return value


def readable(rows: Iterable[Any], read: Callable[[Any], T], what: str) -> list[T]:
    """read(row) for every row that can be read; the others are skipped with one log line."""
    result, skipped = [], 0
    for row in rows:
        try:
            result.append(read(row))
        except UNREADABLE:
            skipped += 1
    if skipped:
        log.warning("%d %s could not be read and were left out (they are kept as stored)",
                    skipped, what)
    return result
