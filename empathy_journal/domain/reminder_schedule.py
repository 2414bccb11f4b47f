"""When reminders come: local wall times to UTC across DST, after sleep, and which days were missed."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from empathy_journal.domain.preferences import ComputerPreferences

# Follow-ups are reminded in the morning of their due date: a plan for the day, not a bedtime
# worry. The app started later that day reminds at once.
FOLLOW_UP_TIME = time(9, 0)
# A missed evening further back than this is not worth a line (and is never counted).
LOOK_BACK_DAYS = 7


class ReminderKind(StrEnum):
    """What a reminder is about."""

    EVENING = "evening"
    FOLLOW_UPS = "follow_ups"


@dataclass(frozen=True)
class Reminder:
    """One reminder: what it is about, the local day it is for, and when it comes (UTC)."""

    kind: ReminderKind
    day: date
    at_utc: datetime

    def is_due(self, now: datetime) -> bool:
        """Whether its time has come at now."""
        return self.at_utc <= now


def _zone(zone_name: str) -> ZoneInfo:
    try:
        return ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def wall_time_to_utc(day: date, at: time, zone_name: str, *, extra_minutes: int = 0) -> datetime:
    """The instant the clocks of zone_name show day at (plus extra_minutes of wall time), in UTC.

    A time the clocks skip (the spring-forward hour) comes as late as the gap is long
    (02:30 → 03:30 in Berlin on 29 March 2026); a time they show twice comes the first time.
    """
    wall = datetime.combine(day, at) + timedelta(minutes=extra_minutes)
    return wall.replace(tzinfo=_zone(zone_name), fold=0).astimezone(UTC)


def random_minutes_on(day: date, window_minutes: int) -> int:
    """The minute after the evening time that day's reminder comes (0..window_minutes), the same
    every time it is asked for that day and different from day to day."""
    if window_minutes <= 0:
        return 0
    return random.Random(f"evening-reminder:{day.isoformat()}").randint(0, window_minutes)


def evening_at(day: date, preferences: ComputerPreferences, zone_name: str) -> datetime:
    """When the evening reminder for day comes, in UTC."""
    extra = random_minutes_on(day, preferences.random_minutes)
    return wall_time_to_utc(day, preferences.evening_time, zone_name, extra_minutes=extra)


def local_day(now: datetime, zone_name: str) -> date:
    """The calendar day in zone_name at the aware instant now."""
    return now.astimezone(_zone(zone_name)).date()


def _never(_day: date) -> bool:
    return False


def latest_evening_come(preferences: ComputerPreferences, zone_name: str,
                        now: datetime) -> date | None:
    """The most recent day whose evening reminder time has come by now (today or yesterday:
    a random window may carry yesterday's past midnight); None only before the first."""
    today = local_day(now, zone_name)
    for day in (today, today - timedelta(days=1), today - timedelta(days=2)):
        if evening_at(day, preferences, zone_name) <= now:
            return day
    return None


def next_evening(preferences: ComputerPreferences, zone_name: str, handled: date | None,
                 now: datetime, written: Callable[[date], bool] = _never) -> Reminder | None:
    """The evening reminder to deliver next, or None when it is switched off.

    handled is the last day whose reminder was delivered or acknowledged (every earlier one
    counts as handled too); written tells whether a day already has an entry. When the clock
    has passed a reminder's time (the machine slept, or the clock jumped), the most recent such
    day comes at once, once; older ones are not delivered (see missed_evenings). Otherwise the
    next day to come that is neither handled nor written.
    """
    if not preferences.evening_reminder:
        return None

    def open_day(day: date) -> bool:
        return (handled is None or day > handled) and not written(day)

    come = latest_evening_come(preferences, zone_name, now)
    if come is not None and open_day(come):
        return Reminder(ReminderKind.EVENING, come, evening_at(come, preferences, zone_name))
    day = (come or local_day(now, zone_name) - timedelta(days=1)) + timedelta(days=1)
    for _ in range(LOOK_BACK_DAYS + 2):  # the days ahead: the first not handled nor written
        if open_day(day):
            return Reminder(ReminderKind.EVENING, day, evening_at(day, preferences, zone_name))
        day += timedelta(days=1)
    return None


def missed_evenings(preferences: ComputerPreferences, zone_name: str, handled: date | None,
                    now: datetime, written: Callable[[date], bool] = _never) -> list[date]:
    """The days before today whose evening reminder time passed after handled (while the app
    was not running) and that are still unwritten, oldest first, at most LOOK_BACK_DAYS back.
    Nothing is missed before the first handled day (the reminder was not on yet)."""
    if not preferences.evening_reminder or handled is None:
        return []
    today = local_day(now, zone_name)
    first = max(handled + timedelta(days=1), today - timedelta(days=LOOK_BACK_DAYS))
    days = [first + timedelta(days=n) for n in range((today - first).days)]
    return [day for day in days
            if evening_at(day, preferences, zone_name) <= now and not written(day)]


def next_follow_ups(preferences: ComputerPreferences, zone_name: str, due_dates: Iterable[date],
                    reminded: date | None, now: datetime) -> Reminder | None:
    """The next follow-up reminder: on the morning of a due date (at once when the app runs
    later that day), once per date; None when switched off or nothing is due from today on.
    reminded is the last due date whose follow-ups were reminded."""
    if not preferences.follow_up_reminders:
        return None
    today = local_day(now, zone_name)
    ahead = sorted(d for d in set(due_dates)
                   if d >= today and (reminded is None or d > reminded))
    if not ahead:
        return None
    day = ahead[0]
    return Reminder(ReminderKind.FOLLOW_UPS, day, wall_time_to_utc(day, FOLLOW_UP_TIME, zone_name))
