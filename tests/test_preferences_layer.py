"""The typed settings layer: every preference round-trips (stored → typed → stored), unreadable
values fall back to defaults, the session writes them in one announced transaction, and the
features below the window use them (backups kept, the check-in schedule)."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from empathy_journal.domain.check_in_schedule import Schedule
from empathy_journal.domain.preferences import ComputerPreferences, JournalPreferences
from empathy_journal.session.changes import Change
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.backup import AUTOMATIC_LABEL, list_backups, make_backup
from empathy_journal.storage.backup_schedule import retention_policy
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.sql import settings_value, store_setting

CHOSEN_COMPUTER = ComputerPreferences(
    theme="dark", text_scale=125, language="de", date_format="iso", week_start="sunday",
    evening_reminder=True, evening_time=time(20, 30), random_minutes=60,
    follow_up_reminders=False, autostart=True)
CHOSEN_JOURNAL = JournalPreferences(
    keep_daily=3, keep_weekly=0, auto_lock_minutes=15,
    check_in_schedule=Schedule({"who5": 30, "pss10": 0, "empathy": 60}))


def test_every_computer_preference_differs_from_its_default_in_the_sample() -> None:
    defaults = ComputerPreferences()
    assert all(getattr(CHOSEN_COMPUTER, f.name) != getattr(defaults, f.name)
               for f in fields(ComputerPreferences))
    defaults_j = JournalPreferences()
    assert all(getattr(CHOSEN_JOURNAL, f.name) != getattr(defaults_j, f.name)
               for f in fields(JournalPreferences))


def test_computer_preferences_round_trip_through_their_stored_text() -> None:
    stored = CHOSEN_COMPUTER.to_stored()
    assert stored == {
        "appearance/theme": "dark", "appearance/text_scale": "125",
        "appearance/language": "de", "appearance/date_format": "iso",
        "appearance/week_start": "sunday", "reminders/evening": "1",
        "reminders/evening_time": "20:30", "reminders/random_minutes": "60",
        "reminders/follow_ups": "0", "reminders/autostart": "1"}
    assert ComputerPreferences.from_stored(stored) == CHOSEN_COMPUTER
    assert ComputerPreferences.from_stored(stored).to_stored() == stored


def test_journal_preferences_round_trip_through_their_stored_text() -> None:
    stored = CHOSEN_JOURNAL.to_stored()
    assert stored == {"backup.keep_daily": "3", "backup.keep_weekly": "0",
                      "security.auto_lock_minutes": "15",
                      "check_ins.schedule": '{"empathy": 60, "pss10": 0, "who5": 30}'}
    assert JournalPreferences.from_stored(stored) == CHOSEN_JOURNAL


@pytest.mark.parametrize(("key", "text"), [
    ("appearance/theme", "purple"), ("appearance/text_scale", "97"),
    ("appearance/text_scale", "large"), ("appearance/date_format", "%d.%m"),
    ("appearance/week_start", "wednesday"), ("reminders/evening", "maybe"),
    ("reminders/evening_time", "25:00"), ("reminders/evening_time", "9pm"),
    ("reminders/random_minutes", "45"), ("reminders/autostart", ""),
])
def test_an_unreadable_computer_preference_falls_back_to_its_default(key: str,
                                                                     text: str) -> None:
    stored = CHOSEN_COMPUTER.to_stored() | {key: text}
    read = ComputerPreferences.from_stored(stored)
    name = next(f.name for f in fields(ComputerPreferences) if f.metadata["key"] == key)
    assert getattr(read, name) == getattr(ComputerPreferences(), name)
    others = [f.name for f in fields(ComputerPreferences) if f.name != name]
    assert all(getattr(read, n) == getattr(CHOSEN_COMPUTER, n) for n in others)


@pytest.mark.parametrize(("key", "text", "name"), [
    ("backup.keep_daily", "0", "keep_daily"), ("backup.keep_daily", "-3", "keep_daily"),
    ("backup.keep_weekly", "53", "keep_weekly"), ("backup.keep_weekly", "x", "keep_weekly"),
    ("security.auto_lock_minutes", "-7", "auto_lock_minutes"),
    ("security.auto_lock_minutes", "100000", "auto_lock_minutes"),
    ("check_ins.schedule", "{not json", "check_in_schedule"),
])
def test_an_unreadable_journal_preference_falls_back_to_its_default(key: str, text: str,
                                                                    name: str) -> None:
    read = JournalPreferences.from_stored(CHOSEN_JOURNAL.to_stored() | {key: text})
    assert getattr(read, name) == getattr(JournalPreferences(), name)


@pytest.mark.parametrize("values", [
    {"theme": "blue"}, {"text_scale": 101}, {"text_scale": True}, {"evening_time": "21:00"},
    {"autostart": "yes"}, {"language_of_moon": "x"},
])
def test_changing_a_computer_preference_is_validated(values: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        ComputerPreferences().changed(**values)


@pytest.mark.parametrize("values", [
    {"keep_daily": 0}, {"keep_daily": 91}, {"keep_weekly": -1}, {"auto_lock_minutes": 241},
    {"check_in_schedule": {"who5": 14}},
])
def test_changing_a_journal_preference_is_validated(values: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        JournalPreferences().changed(**values)


def test_auto_lock_default_depends_on_encryption() -> None:
    assert JournalPreferences().auto_lock_after(encrypted=True) == 10
    assert JournalPreferences().auto_lock_after(encrypted=False) == 0
    assert JournalPreferences(auto_lock_minutes=0).auto_lock_after(encrypted=True) == 0
    assert JournalPreferences(auto_lock_minutes=3).auto_lock_after(encrypted=False) == 3


def test_the_session_writes_every_key_in_one_announced_transaction(file_journal: Journal) -> None:
    session = JournalSession(file_journal)
    heard: list[Change] = []
    session.subscribe(heard.append)
    assert session.journal_preferences() == JournalPreferences()
    session.set_journal_preferences(CHOSEN_JOURNAL)
    assert len(heard) == 1
    assert heard[0].settings == JournalPreferences.stored_keys()
    assert heard[0].check_ins  # the schedule changed: the due line looks again
    for key, text in CHOSEN_JOURNAL.to_stored().items():
        assert settings_value(file_journal.db, key) == text
    assert session.journal_preferences() == CHOSEN_JOURNAL
    session.set_journal_preferences(CHOSEN_JOURNAL.changed(keep_daily=4))
    assert heard[1].settings == {"backup.keep_daily"} and not heard[1].check_ins
    session.set_journal_preferences(session.journal_preferences())
    assert len(heard) == 2  # nothing changed, nothing announced


def test_a_refused_write_keeps_the_stored_preferences(file_journal: Journal,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    session = JournalSession(file_journal)
    session.set_journal_preferences(CHOSEN_JOURNAL)
    import empathy_journal.storage.preferences_store as store

    def failing(db: object, key: str, value: str) -> None:
        if key == "check_ins.schedule":
            raise RuntimeError("disk gone")
        store_setting(file_journal.db, key, value)

    monkeypatch.setattr(store, "store_setting", failing)
    with pytest.raises(RuntimeError):
        session.set_journal_preferences(JournalPreferences())
    monkeypatch.undo()
    assert session.journal_preferences() == CHOSEN_JOURNAL  # all or nothing


def test_unreadable_stored_journal_values_read_as_defaults(file_journal: Journal) -> None:
    for key in ("backup.keep_daily", "security.auto_lock_minutes", "check_ins.schedule"):
        file_journal.repository.set_setting(key, "garbage")
    assert JournalSession(file_journal).journal_preferences() == JournalPreferences()


def test_the_check_in_schedule_is_the_journal_preference(file_journal: Journal) -> None:
    session = JournalSession(file_journal, today=lambda: date(2026, 11, 26))
    session.set_journal_preferences(CHOSEN_JOURNAL)
    assert session.wellbeing.schedule() == CHOSEN_JOURNAL.check_in_schedule
    due = [d.instrument.id for d in session.wellbeing.due("Europe/Berlin")]
    assert due == ["who5", "empathy"]  # PSS-10 is off in the chosen schedule
    session.wellbeing.set_schedule(Schedule({"who5": 0, "pss10": 14, "empathy": 0}))
    assert session.journal_preferences().check_in_schedule.every("pss10") == 14
    assert [d.instrument.id for d in session.wellbeing.due("Europe/Berlin")] == ["pss10"]


def test_backups_kept_are_the_ones_the_backup_schedule_keeps(journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    session = JournalSession(journal)
    session.safety.set_retention(2, 0)
    assert session.journal_preferences().keep_daily == 2
    policy = retention_policy(journal)
    assert (policy.daily, policy.weekly) == (2, 0)
    for day in range(1, 6):
        make_backup(journal.db, journal_path, label=AUTOMATIC_LABEL, policy=policy,
                    now=datetime(2026, 11, day, 12, tzinfo=UTC), tz=UTC)
    kept = sorted(b.taken_utc.day for b in list_backups(journal_path, with_counts=False))
    assert kept == [4, 5]
    with pytest.raises(ValueError):
        session.safety.set_retention(0, 0)
    journal.close()
