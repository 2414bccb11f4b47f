"""Rules for values that come from outside the app: types, ranges, lengths and well-formed ids."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from empathy_journal.domain.entry import parse_utc
from empathy_journal.domain.translation import _

MIN_YEAR, MAX_YEAR = 1900, 2200
OLDEST_YEAR = 1000  # how far back a file may go when every one of its dates is before MIN_YEAR
MAX_TEXT = 1_000_000  # characters in one long text: an entry's body, a note, a debrief field
MAX_LINE = 10_000  # characters in a title, a prompt, a name
MAX_WORD = 200  # characters in a tag, a label, an id
MAX_ITEMS = 1_000  # tags, emotions, people… on one record
MAX_INT = 2**53  # larger whole numbers lose precision in other JSON readers

_IDENTIFIER = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

Rule = Callable[[Any], None]  # raises ValueError with the reason in plain words


class InvalidValue(ValueError):
    """One field of a record breaks its rule; ``field`` names it and ``reason`` says why."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


@dataclass(frozen=True)
class YearRange:
    """The years a file's dates may fall in (MIN_YEAR–MAX_YEAR unless the file is older)."""

    low: int = MIN_YEAR
    high: int = MAX_YEAR

    def check(self, day: date) -> None:
        """ValueError unless day falls in the range."""
        if not self.low <= day.year <= self.high:
            raise ValueError(_("{day} is outside the years {low}–{high}").format(
                day=day.isoformat(), low=self.low, high=self.high))


def year_range_for(days: Iterable[date]) -> YearRange:
    """MIN_YEAR–MAX_YEAR, or OLDEST_YEAR–MAX_YEAR when every day given is before MIN_YEAR: a
    whole file of old dates is history, one old date among recent ones is a typo."""
    found = list(days)
    if found and all(d.year < MIN_YEAR for d in found):
        return YearRange(OLDEST_YEAR, MAX_YEAR)
    return YearRange()


