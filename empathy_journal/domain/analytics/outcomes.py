"""What helped: perspective-check accuracy over time and coping techniques' effect on stress."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from statistics import median

from empathy_journal.domain.analytics.records import CheckedGuess, CopingUse
from empathy_journal.domain.perspective import Accuracy, accuracy


@dataclass(frozen=True)
class AccuracyGroup:
    """How well a group of guesses held up (scored as in domain.perspective) and their entries."""

    label: str
    accuracy: Accuracy
    entry_uuids: tuple[str, ...]


def _group(label: str, guesses: list[CheckedGuess]) -> AccuracyGroup:
    return AccuracyGroup(label, accuracy(g.check for g in guesses),
                         tuple(g.entry_uuid for g in guesses))


def accuracy_by_month(guesses: Iterable[CheckedGuess]) -> list[tuple[date, AccuracyGroup]]:
    """Accuracy per month the guesses were checked in, oldest first (months without omitted)."""
    by_month: dict[date, list[CheckedGuess]] = defaultdict(list)
    for guess in guesses:
        by_month[guess.check.checked_on.replace(day=1)].append(guess)
    return [(m, _group(m.strftime("%b %Y"), by_month[m])) for m in sorted(by_month)]


def accuracy_by_person(guesses: Iterable[CheckedGuess]) -> list[AccuracyGroup]:
    """Accuracy per person, most-checked first (ties by name)."""
    by_person: dict[str, list[CheckedGuess]] = defaultdict(list)
    for guess in guesses:
        by_person[guess.person].append(guess)
    people = [_group(name, found) for name, found in by_person.items()]
    people.sort(key=lambda g: (-g.accuracy.total, g.label))
    return people


MIN_SESSIONS = 3  # fewer sessions of a technique: "too few sessions yet", no median claimed


@dataclass(frozen=True)
class CopingEffect:
    """One technique: times tried with both ratings, mean stress before and after, and each
    session's drop in stress (before − after; negative when stress rose)."""

    technique_id: str
    label: str
    uses: int
    before: float
    after: float
    days: tuple[date, ...]
    drops: tuple[int, ...] = ()

    @property
    def change(self) -> float:
        """Mean stress after minus before (negative: it lowered stress)."""
        return self.after - self.before

    @property
    def enough(self) -> bool:
        """Whether there are sessions enough (MIN_SESSIONS) to speak of a typical drop."""
        return self.uses >= MIN_SESSIONS

    @property
    def median_drop(self) -> float | None:
        """The median drop in stress over the sessions (None under MIN_SESSIONS)."""
        return median(self.drops) if self.enough else None

    @property
    def spread(self) -> tuple[int, int] | None:
        """The smallest and largest drop (None under MIN_SESSIONS)."""
        return (min(self.drops), max(self.drops)) if self.enough else None


def coping_effects(uses: Iterable[CopingUse]) -> list[CopingEffect]:
    """Per technique, from records with stress before and after; biggest drop first."""
    grouped: dict[str, list[CopingUse]] = defaultdict(list)
    for use in uses:
        if use.stress_before is not None and use.stress_after is not None:
            grouped[use.technique_id].append(use)
    effects = [
        CopingEffect(
            technique_id=tid, label=found[0].label, uses=len(found),
            before=sum(u.stress_before or 0 for u in found) / len(found),
            after=sum(u.stress_after or 0 for u in found) / len(found),
            days=tuple(sorted({u.local_date for u in found})),
            drops=tuple((u.stress_before or 0) - (u.stress_after or 0) for u in found),
        )
        for tid, found in grouped.items()
    ]
    effects.sort(key=lambda e: (e.change, e.label))
    return effects
