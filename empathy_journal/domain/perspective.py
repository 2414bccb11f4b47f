"""Checking the guess: how often the user's reading of someone's feelings turned out right.

Accuracy is defined as the mean score of the checks, where a guess that was **right** scores 1,
**partly** right 0.5 and **wrong** 0. With no checks there is no accuracy (None), never 0.
The per-month series groups checks by the month they were *checked* in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from empathy_journal.domain.conversation import PerspectiveResult
from empathy_journal.domain.translation import N_, ShownWords

SCORES: dict[PerspectiveResult, float] = {
    PerspectiveResult.RIGHT: 1.0,
    PerspectiveResult.PARTLY: 0.5,
    PerspectiveResult.WRONG: 0.0,
}

RESULT_LABELS: Mapping[str, str] = ShownWords({
    PerspectiveResult.RIGHT: N_("Right"),
    PerspectiveResult.PARTLY: N_("Partly right"),
    PerspectiveResult.WRONG: N_("Wrong"),
})  # shown in the language in use; the results are stored as their English values


@dataclass(frozen=True)
class PerspectiveCheck:
    """One recorded check of a debrief's guess, with the day it was checked."""

    result: PerspectiveResult
    checked_on: date
    person_id: int | None = None
    entry_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Accuracy:
    """Counts of each result and the mean score (None when nothing was checked)."""

    right: int = 0
    partly: int = 0
    wrong: int = 0

    @property
    def total(self) -> int:
        """How many checks were counted."""
        return self.right + self.partly + self.wrong

    @property
    def score(self) -> float | None:
        """Mean score in 0…1: right 1, partly 0.5, wrong 0."""
        if self.total == 0:
            return None
        return (self.right * SCORES[PerspectiveResult.RIGHT]
                + self.partly * SCORES[PerspectiveResult.PARTLY]) / self.total

    @property
    def percent(self) -> int | None:
        """The score as a whole percentage (half rounds up), for labels."""
        return None if self.score is None else int(self.score * 100 + 0.5)


@dataclass(frozen=True)
class MonthAccuracy:
    """Accuracy of the checks made in one calendar month (``month`` is its first day)."""

    month: date
    accuracy: Accuracy


def accuracy(checks: Iterable[PerspectiveCheck]) -> Accuracy:
    """Accuracy over all the given checks."""
    counts = {result: 0 for result in PerspectiveResult}
    for check in checks:
        counts[check.result] += 1
    return Accuracy(counts[PerspectiveResult.RIGHT], counts[PerspectiveResult.PARTLY],
                    counts[PerspectiveResult.WRONG])


def accuracy_by_person(checks: Iterable[PerspectiveCheck]) -> dict[int | None, Accuracy]:
    """Accuracy per person id (None collects debriefs with nobody chosen)."""
    grouped: dict[int | None, list[PerspectiveCheck]] = defaultdict(list)
    for check in checks:
        grouped[check.person_id].append(check)
    return {person: accuracy(items) for person, items in grouped.items()}


def monthly_accuracy(checks: Iterable[PerspectiveCheck]) -> list[MonthAccuracy]:
    """Accuracy per month of checking, oldest first; months without checks are left out."""
    grouped: dict[date, list[PerspectiveCheck]] = defaultdict(list)
    for check in checks:
        grouped[check.checked_on.replace(day=1)].append(check)
    return [MonthAccuracy(month, accuracy(grouped[month])) for month in sorted(grouped)]


def running_accuracy(checks: Iterable[PerspectiveCheck]) -> list[tuple[date, float]]:
    """Cumulative score after each check, in order of checking: how the reading improves."""
    ordered = sorted(checks, key=lambda c: c.checked_on)
    points: list[tuple[date, float]] = []
    total = 0.0
    for index, check in enumerate(ordered, start=1):
        total += SCORES[check.result]
        points.append((check.checked_on, total / index))
    return points
