"""Coping guides keep time exactly; records go through the session, linked to today's entry."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from empathy_journal.domain.coping import (
    BOX,
    BUILTIN_TECHNIQUES,
    FOUR_SEVEN_EIGHT,
    Breath,
    Guide,
    guide_for,
)
from empathy_journal.domain.entry import EmotionTag, new_entry
from empathy_journal.session.changes import Change
from empathy_journal.session.coping import NAMED_TITLE, Attempt, NamedFeelings
from empathy_journal.session.journal_session import EntryDraft, JournalSession
from empathy_journal.storage.journal import Journal

TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 18, 30, tzinfo=UTC)
TECHNIQUES = {t.id: t for t in BUILTIN_TECHNIQUES}


@pytest.fixture
def session(memory_journal: Journal) -> JournalSession:
    return JournalSession(memory_journal, today=lambda: TODAY)


def test_box_breathing_walks_its_four_phases_and_repeats() -> None:
    guide = Guide(BOX, 32, repeat=True)
    labels = [guide.at(t).step.label for t in (0, 4.5, 8.2, 12.9, 16.1)]
    assert labels == ["Breathe in", "Hold", "Breathe out", "Hold", "Breathe in"]
    assert guide.at(2).fullness == pytest.approx(0.5)
    assert guide.at(6).fullness == 1.0 and guide.at(14).fullness == 0.0
    assert guide.at(10).fullness == pytest.approx(0.5)
    assert not guide.at(31.9).finished
    end = guide.at(40)
    assert end.finished and end.remaining == 0 and end.step.breath == Breath.HOLD_EMPTY


def test_breathing_lasts_whole_cycles_near_the_chosen_minutes() -> None:
    guide = guide_for(TECHNIQUES["breathing_478"], 1)
    assert guide.cycle_s == 19 and guide.total_s == 57  # three cycles of 4-7-8
    assert guide.at(11.5).step.label == "Breathe out"
    assert guide_for(TECHNIQUES["resonance_breathing"], 1).total_s == 60  # six breaths
    assert guide_for(TECHNIQUES["box_breathing"], 99).total_s == 608  # ten minutes, in whole cycles
    assert sum(s.seconds for s in FOUR_SEVEN_EIGHT) == 19


def test_a_stretch_break_spreads_its_poses_over_the_length() -> None:
    guide = guide_for(TECHNIQUES["stretch_break"], 5)
    assert guide.total_s == 300
    assert sum(s.seconds for s in guide.steps) == pytest.approx(300)
    assert guide.at(0).step.label == "Neck rolls"
    assert guide.at(299).step.label == "Mountain pose"
    assert guide.at(301).finished


def test_a_record_links_to_todays_latest_entry_and_is_announced(session) -> None:
    heard: list[Change] = []
    session.subscribe(heard.append)
    assert session.coping.stress_today() is None
    saved = session.save(EntryDraft(replace(new_entry(TODAY), body="a long day", stress=7)))
    assert session.coping.stress_today() == 7
    record = session.coping.record(Attempt("box_breathing", 7, 4, 64, "deadline"), now=NOW)
    assert record.entry_id == saved.entry.id and record.id is not None
    assert heard[-1].coping and not heard[-1].entries
    [stored] = session.coping.records_on(TODAY)
    assert (stored.stress_before, stored.stress_after, stored.duration_s, stored.trigger) == (
        7, 4, 64, "deadline")


def test_without_an_entry_the_record_stands_alone(session) -> None:
    record = session.coping.record(Attempt("body_scan", 6, None, 90), now=NOW)
    assert record.entry_id is None
    assert session.entry_count() == 0


def test_named_feelings_become_a_short_entry_in_the_same_write(session) -> None:
    heard: list[Change] = []
    session.subscribe(heard.append)
    named = NamedFeelings([EmotionTag("anxious", 4)], "ten quiet minutes")
    record = session.coping.record(Attempt("name_it", 8, 5, 70), named=named,
                                   tz="Europe/Berlin", now=NOW)
    [summary] = session.entries_between(TODAY, TODAY)
    entry = session.entry(summary.uuid)
    assert entry.title == NAMED_TITLE and entry.body == "What I need: ten quiet minutes"
    assert entry.emotions == [EmotionTag("anxious", 4)] and record.entry_id == entry.id
    assert heard[-1].coping and summary.uuid in heard[-1].entries and TODAY in heard[-1].days


def test_own_techniques_are_kept_and_listed_after_the_built_ins(session) -> None:
    technique = session.coping.add_technique("Walk round the block", 10)
    assert technique.id == "my-walk-round-the-block" and technique.minutes == 10
    listed = session.coping.techniques()
    assert [t.id for t in listed[:len(BUILTIN_TECHNIQUES)]] == list(TECHNIQUES)
    assert listed[-1] == technique
    with pytest.raises(ValueError):
        session.coping.add_technique("  ", 5)


def test_nothing_is_written_while_locked(journal_path) -> None:
    journal = Journal.open(journal_path)
    session = JournalSession(journal, today=lambda: TODAY)
    session.lock()
    from empathy_journal.storage.journal import JournalLockedError

    with pytest.raises(JournalLockedError):
        session.coping.record(Attempt("box_breathing", 5, 3, 60))
    journal.close()
