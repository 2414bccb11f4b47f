"""A whole review read from a real journal: empty, one day, several entries a day, everything."""

from __future__ import annotations

from datetime import date

from insights_helpers import (
    add_coping,
    add_debrief,
    add_entry,
    add_person,
    add_practice,
    add_value,
)

from empathy_journal.domain.analytics.period import Period, PeriodKind
from empathy_journal.insights.review import load_review, trend_start
from empathy_journal.insights.summary_text import summary_lines

MARCH = Period.month(2024, 3)


def test_an_empty_month_has_every_day_unrated_and_a_kind_summary(memory_journal):
    review = load_review(memory_journal, MARCH)
    assert len(review.series) == 31
    assert all(p.mood is None and p.mood_rolling is None for p in review.series)
    assert (review.emotions, review.markers, review.coping, review.accuracy_trend) == (
        [], [], [], [])
    assert review.summary.is_empty
    assert summary_lines(review.summary, "March 2024", "February 2024") == [
        "Nothing written in March 2024 yet. A few lines on an evening are enough; "
        "this page fills in as you write."]


def test_one_day_of_data(memory_journal):
    add_entry(memory_journal, date(2024, 3, 5), mood=7, stress=3, mine=["anxious"],
              title="Standup went sideways")
    review = load_review(memory_journal, MARCH)
    fifth = review.series[4]
    assert (fifth.day, fifth.mood, fifth.stress, fifth.mood_rolling) == (date(2024, 3, 5), 7, 3,
                                                                         7.0)
    assert review.series[10].mood_rolling == 7.0 and review.series[11].mood_rolling is None
    assert [(c.label, c.mine, c.theirs) for c in review.emotions] == [("anxious", 1, 0)]
    assert review.summary.best.headline == "Standup went sideways"
    assert review.summary.hardest is None
    assert review.calendar.mood == {date(2024, 3, 5): 7.0}


def test_several_entries_a_day_are_averaged_per_day_but_counted_per_entry(memory_journal):
    add_entry(memory_journal, date(2024, 3, 5), mood=6, stress=4, hour=8)
    add_entry(memory_journal, date(2024, 3, 5), mood=9, stress=1, hour=21, body="A good talk")
    add_entry(memory_journal, date(2024, 2, 20), mood=2, stress=9)
    review = load_review(memory_journal, MARCH)
    assert (review.series[4].mood, review.series[4].stress) == (7.5, 2.5)
    tuesday = review.weekdays[1]
    assert (tuesday.mood, tuesday.mood_count, tuesday.stress) == (7.5, 2, 2.5)
    morning, evening = review.times_of_day[1], review.times_of_day[3]
    assert (morning.mood, evening.mood) == (6.0, 9.0)
    assert (review.summary.entries, review.summary.days_written) == (2, 1)
    assert (review.summary.mood, review.summary.previous_mood) == (7.5, 2.0)
    assert review.summary.best.headline == "A good talk"


def test_trashed_entries_are_left_out(memory_journal):
    kept = add_entry(memory_journal, date(2024, 3, 1), mood=5)
    gone = add_entry(memory_journal, date(2024, 3, 2), mood=1, mine=["hurt"])
    memory_journal.repository.trash_entry(gone.uuid)
    review = load_review(memory_journal, MARCH)
    assert [p.mood for p in review.series[:2]] == [5, None]
    assert review.emotions == []
    assert review.summary.best.uuid == kept.uuid


def test_practices_tags_values_debriefs_and_coping_flow_into_the_review(memory_journal):
    journal = memory_journal
    days = [add_entry(journal, date(2024, 3, day), mood=mood, stress=10 - mood, tags=tags)
            for day, mood, tags in [(1, 8, ["run"]), (2, 7, ["run"]), (3, 9, ["run"]),
                                    (4, 3, []), (5, 4, []), (6, 5, ["work"])]]
    add_practice(journal, "listened_fully", "Listened without interrupting", *days[:3])
    add_value(journal, "Honesty", "against", days[3])
    ana = add_person(journal, "Ana")
    add_debrief(journal, days[3], ana, check="right", follow_up="Ask about the review",
                due="2024-04-02")
    add_debrief(journal, days[4], ana, check="partly", follow_up="Done already", done=True)
    add_debrief(journal, days[5], None, follow_up="Thank the team")
    add_coping(journal, "box", "Box breathing", date(2024, 3, 4), 8, 4)
    add_coping(journal, "box", "Box breathing", date(2024, 3, 5), 6, 4)
    review = load_review(journal, MARCH)
    by_label = {m.label: m for m in review.markers}
    assert set(by_label) == {"Listened without interrupting", "#run", "#work",
                             "Acted against Honesty"}
    listened = by_label["Listened without interrupting"].mood
    assert (listened.with_mean, listened.without_mean, listened.difference) == (8.0, 4.0, 4.0)
    assert by_label["#work"].mood.enough is False
    assert [(c.label, c.before, c.after) for c in review.coping] == [("Box breathing", 7.0, 4.0)]
    assert [(g.label, g.accuracy.right, g.accuracy.partly, g.accuracy.score)
            for g in review.accuracy_people] == [("Ana", 1, 1, 0.75)]
    assert [(f.text, f.person_name, f.due) for f in review.summary.open_follow_ups] == [
        ("Ask about the review", "Ana", date(2024, 4, 2)), ("Thank the team", "", None)]


def test_over_time_charts_cover_twelve_months_or_the_whole_year(memory_journal):
    assert trend_start(MARCH) == date(2023, 4, 1)
    assert trend_start(Period(PeriodKind.YEAR, date(2024, 1, 1))) == date(2024, 1, 1)
    add_entry(memory_journal, date(2023, 4, 30), mine=["calm"])
    add_entry(memory_journal, date(2023, 3, 31), mine=["calm"])
    add_entry(memory_journal, date(2024, 3, 9), mine=["fine", "tense"])
    review = load_review(memory_journal, MARCH)
    assert [(g.month, g.distinct_words) for g in review.granularity] == [
        (date(2023, 4, 1), 1), (date(2024, 3, 1), 2)]
    assert review.granularity[1].vague_share == 0.5
    assert [c.label for c in review.emotions] == ["fine", "tense"]


def test_summary_lines_read_as_sentences(memory_journal):
    add_entry(memory_journal, date(2024, 2, 10), mood=5, stress=6)
    add_entry(memory_journal, date(2024, 3, 4), mood=8, stress=2, title="Lunch with Ana",
              mine=["grateful"], theirs=["tense"])
    add_entry(memory_journal, date(2024, 3, 11), mood=4, stress=7, body="Late deploy.\nMore",
              mine=["frustrated", "grateful"])
    review = load_review(memory_journal, MARCH)
    assert summary_lines(review.summary, "March 2024", "February 2024") == [
        "2 entries on 2 days in March 2024.",
        "Average mood 6 of 10 (+1 vs. February 2024).",
        "Average stress 4.5 of 10 (−1.5 vs. February 2024).",
        "What I felt most: grateful, frustrated.",
        "What I saw most in others: tense.",
        "Best day: Mon 4 Mar, mood 8: “Lunch with Ana”",
        "Hardest day: Mon 11 Mar, mood 4: “Late deploy.”",
    ]