def describe(value: Any) -> str:
    """A short, safe rendering of an unexpected value for a one-line message."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "…"
        return repr(shown)
    if isinstance(value, int) and abs(value) > 10**12:
        return _("a very large number")
    if isinstance(value, int | float):
        return repr(value)
    return {"list": _("a list"), "dict": _("an object")}.get(type(value).__name__, _("a value"))


def text(max_len: int = MAX_LINE, *, blank: bool = True) -> Rule:
    """Text of at most max_len characters (not blank unless allowed)."""
    def rule(value: Any) -> None:
        if not isinstance(value, str):
            raise ValueError(_("expected text, got {value}").format(value=describe(value)))
        if len(value) > max_len:
            raise ValueError(_("the text is {length} characters long, more than the {most} "
                               "allowed").format(length=f"{len(value):,}", most=f"{max_len:,}"))
        if not blank and not value.strip():
            raise ValueError(_("it is empty"))
    return rule


def word(max_len: int = MAX_WORD) -> Rule:
    """A short name or id: text without line breaks or control characters, not blank."""
    base = text(max_len, blank=False)

    def rule(value: Any) -> None:
        base(value)
        if _CONTROL.search(value):
            raise ValueError(_("{value} contains a line break or control character").format(
                value=describe(value)))
    return rule


def identifier(value: Any) -> None:
    """A uuid or similar id: letters, digits, '-' and '_', at most 64, starting with a letter
    or digit (safe in a link, a file name and a message)."""
    if not isinstance(value, str) or not _IDENTIFIER.fullmatch(value):
        raise ValueError(_("{value} is not a well-formed id").format(value=describe(value)))


def integer(low: int, high: int) -> Rule:
    """A whole number from low to high (true, false and 5.5 are not)."""
    def rule(value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError(_("{value} is not a whole number from {low} to {high}").format(
                value=describe(value), low=low, high=high))
    return rule


def number(low: float, high: float) -> Rule:
    """A finite number from low to high."""
    def rule(value: Any) -> None:
        if (isinstance(value, bool) or not isinstance(value, int | float)
                or not math.isfinite(value) or not low <= value <= high):
            raise ValueError(_("{value} is not a number from {low} to {high}").format(
                value=describe(value), low=f"{low:g}", high=f"{high:g}"))
    return rule


def flag(value: Any) -> None:
    """true or false (0 and 1 are accepted too)."""
    if not isinstance(value, bool) and value not in (0, 1):
        raise ValueError(_("expected true or false, got {value}").format(value=describe(value)))


def choice(*allowed: str) -> Rule:
    """One of the allowed words."""
    def rule(value: Any) -> None:
        if value not in allowed:
            raise ValueError(_("{value} is not one of {allowed}").format(
                value=describe(value), allowed=', '.join(allowed)))
    return rule


def day(years: YearRange) -> Rule:
    """A YYYY-MM-DD date within years."""
    def rule(value: Any) -> None:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError(_("{value} is not a date like 2024-01-31").format(value=describe(value)))
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            raise ValueError(_("{value} is not a date like 2024-01-31").format(
                value=describe(value))) from None
        years.check(parsed)
    return rule


def moment(years: YearRange) -> Rule:
    """An ISO 8601 UTC time like 2024-01-31T20:15:00Z within years."""
    def rule(value: Any) -> None:
        parsed = utc_or_none(value)
        if parsed is None:
            raise ValueError(_("{value} is not a time like 2024-01-31T20:15:00Z").format(
                value=describe(value)))
        years.check(parsed.date())
    return rule


def zone(value: Any) -> None:
    """An IANA time zone name this computer knows (Europe/Berlin, UTC)."""
    try:
        if not isinstance(value, str) or not value or len(value) > 100:
            raise ValueError
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(_("{value} is not a known time zone").format(value=describe(value))) from None


def list_of(item: Rule, max_items: int = MAX_ITEMS) -> Rule:
    """A list of at most max_items values, each following item."""
    def rule(value: Any) -> None:
        if not isinstance(value, list):
            raise ValueError(_("expected a list, got {value}").format(value=describe(value)))
        if len(value) > max_items:
            raise ValueError(_("the list has {count} items, more than the {most} allowed").format(
                count=f"{len(value):,}", most=f"{max_items:,}"))
        for number_, element in enumerate(value, start=1):
            try:
                item(element)
            except ValueError as error:
                raise ValueError(_("item {number}: {reason}").format(number=number_, reason=error)) from None
    return rule


@dataclass(frozen=True)
class Field:
    """One field of a schema: its rule, whether it must be there, whether null is allowed, and
    (``drop``) what it means when an invalid value is left out instead of refusing the file."""

    rule: Rule
    required: bool = False
    nullable: bool = False
    drop: str = ""


Schema = dict[str, Field]


@dataclass
class RecordCheck:
    """What checking one record found: keys the schema does not know, and values left out."""

    unknown: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


def check_record(record: Any, schema: Schema) -> RecordCheck:
    """Check record against schema; InvalidValue names the first field that breaks its rule.

    An invalid value of a field with ``drop`` is set to None in record and reported instead.
    """
    if not isinstance(record, dict):
        raise InvalidValue("record", _("expected an object, got {value}").format(value=describe(record)))
    found = RecordCheck(unknown=[k for k in record if k not in schema])
    for name, spec in schema.items():
        if name not in record:
            if spec.required:
                raise InvalidValue(name, _("it is missing"))
            continue
        value = record[name]
        if value is None and (spec.nullable or (spec.drop and not spec.required)):
            continue
        try:
            if value is None:
                raise ValueError(_("it is null"))
            spec.rule(value)
        except ValueError as error:
            if not spec.drop:
                raise InvalidValue(name, str(error)) from None
            record[name] = None
            found.dropped.append(f"{name}: {error}; {_(spec.drop)}")
    return found


# -- reading stored values: never trust what is there ------------------------------------------


def stored_day(value: Any) -> date | None:
    """A stored YYYY-MM-DD date, or None when it is missing or unreadable."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def utc_or_none(value: Any) -> datetime | None:
    """A stored or imported time with its zone (``…Z``) as UTC, or None when it is missing,
    unreadable or has no zone."""
    if not isinstance(value, str) or not value or len(value) > 40:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return parse_utc(value) if parsed.tzinfo is not None else None
    except (ValueError, OverflowError):
        return None
