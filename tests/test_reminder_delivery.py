"""How reminders are delivered and worded, what they remember, and the autostart entry."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from journal_window import TODAY, open_window
from pytestqt.qtbot import QtBot

from empathy_journal.domain.conversation import FollowUp
from empathy_journal.domain.preferences import ComputerPreferences
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.reminders import autostart
from empathy_journal.ui.reminders.autostart import (
    autostart_entry,
    autostart_path,
    launch_command,
    set_autostart,
)
from empathy_journal.ui.reminders.background_portal import in_flatpak
from empathy_journal.ui.reminders.channels import Channel, choose_channel
from empathy_journal.ui.reminders.reminder_state import EVENING_KEY, ReminderState
from empathy_journal.ui.reminders.reminder_text import (
    BODY_LIMIT,
    evening_message,
    follow_ups_message,
    missed_message,
)

APP_ID = "org.empathyjournal.EmpathyJournal"


@pytest.mark.parametrize(("running", "tray", "bus", "expected"), [
    (True, True, True, Channel.TRAY),
    (True, True, False, Channel.TRAY),
    (True, False, True, Channel.NOTIFICATION),
    (True, False, False, Channel.LINE),
    (False, True, True, Channel.LINE),
    (False, False, True, Channel.LINE),
    (False, False, False, Channel.LINE),
])
def test_the_channel_is_the_tray_then_a_notification_then_the_line(
        running: bool, tray: bool, bus: bool, expected: Channel) -> None:
    assert choose_channel(running_at_the_time=running, tray_available=tray,
                          notifications_available=bus) is expected


def test_the_words_of_an_evening_reminder_name_its_day() -> None:
    today = evening_message(TODAY, TODAY)
    assert (today.title, today.button) == ("A few minutes for your journal?", "Write about today")
    after_midnight = evening_message(TODAY, date(2026, 11, 27))
    assert after_midnight.button == "Write about yesterday"
    older = evening_message(date(2026, 11, 23), TODAY)
    assert older.body == "Click to write about Monday 23 November."
    assert missed_message(date(2026, 11, 25), TODAY).line == (
        "You missed yesterday's evening reminder — write about yesterday?")
    assert missed_message(date(2026, 11, 23), TODAY).line == (
        "You missed the evening reminder of Monday 23 November — write about that day?")


def test_a_follow_up_reminder_quotes_it_only_when_the_journal_is_open_and_plain() -> None:
    due = [FollowUp(1, "u1", TODAY, "Ask   Sam\nabout it", TODAY, person_name="Sam"),
           FollowUp(2, "u2", TODAY, "x" * 300, TODAY)]
    shown = follow_ups_message(due, private=False)
    assert shown.title == "2 follow-ups are due today"
    assert shown.body == "“Ask Sam about it” (with Sam) and 1 more"
    private = follow_ups_message(due, private=True)
    assert (private.body, private.line) == ("Open your journal to see it.",
                                            "2 follow-ups are due today.")
    long = follow_ups_message(due[1:], private=False)
    assert long.body == "“" + "x" * (BODY_LIMIT - 1) + "…”"


def test_the_state_survives_a_restart_and_ignores_what_is_not_a_date(tmp_path: Path,
                                                                     qapp: object) -> None:
    state = ReminderState(tmp_path)
    assert state.evening_handled() is None and state.follow_ups_reminded() is None
    state.set_evening_handled(TODAY)
    state.set_follow_ups_reminded(date(2026, 11, 30))
    again = ReminderState(tmp_path)
    assert (again.evening_handled(), again.follow_ups_reminded()) == (TODAY, date(2026, 11, 30))
    assert (tmp_path / "reminders.ini").stat().st_mode & 0o077 == 0
    again._settings.setValue(EVENING_KEY, "not a day")  # as a hand-edited file might hold
    assert ReminderState(tmp_path).evening_handled() is None
    memory = ReminderState(None)
    memory.set_evening_handled(TODAY)
    assert memory.evening_handled() == TODAY


# -- autostart -----------------------------------------------------------------------------------

def test_the_autostart_folder_follows_xdg_config_home(tmp_path: Path) -> None:
    assert autostart_path({"XDG_CONFIG_HOME": str(tmp_path)}) == (
        tmp_path / "autostart" / f"{APP_ID}.desktop")
    assert autostart_path({}) == Path.home() / ".config" / "autostart" / f"{APP_ID}.desktop"
    assert autostart_path({"XDG_CONFIG_HOME": "relative/dir"}).parent.parent == (
        Path.home() / ".config")


def test_the_command_is_the_bundle_the_script_or_the_package(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    python = tmp_path / "bin" / "python3"
    python.parent.mkdir()
    monkeypatch.setattr(sys, "executable", str(python))
    assert launch_command() == [str(python), "-m", "empathy_journal"]
    script = python.with_name("empathy-journal")
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert launch_command() == [str(script)]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert launch_command() == [str(python)]


def test_exec_quotes_what_the_desktop_entry_specification_reserves(tmp_path: Path) -> None:
    text = autostart_entry(["/opt/My Apps/python", "-m", "empathy_journal", '50%"$'])
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    # quoted for Exec (\" \$), then each backslash doubled for the string the key holds
    assert exec_line == r'Exec="/opt/My Apps/python" -m empathy_journal "50%%\\"\\$"'
    entry = tmp_path / f"{APP_ID}.desktop"
    entry.write_text(text, encoding="utf-8")
    _validate(entry)


def _validate(path: Path) -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed")
    result = subprocess.run([validator, str(path)], capture_output=True, text=True, check=False,
                            timeout=30)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_entry_is_written_valid_and_removed(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    path = set_autostart(True, env, ["/opt/My Apps/empathy-journal"])
    assert path == tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert 'Exec="/opt/My Apps/empathy-journal"' in path.read_text(encoding="utf-8")
    _validate(path)
    set_autostart(False, env)
    assert not path.exists()
    set_autostart(False, env)  # already gone: nothing to do


def test_the_preference_writes_and_removes_the_entry_live(
        qtbot: QtBot, file_journal: Journal, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    window = open_window(qtbot, file_journal, now=lambda: datetime(2026, 11, 26, 12, tzinfo=UTC))
    assert not path.exists()  # off by default
    settings = window.settings
    settings.set_computer_preferences(settings.computer_preferences().changed(autostart=True))
    assert path.is_file()
    _validate(path)
    assert "Exec=" in path.read_text(encoding="utf-8")
    settings.set_computer_preferences(settings.computer_preferences().changed(autostart=False))
    assert not path.exists()


def test_a_refused_autostart_folder_is_said_plainly(
        qtbot: QtBot, file_journal: Journal, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    window = open_window(qtbot, file_journal, now=lambda: datetime(2026, 11, 26, 12, tzinfo=UTC))
    window.settings.set_computer_preferences(ComputerPreferences(autostart=True))
    assert window.page.banner.isVisible()
    assert "could not be set to start after login" in window.page.banner.text.text()
    assert autostart.autostart_path().parent.parent == blocker


def test_reminder_preferences_read_at_start(qtbot: QtBot, file_journal: Journal) -> None:
    first = open_window(qtbot, file_journal, now=lambda: datetime(2026, 11, 26, 12, tzinfo=UTC))
    first.settings.set_computer_preferences(
        ComputerPreferences(evening_reminder=True, evening_time=time(19, 30)))
    first.close()
    window = open_window(qtbot, file_journal,
                         now=lambda: datetime(2026, 11, 26, 12, tzinfo=UTC))
    assert window.reminders.preferences.evening_time == time(19, 30)
    assert window.reminders.next_reminders()[0].at_utc == datetime(2026, 11, 26, 18, 30,
                                                                   tzinfo=UTC)


def test_a_flatpak_is_told_by_its_id_or_its_info_file(tmp_path: Path) -> None:
    info = tmp_path / ".flatpak-info"
    assert not in_flatpak({}, info)
    assert in_flatpak({"FLATPAK_ID": APP_ID}, info)
    info.write_text("[Application]\n")
    assert in_flatpak({}, info)
