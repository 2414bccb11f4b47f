"""With/without comparisons, perspective accuracy, coping efficacy and the period summary."""

from __future__ import annotations

from datetime import date

from empathy_journal.domain.analytics.comparisons import compare_markers
from empathy_journal.domain.analytics.emotion_stats import EmotionCount
from empathy_journal.domain.analytics.outcomes import (
    accuracy_by_month,
    accuracy_by_person,
    coping_effects,
)
from empathy_journal.domain.analytics.records import (
    CheckedGuess,
    CopingUse,
    DayMarker,
    DayMeans,
    DayNote,
)
from empathy_journal.domain.analytics.summary import best_and_hardest, summarize
from empathy_journal.domain.conversation import FollowUp, PerspectiveResult
from empathy_journal.domain.perspective import PerspectiveCheck


def d(day: int, month: int = 3) -> date:
    return date(2024, month, day)


def test_compare_markers_needs_enough_rated_days_on_each_side():
    rated = [DayMeans(d(1), 8), DayMeans(d(2), 6), DayMeans(d(3), 7), DayMeans(d(4), 3, None, 6),
             DayMeans(d(5), 4), DayMeans(d(6), 5), DayMeans(d(7), None, None, 5)]
    markers = [DayMarker(d(day), "practice", "listened", "Listened") for day in (1, 2, 3, 7)]
    markers += [DayMarker(d(4), "tag", "work", "#work"),
                DayMarker(d(1), "practice", "listened", "Listened")]
    listened, work = compare_markers(rated, markers)
    assert (listened.label, listened.days) == ("Listened", (d(1), d(2), d(3), d(7)))
    assert (listened.mood.with_mean, listened.mood.with_days) == (7.0, 3)
    assert (listened.mood.without_mean, listened.mood.without_days) == (4.0, 3)
    assert listened.mood.enough and listened.mood.difference == 3.0
    assert (listened.stress.with_mean, listened.stress.with_days) == (5.0, 1)
    assert (listened.stress.enough, listened.stress.difference) == (False, None)
    assert (work.mood.with_mean, work.mood.with_days, work.mood.without_days) == (3.0, 1, 5)
    assert work.mood.difference is None


def guess(uuid: str, checked_on: date, person: str, result: str) -> CheckedGuess:
    return CheckedGuess(PerspectiveCheck(PerspectiveResult(result), checked_on), uuid, person)


def test_accuracy_groups_guesses_by_month_checked_and_by_person_with_their_entries():
    guesses = [guess("a", d(2), "Ana", "right"), guess("b", d(9), "Ben", "partly"),
               guess("c", d(20), "Ana", "wrong"), guess("e", d(3, 4), "Ben", "right")]
    (march, in_march), (april, in_april) = accuracy_by_month(guesses)
    counts = in_march.accuracy
    assert (march, counts.right, counts.partly, counts.wrong) == (d(1), 1, 1, 1)
    assert (counts.score, in_march.entry_uuids, in_march.label) == (0.5, ("a", "b", "c"),
                                                                    "Mar 2024")
    assert (april, in_april.accuracy.total, in_april.accuracy.score) == (d(1, 4), 1, 1.0)
    people = accuracy_by_person(guesses)
    assert [(p.label, p.accuracy.total, p.accuracy.score, p.entry_uuids) for p in people] == [
        ("Ana", 2, 0.5, ("a", "c")), ("Ben", 2, 0.75, ("b", "e"))]


def test_coping_effects_use_only_records_rated_before_and_after_biggest_drop_first():
    uses = [CopingUse("walk", "A walk", d(1), 5, 4), CopingUse("box", "Box breathing", d(2), 8, 3),
            CopingUse("box", "Box breathing", d(2), 6, 3), CopingUse("talk", "Talking", d(3), 7,
                                                                     None)]
    box, walk = coping_effects(uses)
    assert (box.label, box.uses, box.before, box.after, box.change, box.days) == (
        "Box breathing", 2, 7.0, 3.0, -4.0, (d(2),))
    assert (walk.uses, walk.change) == (1, -1.0)


