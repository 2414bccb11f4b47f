"""Check-in scoring against hand-computed answers, and when a check-in is due (zones included)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from empathy_journal.domain.check_in_schedule import (
    Schedule,
    due_check_ins,
    read_days,
    write_days,
)
from empathy_journal.domain.instruments import (
    EMPATHY_INSTRUMENT,
    PSS10_INSTRUMENT,
    WHO5_INSTRUMENT,
    describe_score,
    part_means,
    shown_score,
    who5_percent,
)


@pytest.mark.parametrize(("answers", "raw", "percent"), [
    ([5, 4, 3, 2, 1], 15, 60),   # 5+4+3+2+1
    ([0, 0, 0, 0, 0], 0, 0),
    ([5, 5, 5, 5, 5], 25, 100),
    ([3, 3, 2, 2, 3], 13, 52),   # just above the 50 % line
    ([2, 3, 2, 3, 2], 12, 48),
])
def test_who5_raw_score_and_the_times_four_percentage(answers: list[int], raw: int,
                                                      percent: int) -> None:
    assert WHO5_INSTRUMENT.raw_score(answers) == raw
    assert who5_percent(raw) == percent == shown_score("who5", raw)


def test_who5_bands_put_50_percent_and_below_in_the_lower_band() -> None:
    assert describe_score("who5", 12) == "48 % (12 of 25): lower than it could be: worth some care"
    assert describe_score("who5", 13) == "52 % (13 of 25): good"


@pytest.mark.parametrize(("answers", "score"), [
    # items 4, 5, 7, 8 count as 4 − answer
    ([0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 16),
    ([4, 4, 4, 0, 0, 4, 0, 0, 4, 4], 40),
    ([0, 0, 0, 4, 4, 0, 4, 4, 0, 0], 0),
    # 3+2+3 +(4−1)+(4−2) +2 +(4−3)+(4−1) +2+1 = 8+3+2+2+1+3+3 = 22
    ([3, 2, 3, 1, 2, 2, 3, 1, 2, 1], 22),
])
def test_pss10_reverse_scores_items_4_5_7_and_8(answers: list[int], score: int) -> None:
    assert PSS10_INSTRUMENT.raw_score(answers) == score


def test_pss10_bands_are_named_gently() -> None:
    assert describe_score("pss10", 13) == "13 of 40: lighter stress"
    assert describe_score("pss10", 14) == "14 of 40: moderate stress"
    assert describe_score("pss10", 27) == "27 of 40: a heavy load"
    assert "convention" in PSS10_INSTRUMENT.bands_note


def test_empathy_self_check_reverses_the_minus_items_per_part() -> None:
    # perspective: 5, 4, 4, (6−2)=4, (6−1)=5 → 22, mean 4.4
    # concern: 3, 4, (6−4)=2, (6−3)=3, (6−2)=4 → 16, mean 3.2
    answers = [5, 4, 4, 2, 1, 3, 4, 4, 3, 2]
    assert EMPATHY_INSTRUMENT.raw_score(answers) == 38
    assert part_means(answers) == pytest.approx({"perspective": 4.4, "concern": 3.2})
    assert shown_score("empathy", 38) == pytest.approx(3.8)
    assert EMPATHY_INSTRUMENT.band_of(3.8) is None  # no norms: self-reflection only


@pytest.mark.parametrize("answers", [[1, 2, 3, 4], [6, 0, 0, 0, 0], [1, 2, 3, 4, True],
                                     [1.0, 2, 3, 4, 5]])
def test_answers_off_the_scale_are_refused(answers: list) -> None:
    with pytest.raises(ValueError, match="WHO-5"):
        WHO5_INSTRUMENT.raw_score(answers)


TODAY = date(2026, 11, 26)


def _due(last: dict[str, datetime], *, schedule: Schedule | None = None,
         dismissed: dict[str, date] | None = None, today: date = TODAY,
         zone: str = "Europe/Berlin") -> list[str]:
    return [d.instrument.id for d in due_check_ins(schedule or Schedule(), last,
                                                   dismissed or {}, today, zone)]


def test_never_taken_check_ins_are_offered_at_once_in_order() -> None:
    assert _due({}) == ["who5", "pss10", "empathy"]


def test_each_check_in_is_due_after_its_own_interval() -> None:
    taken = {"who5": datetime(2026, 11, 12, 18, tzinfo=UTC),     # 14 days ago: due today
             "pss10": datetime(2026, 10, 28, 18, tzinfo=UTC),    # 29 days ago: due tomorrow
             "empathy": datetime(2026, 9, 27, 18, tzinfo=UTC)}   # 60 days ago: due today
    assert _due(taken) == ["who5", "empathy"]
    assert _due(taken, today=date(2026, 11, 27)) == ["who5", "pss10", "empathy"]
    assert _due(taken, today=date(2026, 11, 25)) == []


def test_the_schedule_changes_the_interval_and_can_turn_one_off() -> None:
    taken = {i: datetime(2026, 11, 12, 18, tzinfo=UTC) for i in ("who5", "pss10", "empathy")}
    schedule = Schedule({"who5": 30, "pss10": 14, "empathy": 0})
    assert _due(taken, schedule=schedule) == ["pss10"]
    assert _due({}, schedule=schedule) == ["who5", "pss10"]


def test_the_local_day_of_the_last_check_in_decides() -> None:
    # 23:30 UTC on 12 November is already the 13th in Tokyo, still the 12th in New York.
    taken = {"who5": datetime(2026, 11, 12, 23, 30, tzinfo=UTC)}
    only = Schedule({"who5": 14, "pss10": 0, "empathy": 0})
    assert _due(taken, schedule=only, zone="America/New_York") == ["who5"]
    assert _due(taken, schedule=only, zone="Asia/Tokyo") == []
    assert _due(taken, schedule=only, zone="Asia/Tokyo", today=date(2026, 11, 27)) == ["who5"]
    assert _due(taken, schedule=only, zone="Not/AZone") == ["who5"]  # unknown zone: UTC


def test_not_now_puts_a_check_in_off_for_one_period() -> None:
    taken = {"who5": datetime(2026, 11, 1, 18, tzinfo=UTC)}
    only = Schedule({"who5": 14, "pss10": 0, "empathy": 0})
    put_off = {"who5": date(2026, 11, 20)}
    assert _due(taken, schedule=only, dismissed=put_off) == []
    assert _due(taken, schedule=only, dismissed=put_off, today=date(2026, 12, 3)) == []
    assert _due(taken, schedule=only, dismissed=put_off, today=date(2026, 12, 4)) == ["who5"]


def test_schedule_and_dismissals_survive_their_stored_text() -> None:
    schedule = Schedule({"who5": 30, "pss10": 30, "empathy": 0})
    assert Schedule.from_json(schedule.to_json()) == schedule
    assert Schedule.from_json("not json") == Schedule()
    assert Schedule.from_json('{"who5": -3, "pss10": true, "x": 5}') == Schedule()
    days = {"who5": date(2026, 11, 20)}
    assert read_days(write_days(days)) == days
    assert read_days('{"who5": "yesterday"}') == {}
