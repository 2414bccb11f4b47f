"""Reminders in the real window: a clock passes the time, the reminder comes through the chosen
channel once, and its click opens the day it was for (after midnight, and after unlocking)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from journal_window import TODAY, open_window
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from empathy_journal.domain.conversation import Debrief
from empathy_journal.domain.entry import EntryKind, new_entry
from empathy_journal.domain.preferences import ComputerPreferences
from empathy_journal.domain.reminder_schedule import ReminderKind
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.reminders import desktop_notifications
from empathy_journal.ui.reminders.channels import Channel
from empathy_journal.ui.reminders.desktop_notifications import DesktopNotifications
from empathy_journal.ui.reminders.reminder_text import ReminderTarget, evening_message
from empathy_journal.ui.reminders.tray_channel import TrayChannel
from empathy_journal.ui.window_composition import ComposedWindow

ZONE = "Europe/Berlin"
EVENING = ComputerPreferences(evening_reminder=True, evening_time=time(21, 0))
# Offscreen Qt has no tray to show the icon in, and cannot raise a window: it says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support",
                                       "No such signal QPlatformNativeInterface")


class Clock:
    """The wall clock the window's reminders read; a test moves it, nothing sleeps."""

    def __init__(self, *args: int) -> None:
        self.now = berlin(*args)

    def __call__(self) -> datetime:
        return self.now

    def set(self, *args: int) -> None:
        self.now = berlin(*args)


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(ZONE)).astimezone(UTC)


@pytest.fixture
def channels(monkeypatch: pytest.MonkeyPatch) -> dict[str, bool]:
    """Which channels this desktop has (neither, unless a test says so)."""
    offered = {"tray": False, "notifications": False}
    monkeypatch.setattr(TrayChannel, "available", staticmethod(lambda: offered["tray"]))
    monkeypatch.setattr(DesktopNotifications, "available",
                        lambda self: offered["notifications"])
    return offered


def _window(qtbot: QtBot, journal: Journal, clock: Clock, *, today: date = TODAY,
            preferences: ComputerPreferences | None = EVENING) -> ComposedWindow:
    window = open_window(qtbot, journal, today=today, zone_name=ZONE, now=clock)
    if preferences is not None:
        window.settings.set_computer_preferences(preferences)
    return window


def test_the_evening_reminder_comes_once_as_a_line_and_opens_its_day(
        qtbot: QtBot, file_journal: Journal, channels: dict[str, bool]) -> None:
    clock = Clock(2026, 11, 26, 20, 0)
    window = _window(qtbot, file_journal, clock)
    reminders = window.reminders
    assert [(r.day, r.at_utc) for r in reminders.next_reminders()] == [
        (TODAY, berlin(2026, 11, 26, 21, 0))]
    assert reminders.timer.isActive() and reminders.tick.isActive()
    assert not reminders.line.isVisible() and reminders.deliveries == []

    clock.set(2026, 11, 26, 21, 0, 20)
    reminders.check()
    assert [(c, t.day) for c, _m, t in reminders.deliveries] == [(Channel.LINE, TODAY)]
    assert reminders.line.isVisible()
    assert reminders.line.text.text() == "Your evening reminder: a few quiet minutes for today?"
    reminders.check()
    clock.set(2026, 11, 26, 21, 30)
    reminders.check()
    assert len(reminders.deliveries) == 1  # never twice

    window.open_day(date(2026, 11, 20))
    reminders.line.open_button.click()
    assert window.current_day == TODAY and not reminders.line.isVisible()


