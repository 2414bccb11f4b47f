"""Open follow-ups for the journal sidebar: due soon first, overdue marked, done in one click."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.conversation import FollowUp, FollowUpState, describe_due
from empathy_journal.session.debriefs import Debriefs
from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.dates import compact_date
from empathy_journal.ui.safe_text import plain_label
from empathy_journal.ui.theme import current_theme
from empathy_journal.ui.widgets.form_parts import hint_label
from empathy_journal.ui.widgets.layout_tools import discard_widget

MAX_ROWS = 3


class FollowUpRow(QWidget):
    """One follow-up: a tick box to mark it done, who and when, and a link to its debrief."""

    def __init__(self, item: FollowUp, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.state = item.state(today)
        self.done_box = QCheckBox()
        self.done_box.setAccessibleName(self.tr("Mark done: {text}").format(text=item.text))
        self.done_box.setToolTip(self.tr("Tick when done"))
        self.text_label = plain_label(item.text, wordWrap=True)
        self.text_label.setBuddy(self.done_box)
        when = describe_due(item, today, compact_date)
        if item.person_name:
            when = self.tr("with {name} · {when}").format(name=item.person_name, when=when)
        self.when_label = plain_label(when, objectName="Hint")
        if self.state is FollowUpState.OVERDUE:
            self.when_label.setObjectName("Overdue")
            self.when_label.setStyleSheet(f"color: {current_theme().danger}; font-weight: 600;")
        self.open_button = QToolButton(text=self.tr("Open"), objectName="Flat")
        self.open_button.setAccessibleName(
            self.tr("Open the debrief of: {text}").format(text=item.text))
        self.when_label.setWordWrap(True)
        column = QVBoxLayout()
        column.setSpacing(0)
        column.addWidget(self.text_label)
        column.addWidget(self.when_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.done_box, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)


class FollowUpsPanel(QWidget):
    """The open follow-ups; ``open_entry(uuid)`` asks the window to show a debrief."""

    open_entry = Signal(str)
    follow_up_done = Signal(int)
    collapsed_changed = Signal(bool)

    def __init__(self, conversations: Debriefs,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conversations = conversations
        self._today = today
        self.rows: list[FollowUpRow] = []
        self._counts = (0, 0)  # open, overdue
        self.setAccessibleName(self.tr("Open follow-ups"))
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 10, 6, 6)
        column.addWidget(self._header())
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.empty_label = hint_label(
            self.tr("No open follow-ups. Add one at the end of a debrief."))
        self.more_label = hint_label("")
        self.message = hint_label("")
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(2)
        body.addWidget(self.empty_label)
        body.addLayout(self._rows_box)
        body.addWidget(self.more_label)
        column.addWidget(self.body)
        column.addWidget(self.message)
        self.message.hide()
        self._last_done: int | None = None
        self.undo_button = QToolButton(text=self.tr("Undo “done”"), objectName="Flat")
        self.undo_button.setAccessibleName(self.tr("Undo marking the last follow-up done"))
        self.undo_button.clicked.connect(self.undo_last_done)
        self.undo_button.hide()
        column.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    def _header(self) -> QToolButton:
        """A section title that folds the list away (Space or a click), showing the counts."""
        self.toggle = QToolButton(objectName="SectionToggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.toggle.toggled.connect(self._show_body)
        return self.toggle

    @property
    def collapsed(self) -> bool:
        """True while only the header with the counts is shown."""
        return not self.toggle.isChecked()

    def set_collapsed(self, collapsed: bool) -> None:
        """Fold the list away (or open it) without waiting for a click."""
        self.toggle.setChecked(not collapsed)

    def _show_body(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self._update_header()
        self.collapsed_changed.emit(not shown)

    def _update_header(self) -> None:
        count, overdue = self._counts
        if not count:
            self.toggle.setText(self.tr("FOLLOW-UPS"))
        elif overdue:
            self.toggle.setText(self.tr("FOLLOW-UPS ({count}, {overdue} overdue)").format(
                count=count, overdue=overdue))
        else:
            self.toggle.setText(self.tr("FOLLOW-UPS ({count})").format(count=count))
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if self.toggle.isChecked()
                                 else Qt.ArrowType.RightArrow)
        if self.toggle.property("overdue") != bool(overdue):  # the app's style sheet: red
            self.toggle.setProperty("overdue", bool(overdue))
            self.toggle.style().unpolish(self.toggle)
            self.toggle.style().polish(self.toggle)
        state = (self.tr("Follow-ups, {count} open, {overdue} overdue") if overdue
                 else self.tr("Follow-ups, {count} open")).format(count=count, overdue=overdue)
        self.toggle.setAccessibleName(
            (self.tr("{state}: hide the list") if self.toggle.isChecked()
             else self.tr("{state}: show the list")).format(state=state))

    def refresh(self) -> None:
        """Reload the list from the journal."""
        for row in self.rows:
            self._rows_box.removeWidget(row)
            discard_widget(row)
        today = self._today()
        items = self._conversations.follow_ups()
        self.rows = [FollowUpRow(item, today) for item in items[:MAX_ROWS]]
        for row in self.rows:
            row.done_box.toggled.connect(lambda _on, r=row: self._mark_done(r))
            row.open_button.clicked.connect(lambda _c=False, r=row: self.open_entry.emit(
                r.item.entry_uuid))
            self._rows_box.addWidget(row)
        hidden = len(items) - len(self.rows)
        self.more_label.setText(self.tr("and {count} more, on each person's page ({keys})")
                                .format(count=hidden, keys="Ctrl+3") if hidden > 0 else "")
        self.more_label.setVisible(hidden > 0)
        self.empty_label.setVisible(not items)
        self._counts = (len(items), sum(1 for item in items
                                        if item.state(today) is FollowUpState.OVERDUE))
        self._update_header()

    def _mark_done(self, row: FollowUpRow) -> None:
        try:
            self._conversations.mark_follow_up_done(row.item.entry_id)
        except JournalError as error:
            row.done_box.blockSignals(True)
            row.done_box.setChecked(False)
            row.done_box.blockSignals(False)
            self.message.setText(self.tr("Could not mark it done: {error}").format(error=error))
            self.message.show()
            return
        self.message.hide()
        self._last_done = row.item.entry_id
        self.undo_button.show()
        self.follow_up_done.emit(row.item.entry_id)
        self.refresh()

    def undo_last_done(self) -> None:
        """Put the follow-up marked done last back on the list."""
        if self._last_done is None:
            return
        try:
            self._conversations.reopen_follow_up(self._last_done)
        except JournalError as error:
            self.message.setText(self.tr("Could not undo: {error} Nothing was lost.").format(
                error=error))
            self.message.show()
            return
        self._last_done = None
        self.undo_button.hide()
        self.refresh()
