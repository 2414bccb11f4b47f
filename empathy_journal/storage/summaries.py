"""Light read models for lists, calendars and charts: what the views need, never whole entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from empathy_journal.domain.entry import EntryKind
from empathy_journal.domain.translation import N_, _
from empathy_journal.storage.stored_values import stored_day_or_none, stored_moment

UNREADABLE_TITLE = N_("Unreadable entry")
UNREADABLE_KEY = "unreadable-row-"  # the list key of an unreadable row that has no uuid


@dataclass(frozen=True)
class EntrySummary:
    """One row of the entry list."""

    uuid: str
    local_date: date
    created_utc: datetime
    tz: str
    kind: EntryKind
    title: str
    preview: str
    mood: int | None
    stress: int | None
    starred: bool
    emotion_labels: tuple[str, ...] = ()
    person: str = ""  # a debrief's person, named in the list ("Talk with Sam")
    unreadable: bool = False  # a stored row whose values cannot be read (shown, never changed)


def unreadable_summary(row_id: int, uuid: object, local_date: object,
                       created_utc: object) -> EntrySummary:
    """The list row of an entry that cannot be read: marked, dated as well as it can be."""
    try:
        created = stored_moment(created_utc)
    except ValueError:
        created = None
    day = stored_day_or_none(local_date) or (created.date() if created else date.min)
    key = uuid if isinstance(uuid, str) and uuid else f"{UNREADABLE_KEY}{row_id}"
    return EntrySummary(
        uuid=key, local_date=day, created_utc=created or datetime.min.replace(tzinfo=UTC),
        tz="UTC", kind=EntryKind.REFLECTION, title=_(UNREADABLE_TITLE),
        preview=_("Its stored values cannot be read; it is kept exactly as stored."),
        mood=None, stress=None, starred=False, unreadable=True)


@dataclass(frozen=True)
class DayRatings:
    """The mean ratings of one day's entries (None where no entry was rated) and how many entries."""

    day: date
    mood: float | None
    energy: float | None
    stress: float | None
    entries: int
