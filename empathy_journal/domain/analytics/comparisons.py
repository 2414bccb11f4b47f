"""Days with a practice, tag or value vs. days without: mean mood and stress on each side."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from empathy_journal.domain.analytics.records import DayMarker, RatedDay
from empathy_journal.domain.analytics.series import mean

MIN_DAYS_EACH_SIDE = 3


@dataclass(frozen=True)
class SideBySide:
    """One rating's mean on days with and days without something, and the days on each side."""

    with_mean: float | None
    with_days: int
    without_mean: float | None
    without_days: int
    min_days: int = MIN_DAYS_EACH_SIDE

    @property
    def enough(self) -> bool:
        """True when both sides have enough rated days to be worth comparing."""
        return self.with_days >= self.min_days and self.without_days >= self.min_days

    @property
    def difference(self) -> float | None:
        """With minus without, only when there are enough days on both sides."""
        if not self.enough or self.with_mean is None or self.without_mean is None:
            return None
        return self.with_mean - self.without_mean


@dataclass(frozen=True)
class MarkerComparison:
    """Mood and stress on days with one marker (practice, tag or value) vs. days without."""

    kind: str
    key: str
    label: str
    mood: SideBySide
    stress: SideBySide
    days: tuple[date, ...]


def _side_by_side(values: dict[date, float], marked: set[date], min_days: int) -> SideBySide:
    with_values = [v for d, v in values.items() if d in marked]
    without_values = [v for d, v in values.items() if d not in marked]
    return SideBySide(mean(with_values), len(with_values), mean(without_values),
                      len(without_values), min_days)


def compare_markers(rated: Iterable[RatedDay], markers: Iterable[DayMarker],
                    min_days: int = MIN_DAYS_EACH_SIDE) -> list[MarkerComparison]:
    """One comparison per marker key, most-marked days first (ties by label).

    Only rated days count; a day is "with" when any entry that day carries the marker.
    """
    rated_days = list(rated)
    moods = {r.day: r.mood for r in rated_days if r.mood is not None}
    stresses = {r.day: r.stress for r in rated_days if r.stress is not None}
    marked: dict[tuple[str, str], set[date]] = defaultdict(set)
    labels: dict[tuple[str, str], str] = {}
    for marker in markers:
        marked[(marker.kind, marker.key)].add(marker.local_date)
        labels.setdefault((marker.kind, marker.key), marker.label)
    comparisons = [
        MarkerComparison(kind, key, labels[(kind, key)],
                         _side_by_side(moods, days, min_days),
                         _side_by_side(stresses, days, min_days), tuple(sorted(days)))
        for (kind, key), days in marked.items()
    ]
    comparisons.sort(key=lambda c: (-len(c.days), c.label))
    return comparisons
