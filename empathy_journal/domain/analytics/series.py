"""Day-by-day series: every day of a range with its ratings, rolling means and a year calendar."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from empathy_journal.domain.analytics.records import RatedDay

ROLLING_DAYS = 7


@dataclass(frozen=True)
class DayPoint:
    """One calendar day: the day's mean ratings (None when not rated) and 7-day rolling means."""

    day: date
    mood: float | None
    energy: float | None
    stress: float | None
    mood_rolling: float | None
    stress_rolling: float | None


def mean(values: Iterable[float | None]) -> float | None:
    """The mean of the values that are not None, or None when there are none."""
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def rolling_mean(values: Sequence[float | None], window: int = ROLLING_DAYS) -> list[float | None]:
    """Trailing mean over the last window values (this one included), skipping unrated days."""
    return [mean(values[max(0, i - window + 1): i + 1]) for i in range(len(values))]


def daily_series(rated: Iterable[RatedDay], first: date, last: date,
                 until: date | None = None) -> list[DayPoint]:
    """Every day first..last with its ratings; rolling means also use rated days before first.

    Pass ratings from ``first - 6 days`` on, so the first week's rolling mean is not cut short.
    Days after ``until`` (today, for a period still running) get no rolling mean: a line drawn
    into days still to come would look like data.
    """
    by_day = {r.day: r for r in rated}
    lead = first - timedelta(days=ROLLING_DAYS - 1)
    span = [lead + timedelta(days=i) for i in range((last - lead).days + 1)]
    moods = [_value(by_day.get(d), "mood") for d in span]
    stresses = [_value(by_day.get(d), "stress") for d in span]
    mood_rolling, stress_rolling = rolling_mean(moods), rolling_mean(stresses)
    skip = ROLLING_DAYS - 1
    future = (lambda d: d > until) if until is not None else (lambda d: False)
    return [
        DayPoint(d, moods[i], _value(by_day.get(d), "energy"), stresses[i],
                 None if future(d) else mood_rolling[i],
                 None if future(d) else stress_rolling[i])
        for i, d in enumerate(span) if i >= skip
    ]


def _value(day: RatedDay | None, name: str) -> float | None:
    return None if day is None else getattr(day, name)


@dataclass(frozen=True)
class YearCalendar:
    """A year laid out as weeks (columns, Monday-first) × weekdays (rows) of mean mood."""

    year: int
    weeks: int
    cells: dict[tuple[int, int], date]
    mood: dict[date, float]

    def day_at(self, week: int, weekday: int) -> date | None:
        """The day in that column and row, or None outside the year."""
        return self.cells.get((week, weekday))


def year_calendar(rated: Iterable[RatedDay], year: int) -> YearCalendar:
    """Place every day of year in a week column; week 0 holds 1 January."""
    first = date(year, 1, 1)
    offset = first.weekday()
    cells: dict[tuple[int, int], date] = {}
    day = first
    while day.year == year:
        index = (day - first).days + offset
        cells[(index // 7, index % 7)] = day
        day += timedelta(days=1)
    weeks = max(week for week, _ in cells) + 1
    mood = {r.day: r.mood for r in rated if r.day.year == year and r.mood is not None}
    return YearCalendar(year, weeks, cells, mood)


WEEKLY_FROM_DAYS = 100  # a longer range (a year) is drawn week by week, not as 365 dots


@dataclass(frozen=True)
class WeekPoint:
    """One Monday-to-Sunday week (clipped to the range): its mean ratings and the rated days."""

    first: date
    last: date
    mood: float | None
    stress: float | None
    rated_days: tuple[date, ...]

    @property
    def middle(self) -> date:
        """The day a chart places the week at (the middle of the days it covers)."""
        return self.first + timedelta(days=(self.last - self.first).days // 2)


def weekly_series(series: Sequence[DayPoint]) -> list[WeekPoint]:
    """The days grouped into weeks starting on Monday, each with the mean of its rated days."""
    weeks: dict[date, list[DayPoint]] = {}
    for point in series:
        weeks.setdefault(point.day - timedelta(days=point.day.weekday()), []).append(point)
    return [
        WeekPoint(days[0].day, days[-1].day, mean(p.mood for p in days),
                  mean(p.stress for p in days),
                  tuple(p.day for p in days if p.mood is not None or p.stress is not None))
        for _, days in sorted(weeks.items())
    ]
