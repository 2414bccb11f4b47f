"""The review's written summary: short, warm sentences built from the period's numbers."""

from __future__ import annotations

from empathy_journal.domain.analytics.summary import PeriodSummary
from empathy_journal.insights.labels import day_label, number, plural, signed


def _versus(change: float | None, previous_label: str) -> str:
    if change is None:
        return ""
    return f" ({signed(change)} vs. {previous_label})"


def summary_lines(summary: PeriodSummary, label: str, previous_label: str) -> list[str]:
    """Plain sentences for the top of the view and the reports (a kind note when empty)."""
    if summary.is_empty:
        return [f"Nothing written in {label} yet. A few lines on an evening are enough; "
                "this page fills in as you write."]
    lines = [f"{plural(summary.entries, 'entry', 'entries')} on "
             f"{plural(summary.days_written, 'day')} in {label}."]
    if summary.mood is not None:
        lines.append(f"Average mood {number(summary.mood)} of 10"
                     f"{_versus(summary.mood_change, previous_label)}.")
    if summary.stress is not None:
        lines.append(f"Average stress {number(summary.stress)} of 10"
                     f"{_versus(summary.stress_change, previous_label)}.")
    if summary.rated_days == 0:
        lines.append("No days were rated; rating mood and stress lets the charts show trends.")
    if summary.top_mine:
        lines.append("What I felt most: " + ", ".join(summary.top_mine) + ".")
    if summary.top_theirs:
        lines.append("What I saw most in others: " + ", ".join(summary.top_theirs) + ".")
    lines.extend(_highlights(summary))
    return lines


def _highlights(summary: PeriodSummary) -> list[str]:
    lines = []
    for title, note in (("Best day", summary.best), ("Hardest day", summary.hardest)):
        if note is not None:
            headline = f": “{note.headline}”" if note.headline else ""
            lines.append(f"{title}: {day_label(note.local_date)}, mood {number(note.mood)}"
                         f"{headline}")
    if summary.open_follow_ups:
        first = summary.open_follow_ups[0]
        due = f", due {day_label(first.due)}" if first.due else ""
        who = f" with {first.person_name}" if first.person_name else ""
        lines.append(f"{plural(len(summary.open_follow_ups), 'open follow-up')}; next: "
                     f"{first.text.rstrip('.!?; ')}{who}{due}.")
    return lines
