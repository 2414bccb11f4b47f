"""PreferencesFeature: Edit ▸ Preferences… (Ctrl+,), the pages it opens with, and the
appearance that follows the preferences live."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from empathy_journal.ui.preferences.appearance import AppearanceFollower

# The window and its pages are imported when Preferences first opens, not at start.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from empathy_journal.ui.main_window import MainWindow
    from empathy_journal.ui.preferences.preferences_dialog import PreferencesDialog
    from empathy_journal.ui.settings import WindowSettings

PageMaker = Callable[[], "QWidget"]


def preferences_shortcuts() -> list[QKeySequence]:
    """The platform's Preferences keys, and Ctrl+, wherever the platform names none."""
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences))
    ctrl_comma = QKeySequence("Ctrl+,")
    return keys if ctrl_comma in keys else [*keys, ctrl_comma]


class PreferencesFeature:
    """The Preferences action and window of one main window."""

    def __init__(self, window: MainWindow, settings: WindowSettings) -> None:
        self.window, self.settings = window, settings
        self.appearance = AppearanceFollower(window, settings)
        self.dialog: PreferencesDialog | None = None
        self.extra_pages: list[tuple[str, PageMaker]] = []
        self.action = QAction(QCoreApplication.translate("PreferencesFeature", "Preferences…"), window)
        self.action.setShortcuts(preferences_shortcuts())
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.setStatusTip(QCoreApplication.translate(
            "PreferencesFeature", "Theme, text size, dates, reminders, check-ins and safety"))
        self.action.triggered.connect(self.open)
        window.addAction(self.action)

    def add_page(self, title: str, make: PageMaker) -> None:
        """Have every Preferences window show a page made by make (a feature's own page)."""
        self.extra_pages.append((title, make))

    def open(self) -> PreferencesDialog:
        """Show the Preferences window (the same one again while it is open)."""
        if self.dialog is None:
            from empathy_journal.ui.preferences.computer_pages import (
                AppearancePage,
                DatesPage,
                RemindersPage,
            )
            from empathy_journal.ui.preferences.journal_pages import CheckInsPage, SafetyPage
            from empathy_journal.ui.preferences.preferences_dialog import PreferencesDialog

            window, session = self.window, self.window.session
            dialog = PreferencesDialog(window)
            for page in (AppearancePage(self.settings), DatesPage(self.settings, window._today),
                         RemindersPage(self.settings), CheckInsPage(session, window.signals),
                         SafetyPage(session, window.signals)):
                dialog.add_page(page.title, page)  # the title its heading shows
            for title, make in self.extra_pages:
                dialog.add_page(title, make())
            dialog.finished.connect(self._forget)
            self.dialog = dialog
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _forget(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
