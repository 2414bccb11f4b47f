"""The HTML of a person's timeline: debriefs and mentions with feelings on both sides."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from empathy_journal.domain.conversation import (
    Debrief,
    FollowUp,
    FollowUpState,
    PerspectiveResult,
    describe_due,
)
from empathy_journal.domain.entry import EntryKind, Subject
from empathy_journal.domain.perspective import Accuracy
from empathy_journal.session.people import PREVIEW_CHARS, TimelineItem
from empathy_journal.ui.conversations.perspective_check import result_label
from empathy_journal.ui.dates import compact_date, long_date, short_date
from empathy_journal.ui.safe_text import entry_link
from empathy_journal.ui.widgets.their_emotions_section import subject_colour

CHECK_LINK = "check"
OVERDUE_COLOUR = "#b4543a"  # the theme's warm "danger" tone, readable on light and dark
ENTRY_LINK = "entry"


def accuracy_sentence(result: Accuracy) -> str:
    """"Your guesses about their feelings: 2 right, 1 partly, 0 wrong (83%)" or a nudge."""
    if result.total == 0:
        return QCoreApplication.translate(
            "PeopleTimeline", "No guesses checked yet. After a debrief, ask them how they felt.")
    return QCoreApplication.translate(
        "PeopleTimeline", "Your guesses about their feelings: {right} right, {partly} partly, "
        "{wrong} wrong ({percent}%)").format(right=result.right, partly=result.partly,
                                            wrong=result.wrong, percent=result.percent)


def timeline_html(items: list[TimelineItem], today: date) -> str:
    """The whole timeline, newest first; links use ``entry:<uuid>`` and
    ``check:<entry_id>:<result>`` so the view can act on them."""
    if not items:
        nothing = QCoreApplication.translate("PeopleTimeline",
                                             "Nothing written about this person yet.")
        return f"<p style='color:gray'>{escape(nothing)}</p>"
    return "<br/>".join(_item_html(item, today) for item in items)


def _item_html(item: TimelineItem, today: date) -> str:
    kind = escape(QCoreApplication.translate("PeopleTimeline", "Conversation debrief")
                  if item.kind == EntryKind.CONVERSATION
                  else QCoreApplication.translate("PeopleTimeline", "Mentioned"))
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
    open_entry = escape(QCoreApplication.translate("PeopleTimeline", "Open entry"))
    parts.append(f"<p>{entry_link(item.entry_uuid, open_entry, ENTRY_LINK)}</p>")
    return "".join(parts)


def _feelings_html(item: TimelineItem) -> str:
    spans = []
    if item.my_emotions:
        mine = QCoreApplication.translate("PeopleTimeline", "I felt: {feelings}").format(
            feelings=", ".join(item.my_emotions))
        spans.append(f"<span style='color:{subject_colour(Subject.SELF)}'>{escape(mine)}</span>")
    if item.their_emotions:
        theirs = QCoreApplication.translate(
            "PeopleTimeline", "They might have felt: {feelings}").format(
            feelings=", ".join(item.their_emotions))
        spans.append(
            f"<span style='color:{subject_colour(Subject.OTHER)}'>{escape(theirs)}</span>")
    return " &nbsp;·&nbsp; ".join(spans)


def _labelled(label: str, text_html: str) -> str:
    """``<b>Label:</b> text`` (the label translated with its colon)."""
    return f"<b>{escape(label)}</b> {text_html}"


def _debrief_html(item: TimelineItem, debrief: Debrief, today: date, feelings: str) -> str:
    rows = [(label, getattr(debrief, name)) for name, label in (
        ("observed", QCoreApplication.translate("PeopleTimeline", "What happened:")),
        ("their_needs", QCoreApplication.translate("PeopleTimeline", "They needed:")),
        ("heard", QCoreApplication.translate("PeopleTimeline", "I heard:")),
        ("differently", QCoreApplication.translate("PeopleTimeline", "Next time:")))]
    lines = [_labelled(label, escape(text)) for label, text in rows if text.strip()]
    if feelings:
        lines.insert(1 if lines else 0, feelings)
    if debrief.follow_up.strip():
        follow = FollowUp(item.entry_id, item.entry_uuid, item.local_date, debrief.follow_up,
                          debrief.follow_up_due, done_utc=debrief.follow_up_done_utc)
        when = f"<i>({escape(describe_due(follow, today, compact_date))})</i>"
        if follow.state(today) is FollowUpState.OVERDUE:
            when = f"<span style='color:{OVERDUE_COLOUR}'>{when}</span>"
        lines.append(_labelled(QCoreApplication.translate("PeopleTimeline", "Follow-up:"),
                               f"{escape(debrief.follow_up)} {when}"))
    lines.append(_check_html(item.entry_id, debrief))
    return "<p>" + "<br/>".join(lines) + "</p>"


def _check_html(entry_id: int, debrief: Debrief) -> str:
    if debrief.perspective_check is not None:
        checked = debrief.perspective_checked_on
        when = " " + QCoreApplication.translate("PeopleTimeline", "(checked {day})").format(
            day=short_date(checked)) if checked else ""
        said = " " + escape(QCoreApplication.translate("PeopleTimeline", "— “{note}”").format(
            note=debrief.perspective_note)) if debrief.perspective_note else ""
        return _labelled(QCoreApplication.translate("PeopleTimeline", "Guess:"),
                         f"{escape(result_label(debrief.perspective_check))}{escape(when)}{said}")
    links = " · ".join(f"<a href='{CHECK_LINK}:{int(entry_id)}:{result.value}'>"
                       f"{escape(result_label(result))}</a>" for result in PerspectiveResult)
    return _labelled(QCoreApplication.translate("PeopleTimeline", "Was your guess right?"), links)
