"""The numbers atop a review: averages vs. the previous period, top words, best and hardest day."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from empathy_journal.domain.analytics.emotion_stats import EmotionCount
from empathy_journal.domain.analytics.records import DayNote, RatedDay
from empathy_journal.domain.analytics.series import mean
from empathy_journal.domain.conversation import FollowUp


@dataclass(frozen=True)
class PeriodSummary:
    """What a period looked like, in a handful of numbers and highlights."""

    entries: int
    days_written: int
    rated_days: int
    mood: float | None
    stress: float | None
    previous_mood: float | None
    previous_stress: float | None
    top_mine: tuple[str, ...]
    top_theirs: tuple[str, ...]
    best: DayNote | None
    hardest: DayNote | None
    open_follow_ups: tuple[FollowUp, ...]

    @property
    def is_empty(self) -> bool:
        """True when nothing was written in the period."""
        return self.entries == 0

    @property
    def mood_change(self) -> float | None:
        """Mean mood minus the previous period's (None when either is missing)."""
        return _change(self.mood, self.previous_mood)

    @property
    def stress_change(self) -> float | None:
        """Mean stress minus the previous period's (None when either is missing)."""
        return _change(self.stress, self.previous_stress)


def _change(now: float | None, before: float | None) -> float | None:
    return None if now is None or before is None else now - before


def best_and_hardest(notes: Iterable[DayNote]) -> tuple[DayNote | None, DayNote | None]:
    """The highest- and lowest-mood entries (ties: lower/higher stress, then earlier).

    The hardest is None when it would fall on the best day itself (a single rated day, or two
    entries of one day) or is rated no lower than the best: then there is no hardest day.
    """
    rated = [n for n in notes if n.mood is not None]
    if not rated:
        return None, None
    order = sorted(rated, key=lambda n: (n.local_date, n.uuid))
    best = min(order, key=lambda n: (-(n.mood or 0), n.stress if n.stress is not None else 11))
    hardest = min(order, key=lambda n: (n.mood or 0, -(n.stress if n.stress is not None else -1)))
    if hardest.local_date == best.local_date or (hardest.mood or 0) >= (best.mood or 0):
        return best, None
    return best, hardest


def summarize(rated: Sequence[RatedDay], previous: Sequence[RatedDay], notes: Sequence[DayNote],
              counts: Sequence[EmotionCount], follow_ups: Sequence[FollowUp],
              top: int = 3) -> PeriodSummary:
    """The period's summary from its rated days, the previous period's, entries and word counts."""
    best, hardest = best_and_hardest(notes)
    return PeriodSummary(
        entries=len(notes),
        days_written=len({n.local_date for n in notes}),
        rated_days=sum(1 for r in rated if r.mood is not None or r.stress is not None),
        mood=mean(r.mood for r in rated),
        stress=mean(r.stress for r in rated),
        previous_mood=mean(r.mood for r in previous),
        previous_stress=mean(r.stress for r in previous),
        top_mine=tuple(c.label for c in sorted(counts, key=lambda c: (-c.mine, c.label))
                       if c.mine)[:top],
        top_theirs=tuple(c.label for c in sorted(counts, key=lambda c: (-c.theirs, c.label))
                         if c.theirs)[:top],
        best=best,
        hardest=hardest,
        open_follow_ups=tuple(follow_ups),
    )
