"""StressFeature: "I'm stressed" (Ctrl+Shift+B), the quick mood check-in (Ctrl+Shift+M) and
the user's own techniques; the composition module places its view and actions."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox

from empathy_journal.domain.coping import USER_TECHNIQUE_MINUTES
from empathy_journal.domain.entry import new_entry
from empathy_journal.domain.vocabulary import builtin_families
from empathy_journal.session.changes import Change
from empathy_journal.session.journal_session import EntryDraft
from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.dates import clock_time
from empathy_journal.ui.main_actions import window_action

if TYPE_CHECKING:
    from empathy_journal.ui.main_window import MainWindow
    from empathy_journal.ui.stress.stress_view import StressView


def _nothing_lost(error: Exception) -> str:
    """The journal's reason, and that nothing was lost."""
    return QCoreApplication.translate("StressFeature", "{error} Nothing was lost.").format(
        error=error)


class StressFeature:
    """The calming session view and the one-minute check-in, both through the session."""

    def __init__(self, window: MainWindow, *, zone_name: str,
                 now: Callable[[], float] = time.monotonic) -> None:
        self.window = window
        self.session = session = window.session
        self._zone = zone_name
        self._families = builtin_families()
        self._now = now
        self._view: StressView | None = None
        self.stressed = window_action(
            window, QCoreApplication.translate("StressFeature", "I’m stressed"), "Ctrl+Shift+B",
            self.show, QCoreApplication.translate(
                "StressFeature", "A few calm minutes: breathe, scan, stretch or name it"))
        self.stressed.setCheckable(True)
        # The toolbar's word may be shorter than the menu's (German "Gestresst").
        self.stressed.setIconText(QCoreApplication.translate("StressFeature", "I’m stressed",
                                                             "toolbar"))
        self.check_in = window_action(
            window, QCoreApplication.translate("StressFeature", "Mood check-in…"),
            "Ctrl+Shift+M", self.ask_check_in,
            QCoreApplication.translate("StressFeature", "Mood, stress and a few words, in a minute"))
        self.own_technique = window_action(
            window, QCoreApplication.translate("StressFeature", "Add your own technique…"), None,
            self.add_technique)
        if session.read_only:
            for action in (self.stressed, self.check_in, self.own_technique):
                action.setEnabled(False)
        window.signals.journal_changed.connect(self.follow_change)
        window.signals.lock_changed.connect(self._follow_lock)

    @property
    def view(self) -> StressView:
        """The calming session view, made (and put in the window's stack of views) when first
        wanted: the first paint does not show it."""
        if self._view is None:
            from empathy_journal.ui.stress.stress_view import StressView

            view = StressView(self.session, self._families, zone_name=self._zone, now=self._now)
            view.leave_requested.connect(self.window.show_journal)
            view.before.add_requested.connect(self.add_technique)
            view.saved.connect(self.window.save_state.setText)
            self.window.views.addWidget(view)
            self._view = view
        return self._view

    def actions(self) -> list[QAction | None]:
        """The feature's actions for a menu (None: a separator)."""
        return [self.stressed, self.check_in, None, self.own_technique]

    # -- the calming session -----------------------------------------------------------------

    def show(self) -> None:
        """Ctrl+Shift+B: the calming session view, starting afresh unless one is under way."""
        if self.session.locked or self.session.read_only:
            return
        self.window.autosave.flush()  # today's stress, as typed, fills the first slider
        if not self.view.in_progress:
            self.view.reset()
        self.stressed.setChecked(True)
        self.window.views.setCurrentWidget(self.view)
        if not self.view.in_progress:
            self.view.before.stress.slider.setFocus()

    def follow_change(self, change: Change) -> None:
        """Techniques added elsewhere (or an import, a restore) show in the list."""
        if self.session.locked:
            return
        if self._view is not None and (change.coping or change.whole_journal):
            self._view.reload_techniques()  # a view made later reads them then

    def _follow_lock(self, locked: bool) -> None:
        if locked and self._view is not None:
            self._view.stop_for_lock()

    def add_technique(self) -> None:
        """Add one of the user's own techniques: a name and a length."""
        if self.session.locked or self.session.read_only:
            return
        title = QCoreApplication.translate("StressFeature", "Your own technique")
        name, ok = QInputDialog.getText(
            self.window, title, QCoreApplication.translate(
                "StressFeature", "What do you do? (e.g. a walk round the block)"))
        if not ok or not name.strip():
            return
        low, high = USER_TECHNIQUE_MINUTES
        minutes, ok = QInputDialog.getInt(
            self.window, title,
            QCoreApplication.translate("StressFeature", "How many minutes does it usually take?"),
            5, low, high)
        if not ok:
            return
        try:
            technique = self.session.coping.add_technique(name, minutes)
        except (JournalError, ValueError) as error:
            QMessageBox.warning(
                self.window, QCoreApplication.translate("StressFeature", "Technique not added"),
                _nothing_lost(error))
            return
        self.view.before.choose(technique.id)

    # -- the check-in ------------------------------------------------------------------------

    def ask_check_in(self) -> None:
        """Ctrl+Shift+M: mood, stress and up to three words, saved as a short entry today."""
        if self.session.locked or self.session.read_only:
            return
        self.window.autosave.flush()
        from empathy_journal.ui.stress.mood_check_in import MoodCheckIn, check_in_title

        answer = MoodCheckIn.ask(self.session.emotions(), self._families, self.window)
        if answer is None or answer.is_blank or self.session.locked:
            return
        entry = new_entry(self.session.today(), tz=self._zone)
        entry.title = check_in_title()  # a title the person reads, in their language
        entry.mood, entry.stress, entry.emotions = answer.mood, answer.stress, answer.emotions
        try:
            self.session.save(EntryDraft(entry), now=datetime.now(UTC))
        except JournalError as error:
            QMessageBox.warning(
                self.window, QCoreApplication.translate("StressFeature", "Check-in not saved"),
                _nothing_lost(error))
            return
        self.window.save_state.setText(
            QCoreApplication.translate("StressFeature", "Check-in saved to today {time}.")
            .format(time=clock_time(datetime.now())))