def test_through_the_tray_after_the_machine_slept_past_midnight(
        qtbot: QtBot, file_journal: Journal, channels: dict[str, bool]) -> None:
    channels["tray"] = True
    clock = Clock(2026, 11, 26, 19, 0)
    window = _window(qtbot, file_journal, clock, today=date(2026, 11, 27))
    reminders = window.reminders
    clock.set(2026, 11, 27, 0, 40)  # slept from 19:00 to 00:40: the next tick notices
    reminders.tick.timeout.emit()
    channel, message, target = reminders.deliveries[-1]
    assert (channel, target.day) == (Channel.TRAY, date(2026, 11, 26))
    assert (message.title, message.body) == ("Your journal, for yesterday",
                                             "Click to write about yesterday.")
    assert reminders.tray.icon is not None and reminders.tray.icon.isVisible()
    assert not reminders.line.isVisible()
    window.showMinimized()
    reminders.tray.icon.messageClicked.emit()
    assert window.current_day == date(2026, 11, 26)
    assert not window.isMinimized() and not reminders.tray.icon.isVisible()
    reminders.check()
    assert len(reminders.deliveries) == 1
    assert reminders.next_reminders()[0].day == date(2026, 11, 27)


def test_a_day_written_before_the_evening_is_not_reminded(
        qtbot: QtBot, file_journal: Journal, channels: dict[str, bool]) -> None:
    clock = Clock(2026, 11, 26, 18, 0)
    window = _window(qtbot, file_journal, clock)
    window.page.editor.body_edit.setPlainText("A quiet day by the river.")
    assert window.save_current()
    assert window.reminders.next_reminders()[0].day == date(2026, 11, 27)
    clock.set(2026, 11, 26, 21, 5)
    window.reminders.check()
    assert window.reminders.deliveries == []


def test_a_reminder_clicked_while_locked_opens_its_day_once_unlocked(
        qtbot: QtBot, file_journal: Journal, channels: dict[str, bool]) -> None:
    channels["tray"] = True
    clock = Clock(2026, 11, 26, 20, 0)
    window = _window(qtbot, file_journal, clock)
    window.open_day(date(2026, 11, 20))
    window.lock()
    assert window.session.locked
    clock.set(2026, 11, 26, 21, 1)
    window.reminders.check()
    assert window.reminders.deliveries[-1][0] is Channel.TRAY
    window.reminders.tray.icon.messageClicked.emit()
    assert window.views.currentWidget() is window.safety.lock_screen
    assert window.safety.unlock("")
    assert window.current_day == TODAY


def test_the_missed_line_at_the_next_start_opens_yesterday(
        qtbot: QtBot, file_journal: Journal, channels: dict[str, bool]) -> None:
    clock = Clock(2026, 11, 24, 22, 0)
    first = _window(qtbot, file_journal, clock, today=date(2026, 11, 24))
    assert first.reminders.deliveries == []  # switched on after its time: tomorrow is next
    first.close()

    clock.set(2026, 11, 26, 8, 30)  # not running on the evenings of the 25th
    channels["tray"] = True  # a pop-up about yesterday at start would startle: the line
    window = _window(qtbot, file_journal, clock, preferences=None)
    line = window.reminders.line
    assert line.isVisible()
    assert line.text.text() == ("You missed yesterday's evening reminder — write about "
                                "yesterday?")
    assert line.open_button.text() == "Write about yesterday"
    assert [c for c, _m, _t in window.reminders.deliveries] == [Channel.LINE]
    line.open_button.click()
    assert window.current_day == date(2026, 11, 25) and not line.isVisible()
    window.close()

    again = _window(qtbot, file_journal, clock, preferences=None)
    assert not again.reminders.line.isVisible()  # said once


def test_a_missed_day_that_gets_written_takes_its_line_away(
        qtbot: QtBot, file_journal: Journal, channels: dict[str, bool]) -> None:
    clock = Clock(2026, 11, 24, 22, 0)
    _window(qtbot, file_journal, clock, today=date(2026, 11, 24)).close()
    clock.set(2026, 11, 26, 8, 30)
    window = _window(qtbot, file_journal, clock, preferences=None)
    assert window.reminders.line.isVisible()
    window.open_day(date(2026, 11, 25))
    window.page.editor.body_edit.setPlainText("Yesterday, written this morning.")
    assert window.save_current()
    assert not window.reminders.line.isVisible()