def test_coping_efficacy_is_the_median_drop_with_sessions_and_spread():
    # Box: drops 8−3=5, 6−5=1, 7−4=3, 9−2=7 → sorted 1, 3, 5, 7 → median 4, range 1 to 7.
    # Walk: drops 5−5=0, 4−6=−2, 6−3=3 → sorted −2, 0, 3 → median 0, range −2 to 3.
    # Reframe: two sessions only → too few for a median.
    uses = [CopingUse("box", "Box breathing", d(1), 8, 3), CopingUse("box", "Box breathing",
                                                                     d(2), 6, 5),
            CopingUse("box", "Box breathing", d(4), 7, 4), CopingUse("box", "Box breathing",
                                                                     d(9), 9, 2),
            CopingUse("walk", "A walk", d(3), 5, 5), CopingUse("walk", "A walk", d(5), 4, 6),
            CopingUse("walk", "A walk", d(6), 6, 3),
            CopingUse("reframe", "Reframe it", d(7), 6, 2),
            CopingUse("reframe", "Reframe it", d(8), 5, 3),
            CopingUse("walk", "A walk", d(10), None, 3)]  # not rated before: left out
    effects = {e.technique_id: e for e in coping_effects(uses)}
    box, walk, reframe = effects["box"], effects["walk"], effects["reframe"]
    assert (box.uses, box.median_drop, box.spread, box.drops) == (4, 4, (1, 7), (5, 1, 3, 7))
    assert (walk.uses, walk.median_drop, walk.spread) == (3, 0, (-2, 3))
    assert (reframe.uses, reframe.enough, reframe.median_drop, reframe.spread) == (
        2, False, None, None)


def note(uuid: str, day: int, mood: int | None, stress: int | None = None) -> DayNote:
    return DayNote(uuid, d(day), f"headline {uuid}", mood, stress)


def test_best_and_hardest_break_ties_on_stress_and_never_repeat_one_entry():
    notes = [note("a", 1, 8, 3), note("b", 2, 8, 1), note("c", 3, 2, 5), note("d", 4, 2, 9),
             note("e", 5, None)]
    best, hardest = best_and_hardest(notes)
    assert (best.uuid, hardest.uuid) == ("b", "d")
    assert best_and_hardest([note("a", 1, 5)]) == (note("a", 1, 5), None)
    assert best_and_hardest([note("a", 1, None)]) == (None, None)


def test_a_single_rated_day_is_the_best_day_and_never_also_the_hardest():
    # Two entries of one day with different moods: still one rated day.
    best, hardest = best_and_hardest([note("a", 3, 7, 2), note("b", 3, 4, 6), note("c", 5, None)])
    assert (best.uuid, hardest) == ("a", None)
    # Two days rated alike: neither is harder than the other.
    best, hardest = best_and_hardest([note("a", 3, 6), note("b", 4, 6)])
    assert (best.uuid, hardest) == ("a", None)


def test_summarize_compares_day_means_with_the_previous_period():
    counts = [EmotionCount("calm", "calm", 1, 3, 0.5, ("a",)),
              EmotionCount("tense", "tense", 2, 0, -0.5, ("b",))]
    follow_up = FollowUp(2, "b", d(1), "Ask how the move went", d(10, 4), "Ana")
    summary = summarize([DayMeans(d(1), 6, None, 4), DayMeans(d(2), 8)],
                        [DayMeans(d(1, 2), 5, None, 6)],
                        [note("a", 1, 6, 4), note("b", 1, 6), note("c", 2, 8)], counts,
                        [follow_up])
    assert (summary.entries, summary.days_written, summary.rated_days) == (3, 2, 2)
    assert (summary.mood, summary.stress) == (7.0, 4.0)
    assert (summary.mood_change, summary.stress_change) == (2.0, -2.0)
    assert (summary.top_mine, summary.top_theirs) == (("tense", "calm"), ("calm",))
    assert (summary.best.uuid, summary.hardest.uuid) == ("c", "a")
    assert summary.open_follow_ups == (follow_up,)
    assert not summary.is_empty


def test_summarize_an_empty_period():
    summary = summarize([], [], [], [], [])
    assert summary.is_empty
    assert (summary.mood, summary.mood_change, summary.best, summary.top_mine) == (
        None, None, None, ())
