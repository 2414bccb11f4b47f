"""SearchFeature: the search sidebar (Ctrl+F) of a window, opening results with marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

from empathy_journal.ui.main_actions import window_action

if TYPE_CHECKING:
    from empathy_journal.ui.main_window import MainWindow
    from empathy_journal.ui.search.search_panel import SearchPanel


class SearchFeature:
    """The search dock, its Ctrl+F action and its View-menu toggle; results follow every
    change the session announces."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._panel: SearchPanel | None = None  # made when the sidebar is first shown
        self.dock = QDockWidget(QCoreApplication.translate("SearchFeature", "Search"), window,
                                 objectName="SearchDock")
        self.dock.visibilityChanged.connect(self._made_when_shown)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                                  | Qt.DockWidgetArea.RightDockWidgetArea)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        self.find = window_action(window, QCoreApplication.translate("SearchFeature", "Search…"),
                                  QKeySequence.StandardKey.Find, self.show_search)
        self.dock.visibilityChanged.connect(window.page.make_room_for_a_dock)
        self.toggle = self.dock.toggleViewAction()
        self.toggle.setText(QCoreApplication.translate("SearchFeature", "Search sidebar"))
        self._title_marked = False
        editor = window.page.editor
        editor.body_edit.textChanged.connect(self.clear_marks)
        editor.title_edit.textChanged.connect(self.clear_marks)

    @property
    def panel(self) -> SearchPanel:
        """The search panel, made (and put in the dock) the first time it is needed."""
        if self._panel is None:
            from empathy_journal.ui.search.search_panel import SearchPanel

            panel = self._panel = SearchPanel(self.window.session)
            self.dock.setWidget(panel)
            panel.entry_activated.connect(self.open_result)
            self.window.signals.journal_changed.connect(panel.follow_change)
        return self._panel

    def _made_when_shown(self, visible: bool) -> None:
        if visible:
            self.panel  # noqa: B018

    def show_search(self) -> None:
        """Show the search sidebar and put the cursor in it (Ctrl+F)."""
        if self.window.session.locked:
            return
        panel = self.panel
        self.dock.show()
        self.dock.raise_()
        panel.focus_search()

    def open_result(self, uuid: str) -> None:
        """Open a search result in the editor with the searched words highlighted."""
        window = self.window
        if window.session.locked:
            return
        window.show_entry_from_elsewhere(uuid)
        from empathy_journal.ui.search.search_highlight import highlight_line, highlight_terms

        terms = self.panel.terms()
        highlight_terms(window.page.editor.body_edit, terms)
        self._title_marked = bool(highlight_line(window.page.editor.title_edit, terms))

    def clear_marks(self) -> None:
        """Editing (or showing another entry) removes the search marks from title and text."""
        editor = self.window.page.editor
        editor.body_edit.setExtraSelections([])
        if self._title_marked:
            self._title_marked = False
            from empathy_journal.ui.search.search_highlight import clear_line_highlight

            clear_line_highlight(editor.title_edit)

    def query_text(self) -> str:
        """The shown search, offered to Export as a range (empty while the sidebar is hidden)."""
        if self._panel is None or not self.dock.isVisible():
            return ""
        return self._panel.query.text()
