"""The conversation debrief: the structured fields beside a debrief's text, and its follow-up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from enum import StrEnum

from empathy_journal.domain.text import clean_text
from empathy_journal.domain.translation import N_, _, month_short, ngettext, pgettext, weekday_short

DUE_SOON_DAYS = 3


@dataclass(frozen=True)
class DebriefField:
    """One text field of the debrief form: its stored name (a key, never translated) and its
    label and hint, in English here and in the language in use when read."""

    name: str
    english_label: str
    english_hint: str

    @property
    def label(self) -> str:
        """The field's label in the language in use."""
        return _(self.english_label)

    @property
    def hint(self) -> str:
        """The field's hint in the language in use."""
        return _(self.english_hint)


DEBRIEF_TEXT_FIELDS: tuple[DebriefField, ...] = (
    DebriefField("context", N_("Context"),
                 N_("Where and when it happened, and what was at stake.")),
    DebriefField("observed", N_("What happened"),
                 N_("Just the facts, as a camera would have seen them. No judgement yet.")),
    DebriefField("i_felt", N_("What I felt, in my own words"),
                 N_("Pick the words in the panel on the right; add here what they don't capture.")),
    DebriefField("they_felt", N_("What they might have felt, in my own words"),
                 N_("Your best guess, beyond the words picked in the amber section. "
                    "You can check it with them later.")),
    DebriefField("their_needs", N_("What they needed"),
                 N_("Behind their words: recognition, clarity, time, support…?")),
    DebriefField("my_needs", N_("What I needed"),
                 N_("What mattered to you in that moment.")),
    DebriefField("heard", N_("What I heard them say"),
                 N_("Their point in your own words, so that they would agree with it.")),
    DebriefField("what_i_said", N_("What I said or validated"),
                 N_("What you acknowledged, even where you disagreed.")),
    DebriefField("differently", N_("What I'd do differently"),
                 N_("One small, concrete thing for next time.")),
    DebriefField("follow_up", N_("Follow-up"),
                 N_("A next step, if there is one. Add a date to be reminded.")),
)

TEXT_FIELD_NAMES = tuple(f.name for f in DEBRIEF_TEXT_FIELDS)


class PerspectiveResult(StrEnum):
    """How the guess about the other person's feelings turned out, once checked with them."""

    RIGHT = "right"
    PARTLY = "partly"
    WRONG = "wrong"


@dataclass(frozen=True)
class Debrief:
    """The structured part of a conversation entry; every field is optional."""

    person_id: int | None = None
    context: str = ""
    observed: str = ""
    i_felt: str = ""
    they_felt: str = ""
    their_needs: str = ""
    my_needs: str = ""
    heard: str = ""
    what_i_said: str = ""
    differently: str = ""
    follow_up: str = ""
    follow_up_due: date | None = None
    follow_up_done_utc: datetime | None = None
    perspective_check: PerspectiveResult | None = None
    perspective_checked_on: date | None = None
    perspective_note: str = ""

    @property
    def is_blank(self) -> bool:
        """True when nothing at all was filled in."""
        return self == Debrief()

    def cleaned(self) -> Debrief:
        """A copy whose text fields are safe to store."""
        changes = {name: clean_text(getattr(self, name)) for name in TEXT_FIELD_NAMES}
        changes["perspective_note"] = clean_text(self.perspective_note)
        return replace(self, **changes)

DEBRIEF_ATTRIBUTES = tuple(f.name for f in fields(Debrief))


class FollowUpState(StrEnum):
    """Where a follow-up stands relative to today."""

    OVERDUE = "overdue"
    DUE_SOON = "due soon"
    LATER = "later"
    UNDATED = "no date"
    DONE = "done"


@dataclass(frozen=True)
class FollowUp:
    """An open (or done) follow-up of one debrief, as the follow-ups list shows it."""

    entry_id: int
    entry_uuid: str
    entry_date: date
    text: str
    due: date | None = None
    person_name: str = ""
    done_utc: datetime | None = None

    def state(self, today: date) -> FollowUpState:
        """Overdue when the due date has passed, due soon within DUE_SOON_DAYS days."""
        if self.done_utc is not None:
            return FollowUpState.DONE
        if self.due is None:
            return FollowUpState.UNDATED
        days_left = (self.due - today).days
        if days_left < 0:
            return FollowUpState.OVERDUE
        if days_left <= DUE_SOON_DAYS:
            return FollowUpState.DUE_SOON
        return FollowUpState.LATER

    def days_left(self, today: date) -> int | None:
        """Days until the due date (negative when overdue), None without a date."""
        return None if self.due is None else (self.due - today).days


def follow_up_order(follow_ups: list[FollowUp]) -> list[FollowUp]:
    """Due-soon-first order: dated ones by due date (so overdue come first), then undated ones
    oldest debrief first; done ones last."""

    def key(item: FollowUp) -> tuple[int, str, str, int]:
        done = item.done_utc is not None
        undated = item.due is None
        return (
            int(done) * 2 + int(undated),
            item.due.isoformat() if item.due else "",
            item.entry_date.isoformat(),
            item.entry_id,
        )

    return sorted(follow_ups, key=key)


def _weekday_day_month(day: date) -> str:
    # Translators: a short date, e.g. "Tue 5 Mar".
    return pgettext("date", "{weekday} {day} {month}").format(
        weekday=weekday_short(day), day=day.day, month=month_short(day.month))


def describe_due(item: FollowUp, today: date,
                 day_text: Callable[[date], str] = _weekday_day_month) -> str:
    """A short, friendly line about when a follow-up is due ("Due tomorrow", "Overdue by 2 days",
    "Due Thu 3 Dec"), in the language in use; day_text writes a due date further off (the
    window's own date format)."""
    days = item.days_left(today)
    if item.done_utc is not None:
        return _("Done")
    if days is None or item.due is None:
        return _("No date")
    if days < 0:
        return ngettext("Overdue by {count} day", "Overdue by {count} days", -days).format(
            count=-days)
    if days == 0:
        return _("Due today")
    if days == 1:
        return _("Due tomorrow")
    if days <= DUE_SOON_DAYS:
        return ngettext("Due in {count} day", "Due in {count} days", days).format(count=days)
    return _("Due {day}").format(day=day_text(item.due))
