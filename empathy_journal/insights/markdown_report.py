"""The review as Markdown: the same numbers as the charts, as tables anyone can read or paste."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from empathy_journal.domain.analytics.patterns import Bucket
from empathy_journal.domain.translation import _, long_date, month_short
from empathy_journal.insights.check_in_text import check_in_rows, sources_note
from empathy_journal.insights.labels import day_label, number, percent, signed
from empathy_journal.insights.outcome_charts import coping_note
from empathy_journal.insights.review import PeriodReview
from empathy_journal.insights.summary_text import summary_lines

TOP_WORDS = 10


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return [*lines, ""]


def _section(title: str, body: list[str], empty: str) -> list[str]:
    return [f"## {title}", "", *(body or [empty, ""])]


def _ratings(review: PeriodReview) -> list[str]:
    s, previous = review.summary, review.period.previous().label
    table = _table(["", review.period.label, previous, _("Change")], [
        [_("Average mood (1–10)"), number(s.mood), number(s.previous_mood),
         signed(s.mood_change)],
        [_("Average stress (0–10)"), number(s.stress), number(s.previous_stress),
         signed(s.stress_change)],
    ])
    return [*table, _("Days rated: {days}. Entries: {entries}.").format(
        days=s.rated_days, entries=s.entries), ""]


def _buckets(buckets: Sequence[Bucket], first: str) -> list[str]:
    rows = [[b.label, number(b.mood), number(b.stress), len(b.entry_uuids)]
            for b in buckets if b.entry_uuids]
    return _table([first, _("Mood"), _("Stress"), _("Entries")], rows) if rows else []


def _markers(review: PeriodReview) -> list[str]:
    rows = []
    for c in review.markers:
        m = c.mood
        difference = signed(m.difference) if m.enough else _("not enough days yet")
        rows.append([c.label, number(m.with_mean), m.with_days, number(m.without_mean),
                     m.without_days, difference])
    header = ["", _("Mood with"), _("Days"), _("Mood without"), _("Days"), _("Difference")]
    return _table(header, rows) if rows else []


def _check_ins(review: PeriodReview) -> list[str]:
    found = review.period_check_ins
    if not found:
        return []
    return [*_table([_("Day"), _("Check-in"), _("Score")], check_in_rows(found)),
            f"_{sources_note(found)}_", ""]


def _outcomes(review: PeriodReview) -> list[str]:
    coping = _table([_("Technique"), _("Sessions"), _("Stress before"), _("Stress after"),
                     _("Change"), _("Typical drop")], [
        [e.label, e.uses, number(e.before), number(e.after), signed(e.change), coping_note(e)]
        for e in review.coping]) if review.coping else []
    guesses = [[g.label or _("(no name)"), g.accuracy.total, g.accuracy.right, g.accuracy.partly,
                g.accuracy.wrong, f"{g.accuracy.percent}%"] for g in review.accuracy_people]
    people = _table([_("Person"), _("Checked"), _("Right"), _("Partly"), _("Wrong"),
                     _("Held up")], guesses) if guesses else []
    return (_section(_("Coping: stress before and after"), coping, _("No coping records yet."))
            + _section(_("Guesses about others' feelings"), people,
                       _("No guesses checked yet.")))


def _vocabulary(review: PeriodReview) -> list[str]:
    rows = [[f"{month_short(g.month.month)} {g.month.year}", g.distinct_words, g.uses,
             percent(g.vague_share), _("{used} of 4").format(used=g.quadrants_used)]
            for g in review.granularity]
    return _table([_("Month"), _("Different words"), _("Times named"), _("Vague"),
                   _("Quadrants")], rows) if rows else []


def markdown_report(review: PeriodReview, written_on: date) -> str:
    """The whole review as a Markdown document."""
    words = [[c.label, c.mine, c.theirs] for c in review.emotions[:TOP_WORDS]]
    follow_ups = [f"- {f.text}" + (f" ({f.person_name})" if f.person_name else "")
                  + (_(", due {day}").format(day=day_label(f.due, year=True)) if f.due else "")
                  for f in review.summary.open_follow_ups]
    lines = [_("# Empathy Journal: {period}").format(period=review.period.label), ""]
    lines += [f"- {line}" for line in summary_lines(review.summary, review.period)] + [""]
    lines += _section(_("Mood and stress"), _ratings(review), "")
    lines += _section(_("Feelings named most"),
                      _table([_("Word"), _("I felt"), _("I saw in others")], words)
                      if words else [], _("No feelings named yet."))
    lines += _section(_("By day of the week"), _buckets(review.weekdays, _("Day")),
                      _("No ratings yet."))
    lines += _section(_("By time of day written"), _buckets(review.times_of_day, _("Time")),
                      _("No ratings yet."))
    lines += _section(_("Practices, tags and values"), _markers(review),
                      _("No practices, tags or values marked yet."))
    lines += _section(_("Check-ins"), _check_ins(review), _("No check-ins this period."))
    lines += _outcomes(review)
    lines += _section(_("Emotional vocabulary over time"), _vocabulary(review),
                      _("No feelings of your own named yet."))
    lines += _section(_("Open follow-ups"), follow_ups + ([""] if follow_ups else []),
                      _("None open."))
    lines += [_("_Written by Empathy Journal on {day}. It stays on this computer unless you "
                "share it._").format(day=long_date(written_on)), ""]
    return "\n".join(lines)
