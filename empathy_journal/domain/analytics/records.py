"""Plain records the analytics read: one row of what was written, rated, felt or done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from empathy_journal.domain.perspective import PerspectiveCheck


class RatedDay(Protocol):
    """The mean ratings of one day (storage's DayRatings has this shape)."""

    @property
    def day(self) -> date: ...
    @property
    def mood(self) -> float | None: ...
    @property
    def energy(self) -> float | None: ...
    @property
    def stress(self) -> float | None: ...


@dataclass(frozen=True)
class DayMeans:
    """A rated day built by hand (tests, other sources): mean mood, energy and stress."""

    day: date
    mood: float | None = None
    energy: float | None = None
    stress: float | None = None
    entries: int = 1


@dataclass(frozen=True)
class EntryMoment:
    """When an entry was written (instant and zone) and how it was rated."""

    uuid: str
    local_date: date
    created_utc: datetime
    tz: str
    mood: int | None = None
    energy: int | None = None
    stress: int | None = None

    @property
    def local_hour(self) -> int:
        """The hour on the writer's wall clock, daylight-saving time included (UTC if unknown)."""
        try:
            zone = ZoneInfo(self.tz)
        except (ZoneInfoNotFoundError, ValueError):
            zone = ZoneInfo("UTC")
        return self.created_utc.astimezone(zone).hour


@dataclass(frozen=True)
class EmotionUse:
    """One emotion word tagged on one entry, with where the word sits on the plane."""

    entry_uuid: str
    local_date: date
    emotion_id: str
    label: str
    subject: str
    intensity: int | None  # None: not rated
    pleasantness: float
    energy: float
    vague: bool = False


@dataclass(frozen=True)
class DayMarker:
    """Something true of a day: a practice done, a tag used, a value acted on or against."""

    local_date: date
    kind: str
    key: str
    label: str


@dataclass(frozen=True)
class CheckedGuess:
    """A checked guess about someone's feelings, with the entry and person it belongs to."""

    check: PerspectiveCheck
    entry_uuid: str
    person: str


@dataclass(frozen=True)
class CopingUse:
    """One coping technique tried, with stress (0–10) before and after."""

    technique_id: str
    label: str
    local_date: date
    stress_before: int | None
    stress_after: int | None
    trigger: str = ""
    entry_uuid: str | None = None


@dataclass(frozen=True)
class DayNote:
    """An entry's headline for summaries: its first line and ratings."""

    uuid: str
    local_date: date
    headline: str
    mood: int | None
    stress: int | None



@dataclass(frozen=True)
class CheckIn:
    """One check-in as stored: every item answer as given and the raw score (see instruments)."""

    uuid: str
    instrument: str
    taken_utc: datetime
    local_date: date
    answers: tuple[int, ...]
    score: int
