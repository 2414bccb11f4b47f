"""Check-ins and coping sessions in words, for the reports (the same wording as the charts)."""

from __future__ import annotations

from collections.abc import Sequence

from empathy_journal.domain.analytics.records import CheckIn
from empathy_journal.domain.instruments import (
    EMPATHY,
    INSTRUMENTS,
    describe_score,
    part_means,
    self_reflection,
)
from empathy_journal.domain.translation import _
from empathy_journal.insights.labels import day_label, number


def check_in_score(check_in: CheckIn) -> str:
    """The score as shown, with the empathy self-check's two parts."""
    text = describe_score(check_in.instrument, check_in.score)
    if check_in.instrument == EMPATHY:
        parts = part_means(check_in.answers)
        text += _(" (perspective {perspective}, concern {concern})").format(
            perspective=number(parts['perspective']), concern=number(parts['concern']))
    return text


def check_in_rows(check_ins: Sequence[CheckIn]) -> list[list[str]]:
    """Day, check-in and score of each check-in, oldest first."""
    return [[day_label(c.local_date, year=True), INSTRUMENTS[c.instrument].name,
             check_in_score(c)] for c in check_ins]


def check_in_sentences(check_ins: Sequence[CheckIn]) -> list[str]:
    """One sentence per check-in of the period, for the first page of the PDF."""
    return [_("{check_in} on {day}: {score}.").format(check_in=name, day=day, score=score)
            for day, name, score in check_in_rows(check_ins)]


def sources_note(check_ins: Sequence[CheckIn]) -> str:
    """Where the questionnaires that were taken come from, and what they are not."""
    taken = [INSTRUMENTS[i] for i in INSTRUMENTS if any(c.instrument == i for c in check_ins)]
    notes = " ".join(f"{i.name}: {i.source} {i.bands_note}" for i in taken)
    return f"{self_reflection()} {notes}".strip()
