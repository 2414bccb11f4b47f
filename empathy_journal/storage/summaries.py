"""Light read models for lists, calendars and charts: what the views need, never whole entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from empathy_journal.domain.entry import EntryKind


@dataclass(frozen=True)
class EntrySummary:
    """One row of the entry list."""

    uuid: str
    local_date: date
    created_utc: datetime
    tz: str
    kind: EntryKind
    title: str
    preview: str
    mood: int | None
    stress: int | None
    starred: bool
    emotion_labels: tuple[str, ...] = ()
    person: str = ""  # a debrief's person, named in the list ("Talk with Sam")


@dataclass(frozen=True)
class DayRatings:
    """The mean ratings of one day's entries (None where no entry was rated) and how many entries."""

    day: date
    mood: float | None
    energy: float | None
    stress: float | None
    entries: int
