"""What helped: perspective-check accuracy over time and coping techniques' effect on stress."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from empathy_journal.domain.analytics.records import CopingUse, PerspectiveCheck

CHECK_SCORES = {"right": 1.0, "partly": 0.5, "wrong": 0.0}


@dataclass(frozen=True)
class Accuracy:
    """How often my guesses about others' feelings held up: right counts 1, partly ½, wrong 0."""

    label: str
    right: int
    partly: int
    wrong: int
    entry_uuids: tuple[str, ...]

    @property
    def checks(self) -> int:
        """How many guesses were checked."""
        return self.right + self.partly + self.wrong

    @property
    def score(self) -> float | None:
        """Share of the guesses that were right, partly right counting half (0–1)."""
        if not self.checks:
            return None
        return (self.right + 0.5 * self.partly) / self.checks


def _accuracy(label: str, checks: list[PerspectiveCheck]) -> Accuracy:
    results = [c.result for c in checks]
    return Accuracy(label, results.count("right"), results.count("partly"),
                    results.count("wrong"), tuple(c.entry_uuid for c in checks))


def accuracy_by_month(checks: Iterable[PerspectiveCheck]) -> list[tuple[date, Accuracy]]:
    """Accuracy per month of the conversations, oldest first (months without checks omitted)."""
    by_month: dict[date, list[PerspectiveCheck]] = defaultdict(list)
    for check in checks:
        if check.result in CHECK_SCORES:
            by_month[check.local_date.replace(day=1)].append(check)
    return [(m, _accuracy(m.strftime("%b %Y"), by_month[m])) for m in sorted(by_month)]


def accuracy_by_person(checks: Iterable[PerspectiveCheck]) -> list[Accuracy]:
    """Accuracy per person, most-checked first (ties by name)."""
    by_person: dict[str, list[PerspectiveCheck]] = defaultdict(list)
    for check in checks:
        if check.result in CHECK_SCORES:
            by_person[check.person].append(check)
    people = [_accuracy(name, found) for name, found in by_person.items()]
    people.sort(key=lambda a: (-a.checks, a.label))
    return people


@dataclass(frozen=True)
class CopingEffect:
    """One technique: times tried with both ratings, and mean stress before and after."""

    technique_id: str
    label: str
    uses: int
    before: float
    after: float
    days: tuple[date, ...]

    @property
    def change(self) -> float:
        """Mean stress after minus before (negative: it lowered stress)."""
        return self.after - self.before


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
        )
        for tid, found in grouped.items()
    ]
    effects.sort(key=lambda e: (e.change, e.label))
    return effects
