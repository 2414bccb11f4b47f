"""What a reminder says: calm, short, and nothing personal while the journal is locked or encrypted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from empathy_journal.domain.conversation import FollowUp
from empathy_journal.domain.reminder_schedule import ReminderKind

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
        return "today"
    if day == today - timedelta(days=1):
        return "yesterday"
    return f"{day:%A} {day.day} {day:%B}"


def evening_message(day: date, today: date) -> ReminderMessage:
    """The evening reminder for day, seen on today (after midnight it is yesterday's)."""
    name = _day_name(day, today)
    if day == today:
        return ReminderMessage("A few minutes for your journal?",
                               "How was today? Click to write about it.",
                               "Your evening reminder: a few quiet minutes for today?",
                               "Write about today")
    return ReminderMessage(f"Your journal, for {name}",
                           f"Click to write about {name}.",
                           f"Your evening reminder for {name}: a few quiet minutes?",
                           f"Write about {name}")


def missed_message(day: date, today: date) -> ReminderMessage:
    """The line at start-up for an evening reminder that came while the app was not running."""
    name = _day_name(day, today)
    if day == today - timedelta(days=1):
        line = "You missed yesterday's evening reminder — write about yesterday?"
    else:
        line = f"You missed the evening reminder of {name} — write about that day?"
    return ReminderMessage("Your journal", line, line, f"Write about {name}")


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= BODY_LIMIT else text[:BODY_LIMIT - 1].rstrip() + "…"


def follow_ups_message(due: list[FollowUp], *, private: bool) -> ReminderMessage:
    """The reminder for the follow-ups due today; private (locked or encrypted): no text, no
    names, only that something is due."""
    title = ("A follow-up is due today" if len(due) == 1
             else f"{len(due)} follow-ups are due today")
    if private or not due:
        return ReminderMessage(title, "Open your journal to see it.",
                               f"{title}.", "Open it")
    first = due[0]
    body = f"“{_shortened(first.text)}”"
    if first.person_name:
        body += f" (with {first.person_name})"
    if len(due) > 1:
        body += f" and {len(due) - 1} more"
    return ReminderMessage(title, body, f"{title}: {body}.", "Open the debrief")
