"""EntryEditor: the writing surface — day heading, prompt line, title and Markdown body."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.ui.dates import long_date
from empathy_journal.ui.theme import Theme
from empathy_journal.ui.widgets.markdown_highlighter import MarkdownHighlighter

EDITOR_MAX_WIDTH = 760
LIST_ITEM = re.compile(r"^(\s*)([-*+]|(\d+)([.)]))(\s+(?:\[[ xX]\]\s+)?)(.*)$")


def continued_list_marker(line: str) -> str | None:
    """What Return starts the next line with after a Markdown list item ("- ", "3. "), "" to
    end the list (Return on an empty item), or None when line is not a list item."""
    match = LIST_ITEM.match(line)
    if match is None:
        return None
    indent, bullet, number, closer, gap, rest = match.groups()
    if not rest.strip():
        return ""
    marker = f"{int(number) + 1}{closer}" if number else bullet
    gap = re.sub(r"\[[xX]\]", "[ ]", gap)  # a ticked box continues as an empty one
    return f"{indent}{marker}{gap}"


class EntryEditor(QWidget):
    """Title and body of one entry; emits ``changed`` on every edit and ``focus_left`` on blur."""

    changed = Signal()
    focus_left = Signal()
    next_prompt_requested = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.day_heading = QLabel(objectName="DayHeading", wordWrap=True)  # large fonts wrap
        self.time_label = QLabel(objectName="Muted")
        self.prompt_label = QLabel(objectName="Prompt", wordWrap=True)
        self.prompt_label.setAccessibleName(self.tr("Writing prompt"))
        self.next_prompt_button = QToolButton(text=self.tr("Another prompt"), objectName="Flat")
        self.next_prompt_button.setToolTip(self.tr("Show a different prompt"))
        self.next_prompt_button.setAccessibleName(self.tr("Show another writing prompt"))
        self.title_edit = QLineEdit(objectName="TitleEdit",
                                    placeholderText=self.tr("Title (optional)"))
        self.title_edit.setAccessibleName(self.tr("Entry title"))
        self.body_edit = QPlainTextEdit(objectName="BodyEdit")
        self.body_edit.setAccessibleName(self.tr("Entry text"))
        self.body_edit.setPlaceholderText(self.tr(
            "Write freely. Markdown works: # heading, **bold**, *italic*, - lists, #tags."))
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        body_font = QFont(self.body_edit.font())
        body_font.setPointSizeF(max(body_font.pointSizeF(), 9.0) * 1.15)
        self.body_edit.setFont(body_font)
        self.highlighter = MarkdownHighlighter(self.body_edit.document(), theme)
        self._layout()
        self.title_edit.textEdited.connect(self._emit_changed)
        self.body_edit.textChanged.connect(self._emit_changed)
        self.next_prompt_button.clicked.connect(self.next_prompt_requested.emit)
        self.title_edit.returnPressed.connect(self.body_edit.setFocus)
        for widget in (self.title_edit, self.body_edit):
            widget.installEventFilter(self)

    def _layout(self) -> None:
        heading_row = QVBoxLayout()  # the time under the day: the heading keeps the width
        heading_row.setSpacing(0)
        heading_row.addWidget(self.day_heading)  # wraps only when the pane is too narrow
        heading_row.addWidget(self.time_label)
        prompt_row = QHBoxLayout()
        prompt_row.addWidget(self.prompt_label, 1)
        prompt_row.addStretch(0)
        prompt_row.addWidget(self.next_prompt_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addLayout(heading_row)
        column.addLayout(prompt_row)
        column.addSpacing(6)
        column.addWidget(self.title_edit)
        column.addWidget(self.body_edit, 1)
        self._column = column
        inner = self._inner = QWidget()
        inner.setLayout(column)
        inner.setMaximumWidth(EDITOR_MAX_WIDTH)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 12)
        outer.addStretch(0)
        outer.addWidget(inner, 1)
        outer.addStretch(0)

    def add_below_text(self, widget: QWidget) -> None:
        """Put widget under the text, in the text's column (the attachments strip)."""
        self._column.addWidget(widget)
        QWidget.setTabOrder(self.body_edit, widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self.focus_left.emit()
        if (watched is self.body_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and self._continue_list(event)):
            return True
        return super().eventFilter(watched, event)

    def _continue_list(self, event: QKeyEvent) -> bool:
        """Return inside a list item starts the next item; on an empty item it ends the list."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier) or self.body_edit.isReadOnly():
            return False
        cursor = self.body_edit.textCursor()
        if cursor.hasSelection() or not cursor.atBlockEnd():
            return False
        marker = continued_list_marker(cursor.block().text())
        if marker is None:
            return False
        cursor.beginEditBlock()
        if marker:
            cursor.insertText(f"\n{marker}")
        else:  # an empty item: take its marker away and leave the list
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        cursor.endEditBlock()
        self.body_edit.setTextCursor(cursor)
        return True

    def _emit_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def load(self, day: date, time_text: str, title: str, body: str) -> None:
        """Show an entry without reporting a change."""
        self._loading = True
        try:
            self.day_heading.setText(long_date(day))
            self.time_label.setText(time_text)
            self.title_edit.setText(title)
            self.body_edit.setPlainText(body)
            self.body_edit.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            self._loading = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Keep room for the day heading as it wraps in a narrow column, so a splitter
        (the debrief under the text) never squeezes it out of sight."""
        super().resizeEvent(event)
        layout = self._inner.layout()
        if layout.hasHeightForWidth():
            margins = self.layout().contentsMargins()
            need = layout.minimumHeightForWidth(self._inner.width())
            self.setMinimumHeight(need + margins.top() + margins.bottom())

    def set_time_text(self, text: str) -> None:
        """The words beside the day heading ("Saved 21:04", "Written 20:56", "Not saved yet")."""
        self.time_label.setText(text)

    def set_prompt(self, text: str) -> None:
        """Show a writing prompt above the title (an entry written without one shows none)."""
        self.prompt_label.setText(text)
        self.prompt_label.setVisible(bool(text))
        self.next_prompt_button.setText(self.tr("Another prompt") if text
                                        else self.tr("Show a prompt"))

    def title(self) -> str:
        """The title as typed."""
        return self.title_edit.text()

    def body(self) -> str:
        """The body as typed (Markdown source)."""
        return self.body_edit.toPlainText()

    def set_read_only(self, read_only: bool) -> None:
        """Lock editing (read-only journal)."""
        self.title_edit.setReadOnly(read_only)
        self.body_edit.setReadOnly(read_only)