def _follow_up(journal: Journal, text: str, due: date, person: str = "") -> str:
    written = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
    entry = replace(new_entry(date(2026, 11, 20), kind=EntryKind.CONVERSATION, now=written),
                    title="Talk with Sam")
    JournalSession(journal).debriefs.repository.save_debrief(
        entry, Debrief(follow_up=text, follow_up_due=due), now=written)
    return entry.uuid


def test_a_follow_up_is_reminded_on_its_due_date_and_opens_its_debrief(
        qtbot: QtBot, file_journal: Journal, channels: dict[str, bool]) -> None:
    uuid = _follow_up(file_journal, "Ask Sam how the interview went", TODAY)
    _follow_up(file_journal, "Call the landlord", date(2026, 11, 30))
    clock = Clock(2026, 11, 26, 7, 0)
    window = _window(qtbot, file_journal, clock, preferences=ComputerPreferences())
    reminders = window.reminders
    assert [(r.kind.value, r.day) for r in reminders.next_reminders()] == [
        ("follow_ups", TODAY)]
    clock.set(2026, 11, 26, 9, 0, 10)
    reminders.check()
    channel, message, target = reminders.deliveries[-1]
    assert channel is Channel.LINE and target.entry_uuid == uuid
    assert message.title == "A follow-up is due today"
    assert message.body == "“Ask Sam how the interview went”"
    reminders.line.open_button.click()
    assert window.current_entry.uuid == uuid
    reminders.check()
    assert len(reminders.deliveries) == 1
    assert reminders.next_reminders()[0].day == date(2026, 11, 30)


def test_a_follow_up_reminder_while_locked_says_nothing_personal(
        qtbot: QtBot, file_journal: Journal, channels: dict[str, bool]) -> None:
    channels["tray"] = True
    _follow_up(file_journal, "Ask Sam how the interview went", TODAY)
    clock = Clock(2026, 11, 26, 8, 0)
    window = _window(qtbot, file_journal, clock, preferences=ComputerPreferences())
    window.lock()
    clock.set(2026, 11, 26, 9, 30)
    window.reminders.check()
    _channel, message, _target = window.reminders.deliveries[-1]
    assert (message.title, message.body) == ("A follow-up is due today",
                                             "Open your journal to see it.")
    assert "Sam" not in message.line


# -- the real D-Bus path -----------------------------------------------------------------------

