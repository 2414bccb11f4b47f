"""Emotion counts (mine vs. theirs), granularity per month, weekday and time-of-day buckets."""

from __future__ import annotations

from datetime import UTC, date, datetime

from empathy_journal.domain.analytics.emotion_stats import (
    emotion_counts,
    granularity_by_month,
)
from empathy_journal.domain.analytics.patterns import by_time_of_day, by_weekday
from empathy_journal.domain.analytics.records import EmotionUse, EntryMoment
from empathy_journal.domain.vocabulary import Quadrant

MARCH = date(2024, 3, 5)


def use(entry: str, word: str, subject: str = "self", day: date = MARCH,
        place: tuple[float, float] = (-0.6, 0.7), vague: bool = False) -> EmotionUse:
    return EmotionUse(entry, day, word, word, subject, 3, place[0], place[1], vague)


def test_emotion_counts_split_mine_and_theirs_and_keep_the_entries_behind_each_word():
    uses = [use("e1", "anxious"), use("e1", "calm", "other"), use("e2", "anxious"),
            use("e2", "anxious", "other"), use("e3", "calm")]
    counts = emotion_counts(uses)
    assert [(c.label, c.mine, c.theirs, c.total) for c in counts] == [
        ("anxious", 2, 1, 3), ("calm", 1, 1, 2)]
    assert counts[0].entry_uuids == ("e1", "e2")
    assert counts[1].entry_uuids == ("e1", "e3")
    assert [c.label for c in emotion_counts(uses, limit=1)] == ["anxious"]


def test_emotion_counts_break_ties_by_label():
    counts = emotion_counts([use("e1", "tense"), use("e1", "content")])
    assert [c.label for c in counts] == ["content", "tense"]


def test_granularity_counts_only_my_own_words_per_month():
    uses = [
        use("e1", "anxious"), use("e2", "anxious"),
        use("e2", "fine", place=(0.2, -0.1), vague=True),
        use("e2", "furious", "other"),
        use("e4", "calm", day=date(2024, 4, 2), place=(0.6, -0.6)),
    ]
    march, april = granularity_by_month(uses)
    assert (march.month, march.uses, march.distinct_words) == (date(2024, 3, 1), 3, 2)
    assert march.vague_share == 1 / 3
    assert march.quadrant_counts == {Quadrant.HIGH_PLEASANT: 0, Quadrant.LOW_PLEASANT: 1,
                                     Quadrant.LOW_UNPLEASANT: 0, Quadrant.HIGH_UNPLEASANT: 2}
    assert march.quadrants_used == 2
    assert (april.month, april.uses, april.distinct_words, april.vague_share) == (
        date(2024, 4, 1), 1, 1, 0.0)


def test_granularity_of_no_words_is_no_months():
    assert granularity_by_month([use("e1", "sad", "other")]) == []


def moment(uuid: str, day: date, mood: int | None, stress: int | None,
           at: datetime | None = None, tz: str = "UTC") -> EntryMoment:
    created = at or datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
    return EntryMoment(uuid, day, created, tz, mood, None, stress)


def test_by_weekday_averages_each_rating_over_the_entries_that_have_it():
    buckets = by_weekday([moment("a", date(2024, 3, 4), 6, 2),
                          moment("b", date(2024, 3, 11), 8, None),
                          moment("c", date(2024, 3, 6), None, 5)])
    monday, wednesday = buckets[0], buckets[2]
    assert (monday.label, monday.mood, monday.mood_count, monday.stress, monday.stress_count) == (
        "Mon", 7.0, 2, 2.0, 1)
    assert monday.entry_uuids == ("a", "b")
    assert (wednesday.mood, wednesday.stress, wednesday.entry_uuids) == (None, 5.0, ("c",))
    assert [b.label for b in buckets] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert buckets[6].mood is None and buckets[6].mood_count == 0


def test_time_of_day_uses_the_local_wall_clock_across_the_daylight_saving_change():
    # Berlin moved its clocks from 02:00 to 03:00 on 31 March 2024: 04:30 UTC is 05:30 the
    # day before (night) but 06:30 that day (morning).
    before = moment("before", date(2024, 3, 30), 4, None,
                    datetime(2024, 3, 30, 4, 30, tzinfo=UTC), "Europe/Berlin")
    after = moment("after", date(2024, 3, 31), 8, None,
                   datetime(2024, 3, 31, 4, 30, tzinfo=UTC), "Europe/Berlin")
    evening = moment("evening", date(2024, 3, 31), 6, 3,
                     datetime(2024, 3, 31, 23, 59, tzinfo=UTC), "Not/AZone")
    night, morning, afternoon, late = by_time_of_day([before, after, evening])
    assert (before.local_hour, after.local_hour, evening.local_hour) == (5, 6, 23)
    assert (night.entry_uuids, night.mood) == (("before",), 4.0)
    assert (morning.entry_uuids, morning.mood) == (("after",), 8.0)
    assert afternoon.entry_uuids == ()
    assert (late.label, late.mood, late.stress) == ("Evening (18–24)", 6.0, 3.0)
