"""CheckInsFeature: the check-in actions, their dialogs, the schedule and the due line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from empathy_journal.domain.instruments import INSTRUMENTS, Instrument
from empathy_journal.session.changes import Change
from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.check_ins.due_line import DueLine
from empathy_journal.ui.main_actions import window_action

if TYPE_CHECKING:
    from empathy_journal.ui.check_ins.check_in_dialog import CheckInDialog
    from empathy_journal.ui.main_window import MainWindow


def take_tip(instrument: Instrument) -> str:
    """The status tip of a check-in's action: what it asks about, in the window's language."""
    stem = instrument.stem
    return QCoreApplication.translate("CheckInsFeature", "A short self-reflection: {question}"
                                      ).format(question=stem[:1].lower() + stem[1:])


class CheckInsFeature:
    """WHO-5, PSS-10 and the empathy self-check: one action and dialog each, the schedule
    (a journal setting, through the session) and the line that says one is due."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.wellbeing = window.session.wellbeing
        self.dialog: CheckInDialog | None = None
        self.due_line = DueLine()
        self.due_line.take.connect(self.take)
        self.due_line.not_now.connect(self.not_now)
        self.take_actions: dict[str, QAction] = {
            key: window_action(window, f"{instrument.name}…", None,
                               lambda _=False, key=key: self.take(key),
                               take_tip(instrument))
            for key, instrument in INSTRUMENTS.items()}
        self.schedule_action = window_action(
            window, QCoreApplication.translate("CheckInsFeature", "Check-in schedule…"), None,
            self.edit_schedule)
        if window.session.read_only:
            for action in self.actions():
                action.setEnabled(False)
        window.signals.journal_changed.connect(self.follow_change)
        self.refresh()

    def actions(self) -> list[QAction]:
        """What goes in the Check-ins menu, the schedule last."""
        return [*self.take_actions.values(), self.schedule_action]

    def take(self, instrument_id: str) -> CheckInDialog:
        """Open the check-in's dialog (window-modal; it stores the answers on Save)."""
        from empathy_journal.ui.check_ins.check_in_dialog import CheckInDialog  # when asked for

        dialog = CheckInDialog(self.wellbeing, INSTRUMENTS[instrument_id], self.window._zone,
                               self.window._today, self.window)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def not_now(self, instrument_ids: list[str]) -> None:
        """Put the shown check-ins off for their period."""
        self._quietly(lambda: self.wellbeing.not_now(instrument_ids))

    def edit_schedule(self) -> None:
        """Ask how often each check-in is offered and keep it in the journal."""
        from empathy_journal.ui.check_ins.schedule_dialog import ScheduleDialog  # when asked for

        chosen = ScheduleDialog.ask(self.wellbeing.schedule(), self.window)
        if chosen is not None:
            self._quietly(lambda: self.wellbeing.set_schedule(chosen))

    def _quietly(self, work: object) -> None:
        try:
            work()  # type: ignore[operator]
        except JournalError as error:
            QMessageBox.warning(self.window,
                                QCoreApplication.translate("CheckInsFeature", "Not saved"),
                                str(error))

    def follow_change(self, change: Change) -> None:
        """Offer again what is due after a check-in, a schedule change or a new journal."""
        if change.check_ins or change.whole_journal:
            self.refresh()

    def refresh(self) -> None:
        """Show the line for what is due today (nothing while locked or read-only)."""
        if self.window.session.locked or self.window.session.read_only:
            self.due_line.show_due([])
            return
        self.due_line.show_due(self.wellbeing.due(self.window._zone, self.window._today()))
