"""What a reminder says: calm, short, and nothing personal while the journal is locked or encrypted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate

from empathy_journal.domain.conversation import FollowUp
from empathy_journal.domain.reminder_schedule import ReminderKind
from empathy_journal.ui import dates

BODY_LIMIT = 120  # characters of a follow-up's text in a notification


@dataclass(frozen=True)
class ReminderTarget:
    """What clicking a reminder opens: the day it was for, or a follow-up's debrief."""

    kind: ReminderKind
    day: date
    entry_uuid: str | None = None


@dataclass(frozen=True)
class ReminderMessage:
    """A reminder's words: a title and a body for a pop-up, the line's sentence and button."""

    title: str
    body: str
    line: str
    button: str


def _day_name(day: date, today: date) -> str:
    if day == today:
        return QCoreApplication.translate("ReminderText", "today")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("ReminderText", "yesterday")
    # the locale's names of weekday and month, in the order the window's language puts them
    pattern = QCoreApplication.translate("ReminderText", "dddd d MMMM")
    return dates.locale().toString(QDate(day.year, day.month, day.day), pattern)


def evening_message(day: date, today: date) -> ReminderMessage:
    """The evening reminder for day, seen on today (after midnight it is yesterday's)."""
    name = _day_name(day, today)
    if day == today:
        return ReminderMessage(
            QCoreApplication.translate("ReminderText", "A few minutes for your journal?"),
            QCoreApplication.translate("ReminderText", "How was today? Click to write about it."),
            QCoreApplication.translate("ReminderText",
                                       "Your evening reminder: a few quiet minutes for today?"),
            QCoreApplication.translate("ReminderText", "Write about today"))
    return ReminderMessage(
        QCoreApplication.translate("ReminderText", "Your journal, for {day}").format(day=name),
        QCoreApplication.translate("ReminderText", "Click to write about {day}.").format(day=name),
        QCoreApplication.translate(
            "ReminderText", "Your evening reminder for {day}: a few quiet minutes?").format(
                day=name),
        QCoreApplication.translate("ReminderText", "Write about {day}").format(day=name))


def missed_message(day: date, today: date) -> ReminderMessage:
    """The line at start-up for an evening reminder that came while the app was not running."""
    name = _day_name(day, today)
    if day == today - timedelta(days=1):
        line = QCoreApplication.translate(
            "ReminderText", "You missed yesterday's evening reminder — write about yesterday?")
    else:
        line = QCoreApplication.translate(
            "ReminderText", "You missed the evening reminder of {day} — write about that day?"
        ).format(day=name)
    return ReminderMessage(
        QCoreApplication.translate("ReminderText", "Your journal"), line, line,
        QCoreApplication.translate("ReminderText", "Write about {day}").format(day=name))


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= BODY_LIMIT else text[:BODY_LIMIT - 1].rstrip() + "…"


def follow_ups_message(due: list[FollowUp], *, private: bool) -> ReminderMessage:
    """The reminder for the follow-ups due today; private (locked or encrypted): no text, no
    names, only that something is due."""
    if len(due) == 1:
        title = QCoreApplication.translate("ReminderText", "A follow-up is due today")
    else:
        title = QCoreApplication.translate(
            "ReminderText", "{count} follow-ups are due today").format(count=len(due))
    if private or not due:
        return ReminderMessage(
            title, QCoreApplication.translate("ReminderText", "Open your journal to see it."),
            f"{title}.", QCoreApplication.translate("ReminderText", "Open it"))
    first = due[0]
    body = QCoreApplication.translate("ReminderText", "“{text}”").format(
        text=_shortened(first.text))
    if first.person_name:
        body += QCoreApplication.translate("ReminderText", " (with {person})").format(
            person=first.person_name)
    if len(due) > 1:
        body += QCoreApplication.translate("ReminderText", " and {count} more").format(
            count=len(due) - 1)
    return ReminderMessage(title, body, f"{title}: {body}.",
                           QCoreApplication.translate("ReminderText", "Open the debrief"))
