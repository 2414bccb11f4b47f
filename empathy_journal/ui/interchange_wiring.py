"""Adds search (Ctrl+F sidebar), File ▸ Import… and File ▸ Export… to the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from empathy_journal.ui.main_actions import window_action
from empathy_journal.ui.widgets.search_panel import SearchPanel, highlight_terms

if TYPE_CHECKING:
    from empathy_journal.ui.main_window import MainWindow


class InterchangeWiring:
    """Owns the search dock and the import/export actions of one window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.panel = SearchPanel(window.journal)
        self.dock = QDockWidget("Search", window, objectName="SearchDock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                                  | Qt.DockWidgetArea.RightDockWidgetArea)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        self.find = self._action("Search…", QKeySequence.StandardKey.Find, self.show_search)
        self.import_ = self._action("Import…", None, self.open_import)
        self.export = self._action("Export…", None, self.open_export)
        self.import_.setEnabled(not window.journal.read_only)
        menu = window.actions_.file_menu
        menu.insertActions(window.actions_.quit, [self.import_, self.export])
        menu.insertSeparator(window.actions_.quit)
        window.actions_.edit_menu.addSeparator()
        window.actions_.edit_menu.addAction(self.find)
        toggle = self.dock.toggleViewAction()
        toggle.setText("Search sidebar")
        window.actions_.view_menu.addAction(toggle)
        self.panel.entry_activated.connect(self.open_result)
        body = window.page.editor.body_edit
        body.textChanged.connect(lambda: body.setExtraSelections([]))

    def _action(self, text: str, shortcut: object, slot: object) -> QAction:
        return window_action(self.window, text, shortcut, slot)

    def show_search(self) -> None:
        """Show the search sidebar and put the cursor in it (Ctrl+F)."""
        self.dock.show()
        self.dock.raise_()
        self.panel.focus_search()

    def open_result(self, uuid: str) -> None:
        """Open a search result in the editor with the searched words highlighted."""
        window = self.window
        window.actions_.journal_view.setChecked(True)
        window.views.setCurrentWidget(window.page)
        window.open_entry(uuid)
        highlight_terms(window.page.editor.body_edit, self.panel.terms())

    def open_import(self) -> None:
        """The import dialog; the month is re-read when entries came in."""
        from empathy_journal.ui.dialogs.import_dialog import ImportDialog

        self.window.autosave.flush()
        dialog = ImportDialog(self.window.journal, self.window)
        dialog.imported.connect(lambda _result: self.after_import())
        dialog.exec()

    def after_import(self) -> None:
        """Show what arrived: reload the month, the search filters and results."""
        self.window.reload_month()
        self.panel.refresh_choices()
        if self.panel.query.text():
            self.panel.run_search()

    def open_export(self) -> None:
        """The export dialog, offering the current search as a range."""
        from empathy_journal.ui.dialogs.export_dialog import ExportDialog

        self.window.autosave.flush()
        search = self.panel.query.text() if self.dock.isVisible() else ""
        ExportDialog(self.window.journal, search, self.window).exec()
