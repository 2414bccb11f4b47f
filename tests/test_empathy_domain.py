"""Pure rules of debriefs, follow-ups, perspective accuracy, people names and prompt rotation."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

import pytest

from empathy_journal.domain.conversation import (
    DEBRIEF_TEXT_FIELDS,
    Debrief,
    FollowUp,
    FollowUpState,
    PerspectiveResult,
    follow_up_order,
)
from empathy_journal.domain.people import clean_person_name, name_key
from empathy_journal.domain.perspective import (
    Accuracy,
    PerspectiveCheck,
    accuracy,
    accuracy_by_person,
    monthly_accuracy,
    running_accuracy,
)
from empathy_journal.domain.practices import builtin_practices, user_practice_id
from empathy_journal.domain.prompts import PromptRotation, builtin_prompts
from empathy_journal.domain.templates import builtin_templates

RIGHT, PARTLY, WRONG = PerspectiveResult.RIGHT, PerspectiveResult.PARTLY, PerspectiveResult.WRONG
# Not the shared window TODAY: the follow-up states below (overdue, due soon, later) are
# written as dates around 10 March 2026, so this file keeps its own day.
TODAY = date(2026, 3, 10)


def _follow_up(entry_id: int, due: date | None, *, done: bool = False,
               written: date = date(2026, 3, 1)) -> FollowUp:
    done_at = datetime(2026, 3, 9, tzinfo=UTC) if done else None
    return FollowUp(entry_id, f"u{entry_id}", written, f"step {entry_id}", due, "", done_at)


def test_follow_up_state_relative_to_today() -> None:
    assert _follow_up(1, date(2026, 3, 9)).state(TODAY) is FollowUpState.OVERDUE
    assert _follow_up(1, TODAY).state(TODAY) is FollowUpState.DUE_SOON
    assert _follow_up(1, date(2026, 3, 13)).state(TODAY) is FollowUpState.DUE_SOON
    assert _follow_up(1, date(2026, 3, 14)).state(TODAY) is FollowUpState.LATER
    assert _follow_up(1, None).state(TODAY) is FollowUpState.UNDATED
    assert _follow_up(1, date(2026, 3, 1), done=True).state(TODAY) is FollowUpState.DONE
    assert _follow_up(1, date(2026, 3, 7)).days_left(TODAY) == -3


def test_follow_ups_are_ordered_overdue_then_due_soon_then_undated_then_done() -> None:
    items = [
        _follow_up(1, None, written=date(2026, 3, 5)),
        _follow_up(2, date(2026, 4, 1)),
        _follow_up(3, date(2026, 3, 2), done=True),
        _follow_up(4, date(2026, 3, 11)),
        _follow_up(5, None, written=date(2026, 2, 1)),
        _follow_up(6, date(2026, 3, 8)),
    ]
    assert [f.entry_id for f in follow_up_order(items)] == [6, 4, 2, 5, 1, 3]


def test_accuracy_on_hand_computed_checks() -> None:
    checks = [
        PerspectiveCheck(RIGHT, date(2026, 1, 5), person_id=1),
        PerspectiveCheck(WRONG, date(2026, 1, 20), person_id=1),
        PerspectiveCheck(PARTLY, date(2026, 2, 3), person_id=2),
        PerspectiveCheck(RIGHT, date(2026, 2, 28), person_id=1),
        PerspectiveCheck(PARTLY, date(2026, 4, 1), person_id=None),
    ]
    overall = accuracy(checks)
    assert (overall.right, overall.partly, overall.wrong, overall.total) == (2, 2, 1, 5)
    assert overall.score == pytest.approx(0.6)  # (1 + 0 + 0.5 + 1 + 0.5) / 5
    assert overall.percent == 60
    per_person = accuracy_by_person(checks)
    assert per_person[1] == Accuracy(right=2, partly=0, wrong=1)
    assert per_person[1].score == pytest.approx(2 / 3)
    assert per_person[2].score == pytest.approx(0.5)
    assert per_person[None].total == 1
    months = monthly_accuracy(checks)
    assert [m.month for m in months] == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 4, 1)]
    assert [m.accuracy.score for m in months] == [0.5, 0.75, 0.5]
    assert running_accuracy(checks) == [
        (date(2026, 1, 5), 1.0), (date(2026, 1, 20), 0.5), (date(2026, 2, 3), 0.5),
        (date(2026, 2, 28), 0.625), (date(2026, 4, 1), 0.6)]


def test_accuracy_without_checks_is_unknown_not_zero() -> None:
    assert accuracy([]).score is None
    assert accuracy([]).percent is None
    assert monthly_accuracy([]) == []


def test_debrief_blankness_and_cleaning() -> None:
    assert Debrief().is_blank
    assert not Debrief(person_id=3).is_blank
    assert Debrief(heard="a\x00b").cleaned().heard == "ab"
    assert len(DEBRIEF_TEXT_FIELDS) == 10
    assert all(f.hint.strip() for f in DEBRIEF_TEXT_FIELDS)


def test_person_names_match_whatever_the_case_or_spacing() -> None:
    assert clean_person_name("  Sam   from\tfinance ") == "Sam from finance"
    assert name_key("SAM  from Finance") == name_key("sam from finance")
    with pytest.raises(ValueError):
        clean_person_name("   ")


def test_prompt_rotation_never_repeats_before_every_prompt_was_shown() -> None:
    prompts = builtin_prompts()
    assert len(prompts) >= 40
    assert len({p.group for p in prompts}) == 7
    rotation = PromptRotation(prompts, rng=random.Random(7))
    first_round = [rotation.next().id for _ in prompts]
    assert sorted(first_round) == sorted(p.id for p in prompts)
    second_start = rotation.next().id
    assert second_start != first_round[-1]
    assert rotation.shown == [second_start]


def test_prompt_rotation_resumes_a_round_from_its_shown_list() -> None:
    prompts = builtin_prompts()
    seen = [p.id for p in prompts[:-2]]
    rotation = PromptRotation(prompts, shown=seen, rng=random.Random(1))
    last_two = {rotation.next().id, rotation.next().id}
    assert last_two == {prompts[-2].id, prompts[-1].id}


def test_builtin_practices_and_templates_ship_complete() -> None:
    practices = builtin_practices()
    assert len(practices) == 12
    assert all(p.description for p in practices)
    names = [t.name for t in builtin_templates()]
    assert names == ["Evening reflection", "Gratitude", "Conflict preparation",
                     "One-to-one / mentoring notes"]
    assert user_practice_id("Thanked someone!", {"my-thanked-someone"}) == "my-thanked-someone-2"


def test_due_lines_read_plainly() -> None:
    from empathy_journal.domain.conversation import describe_due

    lines = [describe_due(_follow_up(1, day), TODAY) for day in (
        date(2026, 3, 8), date(2026, 3, 9), TODAY, date(2026, 3, 11), date(2026, 3, 13),
        date(2026, 3, 20), None)]
    assert lines == ["Overdue by 2 days", "Overdue by 1 day", "Due today", "Due tomorrow",
                     "Due in 3 days", "Due Fri 20 Mar", "No date"]
    assert describe_due(_follow_up(1, TODAY, done=True), TODAY) == "Done"
