"""A period still running draws no rolling average into the days still to come."""

from datetime import date

from empathy_journal.domain.analytics.series import daily_series
from empathy_journal.storage.summaries import DayRatings


def test_rolling_means_stop_after_until_but_carry_through_past_gaps() -> None:
    rated = [DayRatings(date(2026, 11, 1), 4.0, None, 2.0, 1),
             DayRatings(date(2026, 11, 3), 8.0, None, None, 1)]
    series = daily_series(rated, date(2026, 11, 1), date(2026, 11, 6), until=date(2026, 11, 4))
    assert [p.mood_rolling for p in series] == [4.0, 4.0, 6.0, 6.0, None, None]
    assert [p.stress_rolling for p in series] == [2.0, 2.0, 2.0, 2.0, None, None]
