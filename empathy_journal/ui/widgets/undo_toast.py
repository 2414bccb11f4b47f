"""UndoToast: a short message with an Undo button floating at the foot of a widget."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

TOAST_SECONDS = 8  # long enough to read and reach for the mouse, short enough to be calm


class UndoToast(QFrame):
    """Shows "Entry moved to the trash. [Undo]" over the bottom of its parent for a few
    seconds; Undo runs the given callback once and hides the message."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, objectName="Toast")
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self.tr("Undo"), objectName="Primary")
        self.undo_button.setAccessibleName(self.tr("Undo the delete"))
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 8, 8)
        row.setSpacing(14)
        row.addWidget(self.text)
        row.addWidget(self.undo_button)
        self.timer = QTimer(self, singleShot=True, interval=TOAST_SECONDS * 1000)
        self.timer.timeout.connect(self.hide)
        self.undo_button.clicked.connect(self._undo)
        self._action: Callable[[], None] | None = None
        parent.installEventFilter(self)
        self.hide()

    def show_message(self, text: str, undo: Callable[[], None]) -> None:
        """Show text with Undo for a few seconds (a newer message replaces the older one)."""
        self.text.setText(text)
        self._action = undo
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        self.timer.start()

    def _undo(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802
        self.timer.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        parent = self.parentWidget()
        size = self.sizeHint()
        self.resize(size)
        self.move((parent.width() - size.width()) // 2, parent.height() - size.height() - 24)
