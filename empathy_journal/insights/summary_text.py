"""The review's written summary: short, warm sentences built from the period's numbers."""

from __future__ import annotations

from empathy_journal.domain.analytics.summary import PeriodSummary
from empathy_journal.domain.translation import _
from empathy_journal.insights.labels import day_label, number, plural, signed


def _versus(change: float | None, previous_label: str) -> str:
    if change is None:
        return ""
    return _(" ({change} vs. {previous})").format(change=signed(change), previous=previous_label)


def summary_lines(summary: PeriodSummary, label: str, previous_label: str) -> list[str]:
    """Plain sentences for the top of the view and the reports (a kind note when empty)."""
    if summary.is_empty:
        return [_("Nothing written in {period} yet. A few lines on an evening are enough; "
                  "this page fills in as you write.").format(period=label)]
    lines = [_("{entries} on {days} in {period}.").format(
        entries=plural(summary.entries, 'entry', 'entries'),
        days=plural(summary.days_written, 'day'), period=label)]
    if summary.mood is not None:
        lines.append(_("Average mood {mood} of 10{versus}.").format(
            mood=number(summary.mood), versus=_versus(summary.mood_change, previous_label)))
    if summary.stress is not None:
        lines.append(_("Average stress {stress} of 10{versus}.").format(
            stress=number(summary.stress),
            versus=_versus(summary.stress_change, previous_label)))
    if summary.rated_days == 0:
        lines.append(_("No days were rated; rating mood and stress lets the charts show trends."))
    if summary.top_mine:
        lines.append(_("What I felt most: {words}.").format(words=", ".join(summary.top_mine)))
    if summary.top_theirs:
        lines.append(_("What I saw most in others: {words}.").format(
            words=", ".join(summary.top_theirs)))
    lines.extend(_highlights(summary))
    return lines


def _highlights(summary: PeriodSummary) -> list[str]:
    lines = []
    for title, note in ((_("Best day"), summary.best), (_("Hardest day"), summary.hardest)):
        if note is not None:
            headline = _(": “{headline}”").format(headline=note.headline) if note.headline else ""
            lines.append(_("{title}: {day}, mood {mood}{headline}").format(
                title=title, day=day_label(note.local_date), mood=number(note.mood),
                headline=headline))
    if summary.open_follow_ups:
        first = summary.open_follow_ups[0]
        due = _(", due {day}").format(day=day_label(first.due)) if first.due else ""
        who = _(" with {person}").format(person=first.person_name) if first.person_name else ""
        lines.append(_("{count}; next: {text}{who}{due}.").format(
            count=plural(len(summary.open_follow_ups), 'open follow-up'),
            text=first.text.rstrip('.!?; '), who=who, due=due))
    return lines
