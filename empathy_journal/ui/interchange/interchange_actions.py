"""File ▸ Import… and File ▸ Export… of a window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from empathy_journal.ui.main_actions import window_action

if TYPE_CHECKING:
    from empathy_journal.ui.main_window import MainWindow


class InterchangeActions:
    """Opens the import and export dialogs; what arrives reaches the views as a change."""

    def __init__(self, window: MainWindow, search_text: Callable[[], str]) -> None:
        self.window = window
        self._search_text = search_text
        self.import_ = window_action(
            window, QCoreApplication.translate("InterchangeActions", "Import…"), None,
            self.open_import)
        self.export = window_action(
            window, QCoreApplication.translate("InterchangeActions", "Export…"), None,
            self.open_export)
        self.import_.setEnabled(not window.session.read_only)

    def open_import(self) -> None:
        """The import dialog (the session announces what arrived)."""
        from empathy_journal.ui.interchange.import_dialog import ImportDialog

        if self.window.session.locked:
            return
        self.window.autosave.flush()
        ImportDialog(self.window.session, self.window).exec()

    def open_export(self) -> None:
        """The export dialog, offering the current search as a range."""
        from empathy_journal.ui.interchange.export_dialog import ExportDialog

        if self.window.session.locked:
            return
        self.window.autosave.flush()
        ExportDialog(self.window.session, self._search_text(), self.window).exec()
