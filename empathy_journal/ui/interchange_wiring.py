"""Adds search (Ctrl+F sidebar), File ▸ Import… and File ▸ Export… to the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from empathy_journal.ui.main_actions import window_action
from empathy_journal.ui.widgets.search_highlight import (
    clear_line_highlight,
    highlight_line,
    highlight_terms,
)
from empathy_journal.ui.widgets.search_panel import SearchPanel

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
        self._title_marked = False
        editor = window.page.editor
        editor.body_edit.textChanged.connect(self.clear_marks)
        editor.title_edit.textChanged.connect(self.clear_marks)
        self._refresh_after_changes()

    def _refresh_after_changes(self) -> None:
        """Keep shown results current: saves, and the actions that trash or restore entries.

        Trash and restore have no signal of their own; the window's slot on each action runs
        first (it was connected first), and the panel waits a moment before searching anyway.
        """
        self.window.entry_saved.connect(lambda _entry: self.panel.refresh_soon())
        actions = self.window.actions_
        for action in (actions.delete, actions.undo_delete, actions.trash):
            action.triggered.connect(self.panel.refresh_soon)

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
        terms = self.panel.terms()
        highlight_terms(window.page.editor.body_edit, terms)
        self._title_marked = bool(highlight_line(window.page.editor.title_edit, terms))

    def clear_marks(self) -> None:
        """Editing (or showing another entry) removes the search marks from title and text."""
        editor = self.window.page.editor
        editor.body_edit.setExtraSelections([])
        if self._title_marked:
            self._title_marked = False
            clear_line_highlight(editor.title_edit)

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
        self.panel.refresh()

    def open_export(self) -> None:
        """The export dialog, offering the current search as a range."""
        from empathy_journal.ui.dialogs.export_dialog import ExportDialog

        self.window.autosave.flush()
        search = self.panel.query.text() if self.dock.isVisible() else ""
        ExportDialog(self.window.journal, search, self.window).exec()
