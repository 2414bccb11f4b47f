"""IntensityDots: five dots for an intensity 1–5 (or not rated), set by click, arrows or 1–5."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from empathy_journal.ui.theme import current_theme

DOT_PER_LINE = 0.65  # a dot's diameter as a share of the font's height (10 px at 9–10 pt)
GAP_PER_DOT = 0.6
LEVELS = 5
WORDS = {1: QT_TRANSLATE_NOOP("IntensityDots", "a trace"),
         2: QT_TRANSLATE_NOOP("IntensityDots", "mild"),
         3: QT_TRANSLATE_NOOP("IntensityDots", "clear"),
         4: QT_TRANSLATE_NOOP("IntensityDots", "strong"),
         5: QT_TRANSLATE_NOOP("IntensityDots", "overwhelming")}


def intensity_word(level: int) -> str:
    """What an intensity of 1–5 means, in the window's language ("mild", "strong")."""
    return QCoreApplication.translate("IntensityDots", WORDS[level])


class IntensityDots(QWidget):
    """A compact, keyboard-friendly intensity control; ``valueChanged`` carries the new value.

    It starts not rated (``value()`` is None, five hollow dots) until a dot is chosen; Delete or
    Backspace takes the rating back.
    """

    valueChanged = Signal(object)  # int 1–5, or None for not rated

    def __init__(self, value: int | None = None, parent: QWidget | None = None, *,
                 theirs: bool = False) -> None:
        super().__init__(parent)
        self._value = None if value is None else max(1, min(LEVELS, value))
        self._theirs = theirs  # drawn in the "theirs" colour, like the charts
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._describe()

    def value(self) -> int | None:
        """The intensity, 1–5, or None when not rated."""
        return self._value

    def setValue(self, value: int | None) -> None:  # noqa: N802
        """Set the intensity (clamped to 1–5), or None for not rated."""
        value = None if value is None else max(1, min(LEVELS, value))
        if value != self._value:
            self._value = value
            self._describe()
            self.update()
            self.valueChanged.emit(value)

    def _describe(self) -> None:
        if self._value is None:
            self.setToolTip(self.tr("Intensity not rated. Click a dot, or press 1–5."))
            self.setAccessibleDescription(self.tr("intensity not rated"))
            return
        word = intensity_word(self._value)
        self.setToolTip(self.tr("Intensity {level} of 5: {word}. Click a dot, or use the arrow "
                                "keys; Delete clears it.").format(level=self._value, word=word))
        self.setAccessibleDescription(self.tr("{level} of 5, {word}").format(
            level=self._value, word=word))

    def _dot_and_gap(self) -> tuple[float, float]:
        """Dot diameter and gap in pixels, from the font so the dots grow with the text."""
        dot = max(8.0, round(self.fontMetrics().height() * DOT_PER_LINE))
        return dot, round(dot * GAP_PER_DOT)

    def sizeHint(self) -> QSize:  # noqa: N802
        dot, gap = self._dot_and_gap()
        return QSize(int(LEVELS * dot + (LEVELS - 1) * gap + 8), int(dot + 10))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        theme = current_theme()
        colour = QColor(theme.theirs if self._theirs else theme.mine)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dot, gap = self._dot_and_gap()
        top = (self.height() - dot) / 2
        for level in range(1, LEVELS + 1):
            left = 4 + (level - 1) * (dot + gap)
            filled = self._value is not None and level <= self._value
            painter.setPen(colour if self._value is not None else QColor(theme.muted))
            painter.setBrush(colour if filled else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(left, top, dot, dot))
        if self.hasFocus():
            painter.setPen(QColor(theme.accent))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        dot, gap = self._dot_and_gap()
        level = int((event.position().x() - 4 + gap / 2) // (dot + gap)) + 1
        self.setValue(level)
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.setValue((self._value or 0) + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.setValue(None if self._value is None else self._value - 1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setValue(None)
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.setValue(key - Qt.Key.Key_0)
        else:
            super().keyPressEvent(event)
