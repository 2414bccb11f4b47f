"""When a check-in is due: the schedule (a journal setting), dismissals, and the local day."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from empathy_journal.domain.clock import in_zone
from empathy_journal.domain.instruments import INSTRUMENTS, Instrument
from empathy_journal.domain.translation import N_, _, ngettext

# The choices offered for each check-in, in days (0: not offered), in English.
_EVERY = ((14, N_("Every two weeks")), (30, N_("Every month")), (60, N_("Every two months")),
          (0, N_("Off")))


def every_choices() -> tuple[tuple[int, str], ...]:
    """The schedule's choices (days, words), worded in the language in use."""
    return tuple((days, _(words)) for days, words in _EVERY)


def every_words(days: int) -> str:
    """How a schedule of days is named: one of the choices, else "Every 45 days"."""
    known = dict(every_choices())
    if days in known:
        return known[days]
    return ngettext("Every {count} day", "Every {count} days", days).format(count=days)


class _EveryChoices(Sequence[tuple[int, str]]):
    """every_choices() as a constant: each choice worded in the language in use when read."""

    def __getitem__(self, index):  # type: ignore[override]
        return every_choices()[index]

    def __len__(self) -> int:
        return len(_EVERY)


EVERY_CHOICES: Sequence[tuple[int, str]] = _EveryChoices()


def _defaults() -> dict[str, int]:
    return {i.id: i.every_days for i in INSTRUMENTS.values()}


@dataclass(frozen=True)
class Schedule:
    """Every how many days each check-in is offered (0: never)."""

    every_days: Mapping[str, int] = field(default_factory=_defaults)

    def every(self, instrument_id: str) -> int:
        """Days between two offers of that check-in (0: off)."""
        return self.every_days.get(instrument_id, 0)

    def to_json(self) -> str:
        """The setting's stored text."""
        return json.dumps({k: self.every_days[k] for k in sorted(self.every_days)})

    @classmethod
    def from_json(cls, text: str | None) -> Schedule:
        """The stored setting; anything missing or unreadable falls back to the defaults."""
        chosen = _defaults()
        try:
            stored = json.loads(text) if text else {}
        except ValueError:
            stored = {}
        if isinstance(stored, dict):
            for key, value in stored.items():
                if key in chosen and isinstance(value, int) and not isinstance(value, bool) \
                        and 0 <= value <= 366:
                    chosen[key] = value
        return cls(chosen)


def read_days(text: str | None) -> dict[str, date]:
    """The stored dismissals (instrument → the day it was put off); unreadable ones dropped."""
    try:
        stored = json.loads(text) if text else {}
    except ValueError:
        return {}
    days = {}
    if isinstance(stored, dict):
        for key, value in stored.items():
            try:
                days[key] = date.fromisoformat(value)
            except (TypeError, ValueError):
                continue
    return days


def write_days(days: Mapping[str, date]) -> str:
    """Dismissals as the setting's stored text."""
    return json.dumps({k: days[k].isoformat() for k in sorted(days)})


def local_day(moment: datetime, zone_name: str) -> date:
    """The wall-clock date of an instant in a zone (UTC when the zone is unknown)."""
    return in_zone(moment, zone_name).date()


@dataclass(frozen=True)
class DueCheckIn:
    """A check-in offered today: since when, and when it was last taken (local days)."""

    instrument: Instrument
    due_on: date
    last_taken: date | None


def due_check_ins(schedule: Schedule, last_taken: Mapping[str, datetime],
                  dismissed: Mapping[str, date], today: date,
                  zone_name: str) -> list[DueCheckIn]:
    """The check-ins to offer today, in the instruments' order.

    One is due from the local day it was last taken plus its interval (at once when never
    taken). "Not now" on day D puts it off for one interval, until D plus the interval.
    """
    due = []
    for instrument in INSTRUMENTS.values():
        every = schedule.every(instrument.id)
        if every <= 0:
            continue
        taken = last_taken.get(instrument.id)
        last = local_day(taken, zone_name) if taken else None
        due_on = last + timedelta(days=every) if last else today
        put_off = dismissed.get(instrument.id)
        shown_from = max(due_on, put_off + timedelta(days=every)) if put_off else due_on
        if shown_from <= today:
            due.append(DueCheckIn(instrument, due_on, last))
    return due
