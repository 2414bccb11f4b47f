"""The review's written summary: short, warm sentences built from the period's numbers."""

from __future__ import annotations

from empathy_journal.domain.analytics.period import Period
from empathy_journal.domain.analytics.summary import PeriodSummary
from empathy_journal.domain.translation import _, pgettext
from empathy_journal.insights.labels import day_label, number, plural, signed


def _versus(change: float | None, previous_label: str) -> str:
    if change is None:
        return ""
    return _(" ({change} vs. {previous})").format(change=signed(change), previous=previous_label)


def summary_lines(summary: PeriodSummary, period: Period | str,
                  previous_label: str | None = None) -> list[str]:
    """Plain sentences for the top of the view and the reports (a kind note when empty).

    period is the Period (its label for callers that have only that: a label of digits alone
    is read as a year); previous_label defaults to the period before it.
    """
    label = period.label if isinstance(period, Period) else period
    if previous_label is None:
        previous_label = period.previous().label if isinstance(period, Period) else ""
    if summary.is_empty:
        # Translators: {period} alone, a month, quarter or year (German "Für 2024 ist …").
        return [_("Nothing written in {period} yet. A few lines on an evening are enough; "
                  "this page fills in as you write.").format(period=label)]
    # Translators: {during} is "in March 2024", "in Q1 2024" or "in 2024", translated apart.
    lines = [_("{entries} on {days} {during}.").format(
        entries=plural(summary.entries, 'entry', 'entries'),
        days=plural(summary.days_written, 'day', context="on days"), during=_during(period))]
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


def _during(period: Period | str) -> str:
    if isinstance(period, Period):
        return period.during
    if period.isdigit():
        return pgettext("during a year", "in {year}").format(year=period)
    return pgettext("during a month", "in {month}").format(month=period)


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
