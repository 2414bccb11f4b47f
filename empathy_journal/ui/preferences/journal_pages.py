"""The Preferences pages kept in the journal itself (they travel with it): Check-ins and
Safety. Each change goes through ``JournalSession.set_journal_preferences`` at once; the pages
are disabled, saying why, while the journal is locked or read-only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSpinBox, QWidget

from empathy_journal.domain.check_in_schedule import Schedule
from empathy_journal.domain.preferences import (
    AUTO_LOCK_MINUTES,
    KEEP_DAILY,
    KEEP_WEEKLY,
    JournalPreferences,
)
from empathy_journal.session.changes import Change
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.check_ins.schedule_dialog import ScheduleForm, schedule_question
from empathy_journal.ui.preferences.page_frame import PreferencesPage
from empathy_journal.ui.session_signals import SessionSignals

# The reasons in English; shown translated (QCoreApplication.translate("JournalPage", …)).
LOCKED = QT_TRANSLATE_NOOP("JournalPage", "The journal is locked. Unlock it to change these; "
                           "they are kept in the journal itself.")
READ_ONLY = QT_TRANSLATE_NOOP("JournalPage", "This journal is read-only here, so the "
                              "preferences kept in it cannot be changed.")
IN_MEMORY = QT_TRANSLATE_NOOP("JournalPage", "This journal lives in memory only: it has no "
                              "backups and is never locked.")
JOURNAL_KEYS = JournalPreferences.stored_keys()


def journal_reason(session: JournalSession) -> str | None:
    """Why the journal's preferences cannot be changed now (None: they can)."""
    if session.locked:
        return QCoreApplication.translate("JournalPage", LOCKED)
    if session.read_only:
        return QCoreApplication.translate("JournalPage", READ_ONLY)
    return None


def spin_box(name: str, allowed: range, suffix: str = "") -> QSpinBox:
    """A number box limited to what the preference allows."""
    box = QSpinBox(minimum=allowed.start, maximum=allowed.stop - 1, suffix=suffix)
    box.setAccessibleName(name)
    box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return box


class JournalPage(PreferencesPage):
    """A page of the journal's preferences: follows the session's announcements and lock."""

    def __init__(self, session: JournalSession, signals: SessionSignals, title: str,
                 intro: str, parent: QWidget | None = None) -> None:
        super().__init__(title, intro, parent)
        self.session = session
        signals.journal_changed.connect(self.follow_change)
        signals.lock_changed.connect(self.follow_lock)

    def store(self, **values: Any) -> bool:
        """Keep the changed preferences in the journal; False (the reason shown, the stored
        values shown again) when they are refused or cannot be written."""
        try:
            chosen = self.session.journal_preferences().changed(**values)
            self.session.set_journal_preferences(chosen)
        except ValueError as error:
            self.say_problem(self.tr("That choice cannot be kept ({error}); nothing was "
                                     "changed.").format(error=error))
        except JournalError as error:
            self.say_problem(self.tr("Not saved: {error}").format(error=error))
        else:
            self.say_problem(None)
            return True
        self.refresh()
        return False

    def follow_change(self, change: Change) -> None:
        """Show the journal's preferences again when a write changed them (anywhere)."""
        if change.whole_journal or change.settings & JOURNAL_KEYS:
            self.refresh()

    def follow_lock(self, _locked: bool) -> None:
        """Locked: disabled, saying why; unlocked: the stored values again."""
        self.refresh()

    def reason(self) -> str | None:
        """Why this page cannot be changed now."""
        return journal_reason(self.session)

    def refresh(self) -> None:
        """Enable or disable the page and show what is stored."""
        reason = self.reason()
        self.set_reason(reason)
        if not self.session.locked:
            try:
                self.show_preferences(self.session.journal_preferences())
            except JournalError as error:
                self.set_reason(str(error))

    def show_preferences(self, preferences: JournalPreferences) -> None:
        """Show the stored preferences (subclasses fill their fields)."""


class CheckInsPage(JournalPage):
    """How often each check-in is offered (the same form as Check-ins ▸ Check-in schedule…)."""

    def __init__(self, session: JournalSession, signals: SessionSignals,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, signals, self.tr("Check-ins"), schedule_question(),
                         parent)
        self.schedule = ScheduleForm(Schedule())
        self.form.addRow(self.schedule)
        self.schedule.changed.connect(lambda chosen: self.store(check_in_schedule=chosen))
        self.refresh()

    def show_preferences(self, preferences: JournalPreferences) -> None:
        """Show the stored schedule."""
        self.schedule.show_schedule(preferences.check_in_schedule)


class SafetyPage(JournalPage):
    """How many automatic backups are kept, and after how many idle minutes the journal locks."""

    def __init__(self, session: JournalSession, signals: SessionSignals,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, signals, self.tr("Safety"),
                         self.tr("Backups and locking, kept in the journal so they go wherever "
                                 "it goes."), parent)
        self.keep_daily = spin_box(self.tr("Daily automatic backups to keep"), KEEP_DAILY)
        self.keep_weekly = spin_box(self.tr("Weekly automatic backups to keep"), KEEP_WEEKLY)
        self.auto_lock = spin_box(self.tr("Lock after idle minutes"),
                                  range(0, AUTO_LOCK_MINUTES.stop), self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("never"))
        kept = QWidget()
        row = QHBoxLayout(kept)
        row.setContentsMargins(0, 0, 0, 0)
        for part in (self.keep_daily, QLabel(self.tr("daily and")), self.keep_weekly,
                     QLabel(self.tr("weekly"))):
            row.addWidget(part)
        row.addStretch(1)
        self.add_row(self.tr("&Backups kept"), kept,
                     self.tr("Automatic backups are taken once a day and when you quit; the "
                             "ones you make yourself are always kept."), buddy=self.keep_daily)
        self.add_row(self.tr("&Lock after"), self.auto_lock,
                     self.tr("Idle time before the page is hidden and the key forgotten."))
        for box in (self.keep_daily, self.keep_weekly):
            box.valueChanged.connect(lambda _=0: self.store(
                keep_daily=self.keep_daily.value(), keep_weekly=self.keep_weekly.value()))
        self.auto_lock.valueChanged.connect(
            lambda minutes: self.store(auto_lock_minutes=minutes))
        self.refresh()

    def reason(self) -> str | None:
        """Locked, read-only, or in memory (no backups, no locking)."""
        if self.session.path is None:
            return QCoreApplication.translate("JournalPage", IN_MEMORY)
        return super().reason()

    def show_preferences(self, preferences: JournalPreferences) -> None:
        """Show the stored counts and the auto-lock minutes (its default filled in)."""
        values = ((self.keep_daily, preferences.keep_daily),
                  (self.keep_weekly, preferences.keep_weekly),
                  (self.auto_lock,
                   preferences.auto_lock_after(encrypted=self.session.encrypted)))
        for box, value in values:
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
