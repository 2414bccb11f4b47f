"""RatingControl: a slider for mood, energy or stress with a clear 'not rated' state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QVBoxLayout, QWidget


def not_rated() -> str:
    """What a rating shows before the person rates."""
    return QCoreApplication.translate("RatingControl", "not rated")


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
                 parent: QWidget | None = None, *, in_sentence: str | None = None) -> None:
        """label names the rating ("Mood"); in_sentence is how it reads inside a sentence
        (English lower-cases it, German keeps the capital), label lower-cased when not given."""
        super().__init__(parent)
        self._label = label
        in_sentence = label.lower() if in_sentence is None else in_sentence
        self._low, self._high = low, high
        self._rated = False
        self._loading = False
        self.name_label = QLabel(f"<b>{label}</b>")
        self.value_label = QLabel(not_rated(), objectName="Muted")
        self.clear_button = QToolButton(text=self.tr("Clear"), objectName="Flat")
        self.clear_button.setAccessibleName(self.tr("Clear {name} rating").format(
            name=in_sentence))
        self.clear_button.setToolTip(self.tr("Mark {name} as not rated (Delete)").format(
            name=in_sentence))
        # Not a Tab stop: on the keyboard, Delete on the slider clears, so Tab goes from one
        # rating straight to the next.
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.slider = RatingSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(low, high)
        self.slider.setPageStep(2)
        self.slider.setAccessibleName(self.tr("{name}, {low} to {high}").format(
            name=label, low=low, high=high))
        self.slider.setToolTip(self.tr("{low} = {low_hint}, {high} = {high_hint}. Delete "
                                       "clears.").format(low=low, low_hint=low_hint, high=high,
                                                         high_hint=high_hint))
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
                                 else not_rated())
        self.clear_button.setEnabled(self._rated)
        self.slider.setProperty("rated", "true" if self._rated else "false")
        self.slider.setAccessibleDescription(
            f"{self._label} {self.slider.value()}" if self._rated
            else self.tr("{name} not rated; an arrow key rates it, Delete clears it").format(
                name=self._label))
        self.slider.style().unpolish(self.slider)
        self.slider.style().polish(self.slider)
