"""The reminder schedule: local times to UTC across DST, the random window, sleep and missed days."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from empathy_journal.domain.preferences import ComputerPreferences
from empathy_journal.domain.reminder_schedule import (
    FOLLOW_UP_TIME,
    LOOK_BACK_DAYS,
    ReminderKind,
    evening_at,
    latest_evening_come,
    missed_evenings,
    next_evening,
    next_follow_ups,
    random_minutes_on,
    wall_time_to_utc,
)

BERLIN, NEW_YORK = "Europe/Berlin", "America/New_York"


def evening(at: time = time(21, 0), window: int = 0) -> ComputerPreferences:
    return ComputerPreferences(evening_reminder=True, evening_time=at, random_minutes=window)


def local(zone: str, *args: int, fold: int = 0) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(zone), fold=fold).astimezone(UTC)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# -- wall times across DST ---------------------------------------------------------------------

@pytest.mark.parametrize(("zone", "day", "at", "expected"), [
    (BERLIN, date(2026, 3, 28), time(21, 0), utc(2026, 3, 28, 20, 0)),   # CET, +1
    (BERLIN, date(2026, 3, 29), time(21, 0), utc(2026, 3, 29, 19, 0)),   # CEST, +2
    (BERLIN, date(2026, 3, 29), time(2, 30), utc(2026, 3, 29, 1, 30)),   # skipped: 03:30 CEST
    (BERLIN, date(2026, 3, 29), time(2, 0), utc(2026, 3, 29, 1, 0)),     # skipped: 03:00 CEST
    (BERLIN, date(2026, 10, 25), time(2, 30), utc(2026, 10, 25, 0, 30)),  # twice: the first
    (BERLIN, date(2026, 10, 25), time(21, 0), utc(2026, 10, 25, 20, 0)),  # CET again
    (NEW_YORK, date(2026, 3, 8), time(2, 30), utc(2026, 3, 8, 7, 30)),   # skipped: 03:30 EDT
    (NEW_YORK, date(2026, 3, 8), time(21, 0), utc(2026, 3, 9, 1, 0)),    # EDT, -4
    (NEW_YORK, date(2026, 11, 1), time(1, 30), utc(2026, 11, 1, 5, 30)),  # twice: the first
    (NEW_YORK, date(2026, 11, 1), time(21, 0), utc(2026, 11, 2, 2, 0)),  # EST, -5
])
def test_wall_time_to_utc_across_dst(zone: str, day: date, at: time,
                                     expected: datetime) -> None:
    assert wall_time_to_utc(day, at, zone) == expected


def test_an_unknown_zone_keeps_utc() -> None:
    assert wall_time_to_utc(date(2026, 6, 1), time(21, 0), "Mars/Olympus") == utc(2026, 6, 1, 21)


def test_the_evening_comes_at_the_same_local_time_on_both_sides_of_each_change() -> None:
    for zone in (BERLIN, NEW_YORK):
        for day in (date(2026, 3, 7), date(2026, 3, 8), date(2026, 3, 28), date(2026, 3, 29),
                    date(2026, 10, 24), date(2026, 10, 25), date(2026, 10, 31),
                    date(2026, 11, 1)):
            shown = evening_at(day, evening(), zone).astimezone(ZoneInfo(zone))
            assert (shown.date(), shown.time()) == (day, time(21, 0))


def test_a_reminder_at_a_skipped_time_fires_once_that_night() -> None:
    p = evening(time(2, 30))
    before = local(BERLIN, 2026, 3, 29, 1, 59)
    reminder = next_evening(p, BERLIN, date(2026, 3, 28), before)
    assert reminder is not None and reminder.day == date(2026, 3, 29)
    assert reminder.at_utc == local(BERLIN, 2026, 3, 29, 3, 30)
    after = reminder.at_utc + timedelta(minutes=1)
    assert next_evening(p, BERLIN, date(2026, 3, 28), after).is_due(after)
    following = next_evening(p, BERLIN, date(2026, 3, 29), after)
    assert following.day == date(2026, 3, 30) and not following.is_due(after)


def test_a_reminder_at_a_doubled_time_fires_once_not_twice() -> None:
    p = evening(time(2, 30))
    first = local(BERLIN, 2026, 10, 25, 2, 30, fold=0)
    second = local(BERLIN, 2026, 10, 25, 2, 30, fold=1)
    assert second - first == timedelta(hours=1)
    reminder = next_evening(p, BERLIN, date(2026, 10, 24), first)
    assert reminder.day == date(2026, 10, 25) and reminder.at_utc == first
    # delivered at the first 02:30: at the second there is nothing due until the next night
    again = next_evening(p, BERLIN, date(2026, 10, 25), second)
    assert again.day == date(2026, 10, 26) and not again.is_due(second)


# -- the random window ---------------------------------------------------------------------------

def test_the_random_minute_is_the_same_each_time_and_differs_between_days() -> None:
    days = [date(2026, 11, 1) + timedelta(days=n) for n in range(30)]
    minutes = [random_minutes_on(d, 60) for d in days]
    assert minutes == [random_minutes_on(d, 60) for d in days]
    assert all(0 <= m <= 60 for m in minutes)
    assert len(set(minutes)) > 10
    assert random_minutes_on(date(2026, 11, 1), 0) == 0


def test_a_random_window_past_midnight_still_belongs_to_its_day() -> None:
    p = evening(time(23, 30), window=120)
    day = next(d for d in (date(2026, 11, 1) + timedelta(days=n) for n in range(60))
               if random_minutes_on(d, 120) > 45)
    at = evening_at(day, p, BERLIN)
    assert at.astimezone(ZoneInfo(BERLIN)).date() == day + timedelta(days=1)
    just_after = at + timedelta(seconds=1)
    assert latest_evening_come(p, BERLIN, just_after) == day
    reminder = next_evening(p, BERLIN, day - timedelta(days=1), just_after)
    assert reminder.day == day and reminder.is_due(just_after)


# -- delivery, sleep, written days ---------------------------------------------------------------

def test_off_means_no_reminder() -> None:
    now = local(BERLIN, 2026, 11, 26, 12, 0)
    assert next_evening(ComputerPreferences(), BERLIN, None, now) is None
    assert missed_evenings(ComputerPreferences(), BERLIN, date(2026, 11, 1), now) == []


def test_before_the_time_the_next_is_this_evening() -> None:
    now = local(BERLIN, 2026, 11, 26, 20, 59)
    reminder = next_evening(evening(), BERLIN, date(2026, 11, 25), now)
    assert reminder.kind is ReminderKind.EVENING
    assert (reminder.day, reminder.at_utc) == (date(2026, 11, 26), utc(2026, 11, 26, 20, 0))
    assert not reminder.is_due(now)


def test_a_machine_that_slept_through_the_time_fires_once_on_wake() -> None:
    p = evening()
    # asleep from 20:00 to 23:40: on wake the evening is due, once
    woke = local(BERLIN, 2026, 11, 26, 23, 40)
    reminder = next_evening(p, BERLIN, date(2026, 11, 25), woke)
    assert reminder.day == date(2026, 11, 26) and reminder.is_due(woke)
    later = woke + timedelta(seconds=30)
    after_delivery = next_evening(p, BERLIN, date(2026, 11, 26), later)
    assert after_delivery.day == date(2026, 11, 27) and not after_delivery.is_due(later)


def test_waking_after_midnight_still_reminds_of_the_day_before() -> None:
    woke = local(BERLIN, 2026, 11, 27, 7, 15)
    reminder = next_evening(evening(), BERLIN, date(2026, 11, 25), woke)
    assert reminder.day == date(2026, 11, 26) and reminder.is_due(woke)


def test_after_two_nights_asleep_only_the_latest_evening_comes() -> None:
    woke = local(BERLIN, 2026, 11, 28, 8, 0)
    reminder = next_evening(evening(), BERLIN, date(2026, 11, 25), woke)
    assert reminder.day == date(2026, 11, 27) and reminder.is_due(woke)


def test_a_written_or_acknowledged_day_is_never_reminded() -> None:
    p, woke = evening(), local(BERLIN, 2026, 11, 26, 23, 0)
    written = {date(2026, 11, 26)}
    reminder = next_evening(p, BERLIN, date(2026, 11, 25), woke, written.__contains__)
    assert reminder.day == date(2026, 11, 27) and not reminder.is_due(woke)
    acknowledged = next_evening(p, BERLIN, date(2026, 11, 26), woke)
    assert acknowledged.day == date(2026, 11, 27)
    # written today before the evening: tomorrow is next
    noon = local(BERLIN, 2026, 11, 26, 12, 0)
    assert next_evening(p, BERLIN, date(2026, 11, 25), noon,
                        written.__contains__).day == date(2026, 11, 27)


def test_the_next_evening_in_new_york_across_the_autumn_change() -> None:
    now = local(NEW_YORK, 2026, 10, 31, 22, 0)
    reminder = next_evening(evening(), NEW_YORK, date(2026, 10, 31), now)
    assert reminder.day == date(2026, 11, 1)
    assert reminder.at_utc == utc(2026, 11, 2, 2, 0)
    assert reminder.at_utc - now == timedelta(hours=24)  # 23 + the hour given back


# -- missed days -------------------------------------------------------------------------------

def test_missed_evenings_are_the_unwritten_days_since_the_last_handled_one() -> None:
    now = local(BERLIN, 2026, 11, 26, 9, 0)
    written = {date(2026, 11, 24)}
    missed = missed_evenings(evening(), BERLIN, date(2026, 11, 22), now, written.__contains__)
    assert missed == [date(2026, 11, 23), date(2026, 11, 25)]


def test_today_is_never_missed_and_nothing_before_the_first_handled_day() -> None:
    late = local(BERLIN, 2026, 11, 26, 23, 0)
    assert missed_evenings(evening(), BERLIN, date(2026, 11, 25), late) == []
    assert missed_evenings(evening(), BERLIN, None, late) == []


def test_missed_evenings_look_back_a_week_at_most() -> None:
    now = local(BERLIN, 2026, 11, 26, 9, 0)
    missed = missed_evenings(evening(), BERLIN, date(2026, 10, 1), now)
    assert missed[0] == date(2026, 11, 26) - timedelta(days=LOOK_BACK_DAYS)
    assert missed[-1] == date(2026, 11, 25) and len(missed) == LOOK_BACK_DAYS


def test_a_random_evening_still_to_come_after_midnight_is_not_missed_yet() -> None:
    p = evening(time(23, 50), window=120)
    day = next(d for d in (date(2026, 11, 1) + timedelta(days=n) for n in range(60))
               if random_minutes_on(d, 120) > 60)
    comes = evening_at(day, p, BERLIN)
    assert missed_evenings(p, BERLIN, day - timedelta(days=1),
                           comes - timedelta(minutes=1)) == []
    assert missed_evenings(p, BERLIN, day - timedelta(days=1),
                           comes + timedelta(minutes=1)) == [day]


# -- follow-ups ----------------------------------------------------------------------------------

def test_a_follow_up_is_reminded_on_the_morning_of_its_due_date_once() -> None:
    p = ComputerPreferences()
    due = [date(2026, 11, 28), date(2026, 11, 20), date(2026, 11, 30)]
    now = local(BERLIN, 2026, 11, 26, 12, 0)
    reminder = next_follow_ups(p, BERLIN, due, None, now)
    assert reminder.kind is ReminderKind.FOLLOW_UPS
    assert (reminder.day, reminder.at_utc) == (
        date(2026, 11, 28), wall_time_to_utc(date(2026, 11, 28), FOLLOW_UP_TIME, BERLIN))
    assert not reminder.is_due(now)
    started_late = local(BERLIN, 2026, 11, 28, 17, 0)
    assert next_follow_ups(p, BERLIN, due, None, started_late).is_due(started_late)
    assert next_follow_ups(p, BERLIN, due, date(2026, 11, 28), started_late).day == \
        date(2026, 11, 30)
    assert next_follow_ups(p, BERLIN, due, date(2026, 11, 30), started_late) is None


def test_follow_up_reminders_off() -> None:
    p = ComputerPreferences(follow_up_reminders=False)
    assert next_follow_ups(p, BERLIN, [date(2026, 11, 26)], None,
                           local(BERLIN, 2026, 11, 26, 10, 0)) is None
