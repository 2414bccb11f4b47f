"""The review as Markdown: the same numbers as the charts, as tables anyone can read or paste."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from empathy_journal.domain.analytics.patterns import Bucket
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
    table = _table(["", review.period.label, previous, "Change"], [
        ["Average mood (1–10)", number(s.mood), number(s.previous_mood), signed(s.mood_change)],
        ["Average stress (0–10)", number(s.stress), number(s.previous_stress),
         signed(s.stress_change)],
    ])
    return [*table, f"Days rated: {s.rated_days}. Entries: {s.entries}.", ""]


def _buckets(buckets: Sequence[Bucket], first: str) -> list[str]:
    rows = [[b.label, number(b.mood), number(b.stress), len(b.entry_uuids)]
            for b in buckets if b.entry_uuids]
    return _table([first, "Mood", "Stress", "Entries"], rows) if rows else []


def _markers(review: PeriodReview) -> list[str]:
    rows = []
    for c in review.markers:
        m = c.mood
        difference = signed(m.difference) if m.enough else "not enough days yet"
        rows.append([c.label, number(m.with_mean), m.with_days, number(m.without_mean),
                     m.without_days, difference])
    header = ["", "Mood with", "Days", "Mood without", "Days", "Difference"]
    return _table(header, rows) if rows else []


def _check_ins(review: PeriodReview) -> list[str]:
    found = review.period_check_ins
    if not found:
        return []
    return [*_table(["Day", "Check-in", "Score"], check_in_rows(found)),
            f"_{sources_note(found)}_", ""]


def _outcomes(review: PeriodReview) -> list[str]:
    coping = _table(["Technique", "Sessions", "Stress before", "Stress after", "Change",
                     "Typical drop"], [
        [e.label, e.uses, number(e.before), number(e.after), signed(e.change), coping_note(e)]
        for e in review.coping]) if review.coping else []
    guesses = [[g.label or "(no name)", g.accuracy.total, g.accuracy.right, g.accuracy.partly,
                g.accuracy.wrong, f"{g.accuracy.percent}%"] for g in review.accuracy_people]
    people = _table(["Person", "Checked", "Right", "Partly", "Wrong", "Held up"],
                    guesses) if guesses else []
    return (_section("Coping: stress before and after", coping, "No coping records yet.")
            + _section("Guesses about others' feelings", people, "No guesses checked yet."))


def _vocabulary(review: PeriodReview) -> list[str]:
    rows = [[f"{g.month:%b %Y}", g.distinct_words, g.uses, percent(g.vague_share),
             f"{g.quadrants_used} of 4"] for g in review.granularity]
    return _table(["Month", "Different words", "Times named", "Vague", "Quadrants"],
                  rows) if rows else []


def markdown_report(review: PeriodReview, written_on: date) -> str:
    """The whole review as a Markdown document."""
    words = [[c.label, c.mine, c.theirs] for c in review.emotions[:TOP_WORDS]]
    follow_ups = [f"- {f.text}" + (f" ({f.person_name})" if f.person_name else "")
                  + (f", due {day_label(f.due, year=True)}" if f.due else "")
                  for f in review.summary.open_follow_ups]
    lines = [f"# Empathy Journal: {review.period.label}", ""]
    lines += [f"- {line}" for line in summary_lines(
        review.summary, review.period.label, review.period.previous().label)] + [""]
    lines += _section("Mood and stress", _ratings(review), "")
    lines += _section("Feelings named most",
                      _table(["Word", "I felt", "I saw in others"], words) if words else [],
                      "No feelings named yet.")
    lines += _section("By day of the week", _buckets(review.weekdays, "Day"), "No ratings yet.")
    lines += _section("By time of day written", _buckets(review.times_of_day, "Time"),
                      "No ratings yet.")
    lines += _section("Practices, tags and values", _markers(review),
                      "No practices, tags or values marked yet.")
    lines += _section("Check-ins", _check_ins(review), "No check-ins this period.")
    lines += _outcomes(review)
    lines += _section("Emotional vocabulary over time", _vocabulary(review),
                      "No feelings of your own named yet.")
    lines += _section("Open follow-ups", follow_ups + ([""] if follow_ups else []),
                      "None open.")
    lines += [f"_Written by Empathy Journal on {written_on.isoformat()}. It stays on this "
              "computer unless you share it._", ""]
    return "\n".join(lines)