@pytest.fixture
def notification_bus(tmp_path: Path) -> Iterator[tuple[QDBusConnection, Path]]:
    """A private session bus with the test notification service on it."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    bus_process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    log = tmp_path / "notifications.jsonl"
    service = None
    try:
        address = bus_process.stdout.readline().strip() if bus_process.stdout else ""
        if not address:
            pytest.skip("dbus-daemon did not start")
        service = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("notification_service.py")),
             address, str(log)], stdout=subprocess.PIPE, text=True)
        assert service.stdout is not None and service.stdout.readline().strip() == "ready"
        bus = QDBusConnection.connectToBus(address, f"reminders-test-{id(log)}")
        assert bus.isConnected()
        yield bus, log
        QDBusConnection.disconnectFromBus(bus.name())
    finally:
        for process in (service, bus_process):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)


def test_through_a_desktop_notification_over_dbus(
        qtbot: QtBot, file_journal: Journal, monkeypatch: pytest.MonkeyPatch,
        notification_bus: tuple[QDBusConnection, Path]) -> None:
    bus, log = notification_bus
    monkeypatch.setattr(TrayChannel, "available", staticmethod(lambda: False))
    monkeypatch.setattr(desktop_notifications, "session_bus", lambda: bus)
    clock = Clock(2026, 11, 26, 20, 0)
    window = _window(qtbot, file_journal, clock, today=date(2026, 11, 27))
    window.open_day(date(2026, 11, 20))
    assert window.reminders.notifications.available()
    clock.set(2026, 11, 27, 0, 10)  # after midnight: the reminder is still the 26th's
    window.reminders.check()
    assert window.reminders.deliveries[-1][0] is Channel.NOTIFICATION
    sent = json.loads(log.read_text(encoding="utf-8").splitlines()[0])
    assert sent["summary"] == "Your journal, for yesterday"
    assert sent["body"] == "Click to write about yesterday."
    assert sent["replaces_id"] == 0 and sent["actions"][0] == "default"
    assert sent["hints"] == {"desktop-entry": "org.empathyjournal.EmpathyJournal"}
    qtbot.waitUntil(lambda: window.current_day == date(2026, 11, 26), timeout=5000)
    assert window.reminders.notifications._targets == {}


def test_in_a_flatpak_autostart_is_asked_of_the_background_portal(
        qtbot: QtBot, file_journal: Journal, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        notification_bus: tuple[QDBusConnection, Path]) -> None:
    bus, log = notification_bus
    monkeypatch.setenv("FLATPAK_ID", "org.empathyjournal.EmpathyJournal")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "sandbox-config"))
    monkeypatch.setattr(desktop_notifications, "session_bus", lambda: bus)
    window = _window(qtbot, file_journal, Clock(2026, 11, 26, 12, 0), preferences=None)
    window.settings.set_computer_preferences(ComputerPreferences(autostart=True))

    def requests() -> list[dict]:
        lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        return [json.loads(line) for line in lines if '"portal"' in line]

    qtbot.waitUntil(lambda: len(requests()) == 1, timeout=5000)
    assert requests()[0]["options"] == {
        "reason": "Start the journal after login so its reminders can come.",
        "autostart": True, "commandline": ["empathy-journal"], "dbus-activatable": False}
    window.settings.set_computer_preferences(ComputerPreferences(autostart=False))
    qtbot.waitUntil(lambda: len(requests()) == 2, timeout=5000)
    assert requests()[1]["options"]["autostart"] is False
    assert not (tmp_path / "sandbox-config").exists()  # nothing the host would never read
    assert not window.page.banner.isVisible()


def test_without_a_session_bus_notifications_are_not_offered(qapp: object,
                                                              tmp_path: Path) -> None:
    nowhere = QDBusConnection.connectToBus(f"unix:path={tmp_path / 'no-bus'}", "no-bus")
    notifications = DesktopNotifications(nowhere)
    assert not notifications.available()
    assert not notifications.deliver(evening_message(TODAY, TODAY),
                                     ReminderTarget(ReminderKind.EVENING, TODAY))


def test_the_next_reminder_timer_is_armed_for_the_next_day_after_delivery(
        qtbot: QtBot, file_journal: Journal, channels: dict[str, bool]) -> None:
    clock = Clock(2026, 11, 26, 21, 0)
    window = _window(qtbot, file_journal, clock)  # switched on at 21:00 exactly: tomorrow
    reminders = window.reminders
    assert reminders.next_reminders()[0].at_utc == berlin(2026, 11, 27, 21, 0)
    assert reminders.timer.isActive()
    assert timedelta(milliseconds=reminders.timer.interval()) == timedelta(hours=24)


def test_a_check_that_fails_is_logged_once_and_never_raised(
        qtbot: QtBot, journal_path: Path, channels: dict[str, bool],
        caplog: pytest.LogCaptureFixture) -> None:
    journal = Journal.open(journal_path)
    window = _window(qtbot, journal, Clock(2026, 11, 26, 20, 0))
    journal.close()  # as when a timer fires while the window is being torn down
    window.reminders.check()
    window.reminders.tick.timeout.emit()
    failures = [r for r in caplog.records if r.getMessage() == "checking the reminders failed"]
    assert len(failures) == 1
