"""RatingControl: a slider for mood, energy or stress with a clear 'not rated' state."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QVBoxLayout, QWidget

NOT_RATED = "not rated"


class RatingSlider(QSlider):
    """A horizontal slider where Delete or Backspace clears the rating."""

    cleared = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.cleared.emit()
            return
        super().keyPressEvent(event)


class RatingControl(QWidget):
    """Label, value and slider; ``value()`` is None until the person rates.

    Keyboard: arrows / Page Up / Home / End move the slider (and rate); Delete clears.
    No focus proxy: with one, Tab from the widget after the slider in the focus chain lands
    on the control and so back on the slider, a tab trap; the name label is its buddy instead.
    """

    changed = Signal()

    def __init__(self, label: str, low: int, high: int, low_hint: str, high_hint: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        self._low, self._high = low, high
        self._rated = False
        self._loading = False
        self.name_label = QLabel(f"<b>{label}</b>")
        self.value_label = QLabel(NOT_RATED, objectName="Muted")
        self.clear_button = QToolButton(text="Clear", objectName="Flat")
        self.clear_button.setAccessibleName(f"Clear {label.lower()} rating")
        self.clear_button.setToolTip(f"Mark {label.lower()} as not rated (Delete)")
        # Not a Tab stop: on the keyboard, Delete on the slider clears, so Tab goes from one
        # rating straight to the next.
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.slider = RatingSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(low, high)
        self.slider.setPageStep(2)
        self.slider.setAccessibleName(f"{label}, {low} to {high}")
        self.slider.setToolTip(f"{low} = {low_hint}, {high} = {high_hint}. Delete clears.")
        hints = QHBoxLayout()
        for text, align in ((low_hint, Qt.AlignmentFlag.AlignLeft),
                            (high_hint, Qt.AlignmentFlag.AlignRight)):
            hint = QLabel(text, objectName="Hint")
            hint.setAlignment(align)
            hints.addWidget(hint)
        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addStretch(1)
        top.addWidget(self.value_label)
        top.addWidget(self.clear_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(top)
        column.addWidget(self.slider)
        column.addLayout(hints)
        self.name_label.setBuddy(self.slider)
        self.slider.valueChanged.connect(self._on_slider)
        self.slider.sliderPressed.connect(self._on_pressed)
        self.slider.cleared.connect(self.clear)
        self.clear_button.clicked.connect(self.clear)
        self._show()

    def tab_chain(self) -> list[QWidget]:
        """The control's Tab stops: only the slider (Delete on it clears the rating)."""
        return [self.slider]

    def value(self) -> int | None:
        """The rating, or None when not rated."""
        return self.slider.value() if self._rated else None

    def set_value(self, value: int | None) -> None:
        """Show a stored rating without reporting a change."""
        self._loading = True
        try:
            self._rated = value is not None
            self.slider.setValue(value if value is not None else (self._low + self._high) // 2)
        finally:
            self._loading = False
        self._show()

    def clear(self) -> None:
        """Back to 'not rated'."""
        if self._rated:
            self._rated = False
            self._show()
            self.changed.emit()

    def _on_pressed(self) -> None:
        if not self._rated:
            self._rated = True
            self._show()
            self.changed.emit()

    def _on_slider(self, _value: int) -> None:
        if self._loading:
            return
        self._rated = True
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        self.value_label.setText(f"{self.slider.value()} / {self._high}" if self._rated
                                 else NOT_RATED)
        self.clear_button.setEnabled(self._rated)
        self.slider.setProperty("rated", "true" if self._rated else "false")
        self.slider.setAccessibleDescription(
            f"{self._label} {self.slider.value()}" if self._rated
            else f"{self._label} not rated; an arrow key rates it, Delete clears it")
        self.slider.style().unpolish(self.slider)
        self.slider.style().polish(self.slider)
