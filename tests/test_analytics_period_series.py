"""Review periods, day-by-day series with rolling means, and the year calendar."""

from __future__ import annotations

from datetime import date

import pytest

from empathy_journal.domain.analytics.period import Period, PeriodKind
from empathy_journal.domain.analytics.records import DayMeans
from empathy_journal.domain.analytics.series import daily_series, rolling_mean, year_calendar


@pytest.mark.parametrize(
    ("kind", "day", "first", "last", "label", "slug"),
    [
        (PeriodKind.MONTH, date(2024, 2, 10), date(2024, 2, 1), date(2024, 2, 29),
         "February 2024", "2024-02"),
        (PeriodKind.QUARTER, date(2024, 5, 31), date(2024, 4, 1), date(2024, 6, 30),
         "Q2 2024", "2024-Q2"),
        (PeriodKind.YEAR, date(2023, 7, 4), date(2023, 1, 1), date(2023, 12, 31),
         "2023", "2023"),
    ],
)
def test_period_containing_a_day_has_its_bounds_label_and_slug(kind, day, first, last, label,
                                                               slug):
    period = Period.containing(day, kind)
    assert (period.first, period.last, period.label, period.slug) == (first, last, label, slug)
    assert len(period.days) == (last - first).days + 1


def test_previous_and_next_cross_year_boundaries():
    first_quarter = Period.containing(date(2024, 2, 1), PeriodKind.QUARTER)
    assert first_quarter.previous().first == date(2023, 10, 1)
    assert Period.month(2023, 12).next() == Period.month(2024, 1)
    assert Period.month(2024, 1).shifted(-13) == Period.month(2022, 12)


def test_parse_month_accepts_yyyy_mm_and_explains_anything_else():
    assert Period.parse_month("2024-03") == Period.month(2024, 3)
    with pytest.raises(ValueError, match="'2024-13' is not a month; write it as YYYY-MM"):
        Period.parse_month("2024-13")
    with pytest.raises(ValueError, match="not a month"):
        Period.parse_month("March")


def test_rolling_mean_skips_unrated_days_and_uses_at_most_window_values():
    assert rolling_mean([2, None, 4, 6], window=3) == [2.0, 2.0, 3.0, 5.0]
    assert rolling_mean([None, None]) == [None, None]


def test_daily_series_fills_every_day_and_rolls_over_the_days_before_the_period():
    rated = [
        DayMeans(date(2024, 2, 28), mood=2),
        DayMeans(date(2024, 3, 1), mood=4, stress=6),
        DayMeans(date(2024, 3, 2), mood=6),
        DayMeans(date(2024, 3, 4), mood=8, stress=2, energy=5),
    ]
    series = daily_series(rated, date(2024, 3, 1), date(2024, 3, 7))
    assert [p.day.day for p in series] == [1, 2, 3, 4, 5, 6, 7]
    assert [p.mood for p in series] == [4, 6, None, 8, None, None, None]
    assert [p.mood_rolling for p in series] == [3.0, 4.0, 4.0, 5.0, 5.0, 6.0, 6.0]
    assert [p.stress_rolling for p in series] == [6.0, 6.0, 6.0, 4.0, 4.0, 4.0, 4.0]
    assert series[3].energy == 5


def test_daily_series_of_a_month_without_ratings_is_all_gaps():
    series = daily_series([], date(2024, 2, 1), date(2024, 2, 29))
    assert len(series) == 29
    assert {(p.mood, p.stress, p.mood_rolling) for p in series} == {(None, None, None)}


def test_year_calendar_puts_days_in_monday_first_week_columns():
    calendar = year_calendar([DayMeans(date(2023, 1, 1), mood=7),
                              DayMeans(date(2022, 12, 31), mood=1)], 2023)
    assert calendar.day_at(0, 0) is None  # 1 January 2023 was a Sunday
    assert calendar.day_at(0, 6) == date(2023, 1, 1)
    assert calendar.day_at(1, 0) == date(2023, 1, 2)
    assert calendar.day_at(52, 6) == date(2023, 12, 31)
    assert calendar.weeks == 53
    assert calendar.mood == {date(2023, 1, 1): 7}
    assert len(calendar.cells) == 365


def test_a_years_days_gather_into_monday_weeks_with_the_mean_of_their_rated_days():
    from empathy_journal.domain.analytics.series import weekly_series

    # 2026 starts on a Thursday: the first week holds 1–4 January only.
    series = daily_series([DayMeans(date(2026, 1, 1), 4, None, 8),
                           DayMeans(date(2026, 1, 3), 6, None, None),
                           DayMeans(date(2026, 1, 7), 9, None, 1)],
                          date(2026, 1, 1), date(2026, 12, 31))
    weeks = weekly_series(series)
    assert len(weeks) == 53
    first, second, third = weeks[:3]
    assert (first.first, first.last, first.mood, first.stress) == (
        date(2026, 1, 1), date(2026, 1, 4), 5.0, 8.0)
    assert first.rated_days == (date(2026, 1, 1), date(2026, 1, 3))
    assert (second.first, second.last, second.mood, second.stress, second.rated_days) == (
        date(2026, 1, 5), date(2026, 1, 11), 9.0, 1.0, (date(2026, 1, 7),))
    assert (third.mood, third.stress, third.rated_days) == (None, None, ())
    assert (weeks[-1].first, weeks[-1].last) == (date(2026, 12, 28), date(2026, 12, 31))
    assert first.middle == date(2026, 1, 2)
