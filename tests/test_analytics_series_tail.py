"""The rolling mean ends at the last rated day instead of running on into empty days."""

from empathy_journal.domain.analytics.series import rolling_mean


def test_rolling_mean_stops_after_the_last_rated_day() -> None:
    assert rolling_mean([4.0, None, 6.0, None, None], window=3) == [4.0, 4.0, 5.0, None, None]


def test_rolling_mean_of_nothing_rated_is_all_none() -> None:
    assert rolling_mean([None, None], window=7) == [None, None]
