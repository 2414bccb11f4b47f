"""The HTML of a person's timeline: debriefs and mentions with feelings on both sides."""

from __future__ import annotations

from datetime import date
from html import escape

from empathy_journal.domain.conversation import Debrief, FollowUp, FollowUpState, describe_due
from empathy_journal.domain.entry import EntryKind, Subject
from empathy_journal.domain.perspective import RESULT_LABELS, Accuracy
from empathy_journal.session.people import PREVIEW_CHARS, TimelineItem
from empathy_journal.ui.dates import compact_date, long_date, short_date
from empathy_journal.ui.safe_text import entry_link
from empathy_journal.ui.widgets.their_emotions_section import subject_colour

CHECK_LINK = "check"
OVERDUE_COLOUR = "#b4543a"  # the theme's warm "danger" tone, readable on light and dark
ENTRY_LINK = "entry"


def accuracy_sentence(result: Accuracy) -> str:
    """"Your guesses about their feelings: 2 right, 1 partly, 0 wrong (83%)" or a nudge."""
    if result.total == 0:
        return "No guesses checked yet. After a debrief, ask them how they felt."
    return (f"Your guesses about their feelings: {result.right} right, {result.partly} partly, "
            f"{result.wrong} wrong ({result.percent}%)")


def timeline_html(items: list[TimelineItem], today: date) -> str:
    """The whole timeline, newest first; links use ``entry:<uuid>`` and
    ``check:<entry_id>:<result>`` so the view can act on them."""
    if not items:
        return "<p style='color:gray'>Nothing written about this person yet.</p>"
    return "<br/>".join(_item_html(item, today) for item in items)


def _item_html(item: TimelineItem, today: date) -> str:
    kind = "Conversation debrief" if item.kind == EntryKind.CONVERSATION else "Mentioned"
    title = f" — {escape(item.title)}" if item.title else ""
    parts = [f"<h4 style='margin-bottom:2px'>{long_date(item.local_date)} · {kind}{title}</h4>"]
    feelings = _feelings_html(item)
    if item.debrief is not None:
        parts.append(_debrief_html(item, item.debrief, today, feelings))
    else:
        if item.preview:
            cut = "…" if len(item.preview) >= PREVIEW_CHARS else ""
            parts.append(f"<p>{escape(item.preview)}{cut}</p>")
        if feelings:
            parts.append(f"<p>{feelings}</p>")
    parts.append(f"<p>{entry_link(item.entry_uuid, 'Open entry', ENTRY_LINK)}</p>")
    return "".join(parts)


def _feelings_html(item: TimelineItem) -> str:
    spans = []
    if item.my_emotions:
        spans.append(f"<span style='color:{subject_colour(Subject.SELF)}'>I felt: "
                     f"{escape(', '.join(item.my_emotions))}</span>")
    if item.their_emotions:
        spans.append(f"<span style='color:{subject_colour(Subject.OTHER)}'>They might have "
                     f"felt: {escape(', '.join(item.their_emotions))}</span>")
    return " &nbsp;·&nbsp; ".join(spans)


def _debrief_html(item: TimelineItem, debrief: Debrief, today: date, feelings: str) -> str:
    rows = [(label, getattr(debrief, name)) for name, label in (
        ("observed", "What happened"), ("their_needs", "They needed"),
        ("heard", "I heard"), ("differently", "Next time"))]
    lines = [f"<b>{label}:</b> {escape(text)}" for label, text in rows if text.strip()]
    if feelings:
        lines.insert(1 if lines else 0, feelings)
    if debrief.follow_up.strip():
        follow = FollowUp(item.entry_id, item.entry_uuid, item.local_date, debrief.follow_up,
                          debrief.follow_up_due, done_utc=debrief.follow_up_done_utc)
        when = f"<i>({describe_due(follow, today, compact_date)})</i>"
        if follow.state(today) is FollowUpState.OVERDUE:
            when = f"<span style='color:{OVERDUE_COLOUR}'>{when}</span>"
        lines.append(f"<b>Follow-up:</b> {escape(debrief.follow_up)} {when}")
    lines.append(_check_html(item.entry_id, debrief))
    return "<p>" + "<br/>".join(lines) + "</p>"


def _check_html(entry_id: int, debrief: Debrief) -> str:
    if debrief.perspective_check is not None:
        checked = debrief.perspective_checked_on
        when = f" (checked {short_date(checked)})" if checked else ""
        said = f" — “{escape(debrief.perspective_note)}”" if debrief.perspective_note else ""
        return f"<b>Guess:</b> {RESULT_LABELS[debrief.perspective_check]}{when}{said}"
    links = " · ".join(f"<a href='{CHECK_LINK}:{int(entry_id)}:{result.value}'>{label}</a>"
                       for result, label in RESULT_LABELS.items())
    return f"<b>Was your guess right?</b> {links}"
