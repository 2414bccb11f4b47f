"""RemindersFeature: the evening and follow-up reminders, timed, delivered, and opened on click."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from empathy_journal.domain.conversation import FollowUp
from empathy_journal.domain.preferences import ComputerPreferences
from empathy_journal.domain.reminder_schedule import (
    Reminder,
    ReminderKind,
    latest_evening_come,
    local_day,
    missed_evenings,
    next_evening,
    next_follow_ups,
)
from empathy_journal.session.changes import Change
from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.reminders import desktop_notifications
from empathy_journal.ui.reminders.autostart import set_autostart
from empathy_journal.ui.reminders.background_portal import in_flatpak, request_autostart
from empathy_journal.ui.reminders.channels import Channel, choose_channel
from empathy_journal.ui.reminders.desktop_notifications import DesktopNotifications
from empathy_journal.ui.reminders.reminder_line import ReminderLine
from empathy_journal.ui.reminders.reminder_state import ReminderState
from empathy_journal.ui.reminders.reminder_text import (
    ReminderMessage,
    ReminderTarget,
    evening_message,
    follow_ups_message,
    missed_message,
)
from empathy_journal.ui.reminders.tray_channel import TrayChannel
from empathy_journal.ui.settings import WindowSettings

if TYPE_CHECKING:
    from empathy_journal.ui.main_window import MainWindow

# The wall clock is looked at this often besides the timer to the next reminder: a machine
# that slept, or a clock that was set, is noticed within a tick.
TICK_MS = 30_000
LONGEST_WAIT_MS = 2**31 - 1
log = logging.getLogger(__name__)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class RemindersFeature(QObject):
    """Reads this computer's reminder preferences at start and follows their changes; a timer
    to the next reminder plus a periodic look at the wall clock deliver it once through the
    tray, a desktop notification or the line on the page; a click opens the day it was for
    (unlocking first). Reads the journal only through the session."""

    def __init__(self, window: MainWindow, settings: WindowSettings, state: ReminderState, *,
                 now: Callable[[], datetime] = _utc_now) -> None:
        super().__init__(window)
        self.window, self.session, self.state = window, window.session, state
        self._now = now
        self.preferences: ComputerPreferences = settings.computer_preferences()
        self.line = ReminderLine()
        self.tray = TrayChannel(self)
        self.notifications = DesktopNotifications(parent=self)
        self.deliveries: list[tuple[Channel, ReminderMessage, ReminderTarget]] = []
        self._pending: ReminderTarget | None = None  # clicked while locked: opened on unlock
        self._follow_ups: list[FollowUp] = []  # open, dated; kept in memory only
        self._written: dict[date, bool] = {}
        self._failed = False
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.check)
        self.tick = QTimer(self, interval=TICK_MS)
        self.tick.timeout.connect(self.check)
        for channel in (self.line.open_requested, self.tray.clicked, self.notifications.clicked):
            channel.connect(self.open_target)
        settings.signals.changed.connect(self.follow_preferences)
        window.signals.journal_changed.connect(self.follow_change)
        window.signals.lock_changed.connect(self._follow_lock)
        self._read_follow_ups()
        self._at_start()

    # -- the schedule ----------------------------------------------------------------------------

    @property
    def zone_name(self) -> str:
        """The zone reminders keep the time of (the window's)."""
        return self.window.zone_name

    def _today(self) -> date:
        return local_day(self._now(), self.zone_name)

    def _is_written(self, day: date) -> bool:
        """Whether day has an entry (as last known while the journal is locked)."""
        if not self.session.locked:
            with contextlib.suppress(JournalError):  # keep what was known before
                self._written[day] = self.session.latest_on(day) is not None
        return self._written.get(day, False)

    def next_reminders(self) -> list[Reminder]:
        """The evening and follow-up reminders to come next (either may be due already)."""
        now, p = self._now(), self.preferences
        found = [next_evening(p, self.zone_name, self.state.evening_handled(), now,
                              self._is_written),
                 next_follow_ups(p, self.zone_name, [f.due for f in self._follow_ups if f.due],
                                 self.state.follow_ups_reminded(), now)]
        return [r for r in found if r is not None]

    def _at_start(self) -> None:
        """Show the line for an evening missed while the app was not running, then arm."""
        now, p = self._now(), self.preferences
        if p.evening_reminder:
            handled = self.state.evening_handled()
            missed = missed_evenings(p, self.zone_name, handled, now, self._is_written)
            if missed:
                message = missed_message(missed[-1], self._today())
                target = ReminderTarget(ReminderKind.EVENING, missed[-1])
                self.line.show_reminder(message, target)
                self.deliveries.append((Channel.LINE, message, target))
            self._settle_evenings()
        if p.autostart and not in_flatpak():
            self._apply_autostart(True)  # keeps the entry's command current (the portal's is)
        self.tick.start()
        self.check()

    def _settle_evenings(self) -> None:
        """Count every evening whose time has already come as handled (at start, and when the
        reminder is switched on or moved): only evenings still to come are delivered."""
        come = latest_evening_come(self.preferences, self.zone_name, self._now())
        handled = self.state.evening_handled()
        if come is not None and (handled is None or come > handled):
            self.state.set_evening_handled(come)

    def check(self) -> None:
        """Deliver what is due now, once, and arm the timer for what comes next. Runs from
        timers: an unexpected failure is logged (once a run), never shown as a traceback."""
        try:
            self._check()
        except Exception:
            if not self._failed:
                log.exception("checking the reminders failed")
            self._failed = True

    def _check(self) -> None:
        now = self._now()
        for reminder in self.next_reminders():
            if reminder.is_due(now):
                self._deliver(reminder)
        upcoming = [r.at_utc for r in self.next_reminders() if not r.is_due(now)]
        if upcoming:
            wait = (min(upcoming) - now).total_seconds() * 1000
            self.timer.start(int(min(max(wait, 0), LONGEST_WAIT_MS)))
        else:
            self.timer.stop()

    # -- delivery ----------------------------------------------------------------------------

    def _deliver(self, reminder: Reminder) -> None:
        today = self._today()
        if reminder.kind is ReminderKind.EVENING:
            self.state.set_evening_handled(reminder.day)
            message = evening_message(reminder.day, today)
            target = ReminderTarget(ReminderKind.EVENING, reminder.day)
        else:
            self.state.set_follow_ups_reminded(reminder.day)
            due = [f for f in self._follow_ups if f.due == reminder.day]
            private = self.session.locked or self.session.encrypted
            message = follow_ups_message(due, private=private)
            target = ReminderTarget(ReminderKind.FOLLOW_UPS, reminder.day,
                                    due[0].entry_uuid if due else None)
        channel = choose_channel(running_at_the_time=True,
                                 tray_available=TrayChannel.available(),
                                 notifications_available=self.notifications.available())
        if channel is Channel.TRAY:
            self.tray.deliver(message, target)
        elif channel is Channel.NOTIFICATION and not self.notifications.deliver(message, target):
            channel = Channel.LINE
        if channel is Channel.LINE:
            self.line.show_reminder(message, target)
        self.deliveries.append((channel, message, target))

    def open_target(self, target: ReminderTarget) -> None:
        """Bring the window forward and open what the reminder was for; while locked, the lock
        screen comes first and the day opens once the journal is unlocked."""
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        if self.session.locked:
            self._pending = target
            if window.lock_screen is not None:
                window.lock_screen.setFocus()
            return
        self._open(target)

    def _open(self, target: ReminderTarget) -> None:
        if self.line.target == target:
            self.line.clear()
        self.window.show_journal()
        if target.entry_uuid is not None and self._still_there(target.entry_uuid):
            self.window.show_entry_from_elsewhere(target.entry_uuid)
        else:
            self.window.open_day(target.day)

    def _still_there(self, uuid: str) -> bool:
        try:
            entry = self.session.entry(uuid)
        except JournalError:
            return False
        return entry is not None and entry.deleted_utc is None

    # -- following the preferences and the journal -------------------------------------------

    def follow_preferences(self, preferences: ComputerPreferences) -> None:
        """Apply changed reminder preferences at once (the Preferences window, another
        feature, a test)."""
        before, self.preferences = self.preferences, preferences
        evening = (preferences.evening_reminder, preferences.evening_time,
                   preferences.random_minutes)
        if preferences.evening_reminder and evening != (
                before.evening_reminder, before.evening_time, before.random_minutes):
            self._settle_evenings()
        if preferences.autostart != before.autostart:
            self._apply_autostart(preferences.autostart)
        if not preferences.evening_reminder and self.line.target is not None \
                and self.line.target.kind is ReminderKind.EVENING:
            self.line.clear()
        self.check()

    def _apply_autostart(self, enabled: bool) -> None:
        if in_flatpak():
            if not request_autostart(enabled, desktop_notifications.session_bus()):
                self.window.page.banner.show_text(self.tr(
                    "The journal could not be set to start after login: the desktop's "
                    "background portal is not reachable. Reminders still come while the "
                    "journal is open."))
            return
        try:
            set_autostart(enabled)
        except OSError as error:
            log.log(logging.WARNING, "the autostart entry could not be changed: %s", error)
            self.window.page.banner.show_text(self.tr(
                "The journal could not be set to start after login: the autostart folder "
                "refused the change ({reason}). Reminders still come while the journal is "
                "open.").format(reason=error.strerror or error))

    def follow_change(self, change: Change) -> None:
        """Forget what a write may have changed: a day now written needs no reminder."""
        if change.whole_journal:
            self._written.clear()
        for day in change.days:
            self._written.pop(day, None)
        if change.touches_follow_ups():
            self._read_follow_ups()
        target = self.line.target
        if target is not None and target.kind is ReminderKind.EVENING \
                and not self.session.locked and self._is_written(target.day):
            self.line.clear()  # the day it asked about is written now
        if change.locked is None:
            self.check()

    def _read_follow_ups(self) -> None:
        if self.session.locked:
            return  # the last ones read stay in memory (their dates only are used)
        try:
            self._follow_ups = [f for f in self.session.debriefs.follow_ups()
                                if f.due is not None and f.done_utc is None]
        except JournalError:
            log.log(logging.WARNING, "the follow-ups could not be read for their reminders")

    def _follow_lock(self, locked: bool) -> None:
        if locked:
            if self.line.target is not None and self.line.target.kind is ReminderKind.FOLLOW_UPS:
                self.line.clear()  # it may quote the follow-up
            return
        self._read_follow_ups()
        target, self._pending = self._pending, None
        if target is not None:
            self._open(target)
        self.check()
