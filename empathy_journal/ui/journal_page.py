"""JournalPage: the writing view — calendar and entry list, editor, emotion panel side by side."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.vocabulary import Emotion, Family
from empathy_journal.ui.models.entry_list_model import EntryListModel
from empathy_journal.ui.theme import Theme
from empathy_journal.ui.widgets.emotion_panel import EmotionPanel, section_title
from empathy_journal.ui.widgets.entry_editor import EntryEditor
from empathy_journal.ui.widgets.entry_list_delegate import EntryListDelegate
from empathy_journal.ui.widgets.mood_calendar import MoodCalendar

# Widths in units of the font's height (287, 714 and 322 px at 14 px), so they scale with it.
SIDEBAR_EMS, EDITOR_EMS, PANEL_EMS = 20.5, 51, 23
SIDEBAR_MIN_EMS, SIDEBAR_MAX_EMS = 18, 27


def card(widget: QWidget, margins: int = 0) -> QFrame:
    """Wrap widget in a softly bordered card."""
    frame = QFrame(objectName="Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.addWidget(widget)
    return frame


class Banner(QFrame):
    """A dismissible message strip above the editor (welcome, read-only, save problems)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="Card")
        self.text = QLabel(wordWrap=True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.button = QPushButton("Got it")
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.addWidget(self.text, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.button.clicked.connect(self.hide)
        self.hide()

    def show_message(self, html: str, button_text: str | None = "Got it") -> None:
        """Show html; without button_text the banner cannot be dismissed."""
        self.text.setText(html)
        self.button.setVisible(button_text is not None)
        if button_text:
            self.button.setText(button_text)
        self.show()


class JournalPage(QWidget):
    """Sidebar (calendar, month's entries), centre (banner, editor), right (emotion panel)."""

    def __init__(self, emotions: list[Emotion], families: list[Family], theme: Theme,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="JournalPage")
        self.calendar = MoodCalendar()
        self.entry_model = EntryListModel(self)
        self.entry_list = QListView()
        self.entry_list.setModel(self.entry_model)
        self.entry_list.setItemDelegate(EntryListDelegate(self.entry_list))
        self.entry_list.setAccessibleName("Entries of the month")
        self.entry_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entry_list.setMouseTracking(True)
        self.entry_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.entry_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.month_label = section_title("Entries")
        self.empty_month = QLabel("No entries this month yet.", objectName="Hint")
        self.banner = Banner()
        self.editor = EntryEditor(theme)
        self.panel = EmotionPanel(emotions, families)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._sidebar())
        self.splitter.addWidget(self._centre())
        self.splitter.addWidget(card(self.panel))
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        em = self.fontMetrics().height()  # widths follow the font size
        self.splitter.setSizes([round(ems * em) for ems in (SIDEBAR_EMS, EDITOR_EMS, PANEL_EMS)])
        self.splitter.setChildrenCollapsible(False)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(10, 4, 10, 6)
        outer.addWidget(self.splitter)
        self._link_tab_order()

    def _link_tab_order(self) -> None:
        """Tab runs title → text → mood → energy → stress → emotion search, filter and list."""
        chain = [self.editor.title_edit, self.editor.body_edit, *self.panel.tab_chain()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _sidebar(self) -> QWidget:
        sidebar = QWidget()
        em = self.fontMetrics().height()
        sidebar.setMinimumWidth(SIDEBAR_MIN_EMS * em)
        sidebar.setMaximumWidth(SIDEBAR_MAX_EMS * em)
        column = QVBoxLayout(sidebar)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(card(self.calendar, 6))
        list_box = QWidget()
        list_column = QVBoxLayout(list_box)
        list_column.setContentsMargins(10, 10, 6, 6)
        list_column.addWidget(self.month_label)
        list_column.addWidget(self.empty_month)
        list_column.addWidget(self.entry_list, 1)
        column.addWidget(card(list_box), 1)
        return sidebar

    def _centre(self) -> QWidget:
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.banner)
        column.addWidget(card(self.editor), 1)
        return centre
