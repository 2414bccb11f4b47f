"""The quiet line on the journal page that carries a reminder when no pop-up can, or one missed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from empathy_journal.ui.reminders.reminder_text import ReminderMessage, ReminderTarget
from empathy_journal.ui.safe_text import make_plain

# Narrower than this, the buttons go under the sentence instead of squeezing it.
STACKED_BELOW_PX = 560


class ReminderLine(QFrame):
    """Hidden unless it carries a reminder; its button opens what the reminder was for,
    "Dismiss" hides it."""

    open_requested = Signal(object)  # the ReminderTarget

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="Card")
        self.setAccessibleName(self.tr("Reminder"))
        self.text = QLabel(wordWrap=True, objectName="Hint")
        make_plain(self.text)  # a follow-up's own words may be in it
        self.open_button = QPushButton()
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the reminder"))
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(12, 4, 8, 4)
        self.row.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(0)  # right-aligns the buttons once they sit under the sentence
        buttons.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        buttons.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.row.addLayout(buttons)
        self._target: ReminderTarget | None = None
        self.open_button.clicked.connect(self._open)
        self.dismiss_button.clicked.connect(self.clear)
        self.hide()

    @property
    def target(self) -> ReminderTarget | None:
        """What the line's button opens (None while hidden)."""
        return self._target

    def show_reminder(self, message: ReminderMessage, target: ReminderTarget) -> None:
        """Carry this reminder (it replaces the one shown)."""
        self._target = target
        self.text.setText(message.line)
        self.open_button.setText(message.button)
        self.open_button.setAccessibleName(message.button)
        self.show()

    def clear(self) -> None:
        """Hide the line."""
        self._target = None
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        narrow = event.size().width() < STACKED_BELOW_PX
        self.row.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                              else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    def _open(self) -> None:
        target = self._target
        self.clear()
        if target is not None:
            self.open_requested.emit(target)
