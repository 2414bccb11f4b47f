"""JournalPage: the writing view — calendar and entry list, editor, emotion panel side by side."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
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
from empathy_journal.ui.safe_text import escaped
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
        self.button = QPushButton(self.tr("Got it"))
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.addWidget(self.text, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.button.clicked.connect(self.hide)
        self.hide()

    def show_text(self, text: str, button_text: str | None = "") -> None:
        """Show a plain sentence (it may name files or quote the journal) exactly as written."""
        self.show_message(escaped(text), button_text)

    def show_message(self, html: str, button_text: str | None = "") -> None:
        """Show html with a button that dismisses it, labelled button_text ("Got it" when
        empty); with None for button_text the banner cannot be dismissed."""
        self.text.setText(html)
        self.button.setVisible(button_text is not None)
        if button_text is not None:
            self.button.setText(button_text or self.tr("Got it"))
        self.show()


# Below this page width four columns (sidebar, text, debrief form, emotions) squeeze each
# other, so while the debrief form is shown the sidebar (calendar, entries) steps aside and the
# form keeps a column of its own between the text and the emotions.
FOUR_COLUMNS_WIDTH = 1480
FORM_UNDER_TEXT_SHARE = 0.72  # of the centre column's height, when the form is under the text


class JournalPage(QWidget):
    """Sidebar (calendar, month's entries), centre (banner, editor), right (emotion panel).

    A side pane (the debrief form) is a column beside the text; on narrower windows the sidebar
    makes room for it while it shows; see ``add_side_pane``.
    """

    def __init__(self, emotions: list[Emotion], families: list[Family], theme: Theme,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="JournalPage")
        self.calendar = MoodCalendar()
        self.entry_model = EntryListModel(self)
        self.entry_list = QListView()
        self.entry_list.setModel(self.entry_model)
        self.entry_list.setItemDelegate(EntryListDelegate(self.entry_list))
        self.entry_list.setAccessibleName(self.tr("Entries of the month"))
        self.entry_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entry_list.setMouseTracking(True)
        self.entry_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.entry_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.month_label = section_title(self.tr("Entries"))
        self.empty_month = QLabel(self.tr("No entries this month yet."), objectName="Hint")
        self.banner = Banner()
        self.editor = EntryEditor(theme)
        self.panel = EmotionPanel(emotions, families)
        self.side_pane: QWidget | None = None
        self._docked = False  # a dock (the search sidebar) beside the page
        self.centre_splitter = QSplitter(Qt.Orientation.Vertical)  # the text, a form under it
        self.centre_splitter.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._sidebar())
        self.splitter.addWidget(self._centre())
        self.splitter.addWidget(card(self.panel))
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([self._ems(SIDEBAR_EMS), self._ems(EDITOR_EMS),
                                self._ems(PANEL_EMS)])
        self.splitter.setChildrenCollapsible(False)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(10, 4, 10, 6)
        outer.addWidget(self.splitter)
        self._link_tab_order()

    def follow_font(self) -> None:
        """Size the columns for the application font again (after the text size changed):
        the calendar column and the panel keep their widths in ems, the text takes the rest."""
        sidebar = self.splitter.widget(0)
        sidebar.setMinimumWidth(self._ems(SIDEBAR_MIN_EMS))
        sidebar.setMaximumWidth(self._ems(SIDEBAR_MAX_EMS))
        self.calendar.follow_font()
        total = sum(self.splitter.sizes())
        side, panel = self._ems(SIDEBAR_EMS), self._ems(PANEL_EMS)
        self.splitter.setSizes([side, max(total - side - panel, self._ems(EDITOR_EMS) // 2),
                                panel])

    def _ems(self, ems: float) -> int:
        """A width of ems times the font's height, in pixels (so it scales with the font)."""
        return round(ems * self.fontMetrics().height())

    def _link_tab_order(self) -> None:
        """Tab runs title → text → mood → energy → stress → emotion search, filter and list."""
        chain = [self.editor.title_edit, self.editor.body_edit, *self.panel.tab_chain()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _sidebar(self) -> QWidget:
        sidebar = QWidget()
        sidebar.setMinimumWidth(self._ems(SIDEBAR_MIN_EMS))
        sidebar.setMaximumWidth(self._ems(SIDEBAR_MAX_EMS))
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
        self._sidebar_column = column
        return sidebar

    def make_room_for_a_dock(self, docked: bool) -> None:
        """A dock beside a page narrower than four columns (the search sidebar at 1024 px)
        takes the calendar column's place instead of squeezing the text to a strip; it comes
        back when the dock closes. With a dock there, a debrief form goes under the text (a
        fourth column would not fit)."""
        self._docked = docked
        self._arrange()

    def _show_sidebar_if_room(self) -> None:
        """The calendar column shows on a wide page, or when neither a dock nor the debrief form
        needs its room."""
        pane_shown = self.side_pane is not None and not self.side_pane.isHidden()
        crowded = self._docked or pane_shown
        self.splitter.widget(0).setVisible(not crowded or self.width() >= FOUR_COLUMNS_WIDTH)

    def add_sidebar_card(self, widget: QWidget) -> None:
        """Add a card under the month's entries (the follow-ups)."""
        self._sidebar_column.addWidget(card(widget))

    def add_notice(self, widget: QWidget) -> None:
        """Add a quiet line above the text, under the banner (the check-in due line)."""
        self._centre_column.insertWidget(self._centre_column.indexOf(self.banner) + 1, widget)

    def _centre(self) -> QWidget:
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self._centre_column = column
        column.addWidget(self.banner)
        self.centre_splitter.addWidget(card(self.editor))
        column.addWidget(self.centre_splitter, 1)
        return centre

    # -- the side pane -----------------------------------------------------------------------

    def add_side_pane(self, pane: QWidget) -> None:
        """Place pane as a column between the text and the emotion panel, hidden at first."""
        self.side_pane = pane
        pane.hide()
        self._arrange()

    @property
    def side_pane_beside_text(self) -> bool:
        """True when the side pane is a column of its own, False when it is under the text
        (only while a dock takes the room of a narrow page)."""
        return self.side_pane is not None and self.side_pane.parentWidget() is self.splitter

    @property
    def sidebar_shown(self) -> bool:
        """Whether the calendar and the month's entries are on the page."""
        return not self.splitter.widget(0).isHidden()

    def show_side_pane(self, show: bool) -> None:
        """Show or hide the side pane, giving it room (the sidebar steps aside when narrow)."""
        pane = self.side_pane
        if pane is None or show == (not pane.isHidden()):
            return
        pane.setVisible(show)
        self._arrange(resize_pane=show)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self, *, resize_pane: bool = False) -> None:
        """Sidebar shown or not, and the pane beside the text or (docked, narrow) under it."""
        was_shown = self.sidebar_shown
        self._show_sidebar_if_room()
        pane = self.side_pane
        if pane is None:
            return
        beside = not self._docked or self.width() >= FOUR_COLUMNS_WIDTH
        moved = pane.parentWidget() is not (self.splitter if beside else self.centre_splitter)
        if moved:
            shown = not pane.isHidden()
            if beside:
                self.splitter.insertWidget(2, pane)  # between the text and the emotion panel
            else:
                self.centre_splitter.addWidget(pane)
            pane.setVisible(shown)
        if not pane.isHidden() and (resize_pane or moved or was_shown != self.sidebar_shown):
            self._size_side_pane()

    def _size_side_pane(self) -> None:
        """Room for the pane: beside the text its preferred width (half the room when the
        sidebar stepped aside); under the text most of the column's height."""
        pane = self.side_pane
        assert pane is not None
        if not self.side_pane_beside_text:
            height = sum(self.centre_splitter.sizes())
            text = self.centre_splitter.widget(0).minimumSizeHint().height()
            form = max(0, min(round(height * FORM_UNDER_TEXT_SHARE), height - text))
            self.centre_splitter.setSizes([height - form, form])
            return
        sizes = self.splitter.sizes()
        total = sum(sizes)
        panel = sizes[-1]
        if self.sidebar_shown:
            form = max(pane.minimumSizeHint().width(), pane.sizeHint().width())
            sidebar = max(sizes[0], self._ems(SIDEBAR_EMS))
            self.splitter.setSizes([sidebar, max(total - sidebar - panel - form, 0), form, panel])
        else:  # text and form share the room evenly
            half = (total - panel) // 2
            self.splitter.setSizes([0, total - panel - half, half, panel])
