"""Check-ins through the session: stored as answered, announced, scheduled, put off, migrated."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from empathy_journal.domain.check_in_schedule import Schedule
from empathy_journal.session.changes import Change
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.session.preferences import SCHEDULE_KEY
from empathy_journal.storage.journal import Journal

DAY = date(2026, 11, 26)
EVENING = datetime(2026, 11, 26, 22, 30, tzinfo=UTC)  # 23:30 in Berlin, the 27th in Tokyo
FIXTURES = Path(__file__).parent / "fixtures"


def _session(journal: Journal) -> tuple[JournalSession, list[Change]]:
    session = JournalSession(journal, today=lambda: DAY)
    heard: list[Change] = []
    session.subscribe(heard.append)
    return session, heard


def test_a_check_in_keeps_every_answer_and_the_raw_score(memory_journal: Journal) -> None:
    session, heard = _session(memory_journal)
    stored = session.wellbeing.record("who5", [5, 4, 3, 2, 1], zone_name="Europe/Berlin",
                                      now=EVENING)
    assert (stored.score, stored.local_date) == (15, DAY)
    row = memory_journal.db.execute("SELECT instrument, answers, score, local_date "
                                    "FROM assessments").fetchone()
    assert (row[0], json.loads(row[1]), row[2], row[3]) == ("who5", [5, 4, 3, 2, 1], 15,
                                                            "2026-11-26")
    assert [c.check_ins for c in heard] == [True]
    assert session.wellbeing.history() == [stored]


def test_the_local_day_follows_the_zone_it_was_taken_in(memory_journal: Journal) -> None:
    session, _ = _session(memory_journal)
    stored = session.wellbeing.record("pss10", [2] * 10, zone_name="Asia/Tokyo", now=EVENING)
    assert stored.local_date == date(2026, 11, 27)
    assert session.wellbeing.history(last=DAY) == []


def test_refused_answers_store_nothing_and_announce_nothing(memory_journal: Journal) -> None:
    session, heard = _session(memory_journal)
    with pytest.raises(ValueError, match="PSS-10"):
        session.wellbeing.record("pss10", [2] * 9, zone_name="UTC", now=EVENING)
    assert session.wellbeing.history() == [] and heard == []


def test_taking_a_check_in_ends_its_due_line(memory_journal: Journal) -> None:
    session, _ = _session(memory_journal)
    assert [d.instrument.id for d in session.wellbeing.due("Europe/Berlin")] == [
        "who5", "pss10", "empathy"]
    session.wellbeing.record("who5", [3] * 5, zone_name="Europe/Berlin", now=EVENING)
    assert [d.instrument.id for d in session.wellbeing.due("Europe/Berlin")] == [
        "pss10", "empathy"]


def test_not_now_and_the_schedule_are_journal_settings(memory_journal: Journal) -> None:
    session, heard = _session(memory_journal)
    session.wellbeing.not_now(["who5", "pss10"])
    assert [d.instrument.id for d in session.wellbeing.due("UTC")] == ["empathy"]
    session.wellbeing.set_schedule(Schedule({"who5": 14, "pss10": 30, "empathy": 0}))
    assert session.wellbeing.due("UTC") == []
    assert session.wellbeing.due("UTC", today=date(2026, 12, 10))[0].instrument.id == "who5"
    assert session.wellbeing.schedule().every("empathy") == 0
    assert all(c.check_ins for c in heard) and SCHEDULE_KEY in heard[-1].settings


def test_migration_keeps_old_check_ins_and_dates_them_by_their_utc_day(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    shutil.copyfile(FIXTURES / "journal-0003_search.sqlite", path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO assessments (uuid, instrument, taken_utc, answers, score) VALUES "
                 "('a1', 'who5', '2025-03-30T23:10:00Z', '[3,3,3,3,3]', 15)")
    conn.commit()
    conn.close()
    journal = Journal.open(path)
    try:
        session, _ = _session(journal)
        (old,) = session.wellbeing.history()
        assert (old.score, old.local_date, old.answers) == (15, date(2025, 3, 30), (3,) * 5)
        session.wellbeing.record("empathy", [4] * 10, zone_name="UTC", now=EVENING)
        assert [c.instrument for c in session.wellbeing.history()] == ["who5", "empathy"]
    finally:
        journal.close()
