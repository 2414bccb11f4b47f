"""MoodMeter: the pleasantness × energy plane as four corners to narrow the emotion words.

One Tab stop: arrow keys move between the corners, Space or Enter chooses one (again: all
words), a click chooses the corner under the pointer. Each corner is tinted with the mood ramp
(unpleasant on the warm side, pleasant on the cool side), lighter for low energy.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from empathy_journal.domain.vocabulary import Quadrant
from empathy_journal.ui.theme import current_theme, mood_colours

# (row, column) of each corner: energy up, pleasantness to the right, as on a mood meter.
CORNERS = {(0, 0): Quadrant.HIGH_UNPLEASANT, (0, 1): Quadrant.HIGH_PLEASANT,
           (1, 0): Quadrant.LOW_UNPLEASANT, (1, 1): Quadrant.LOW_PLEASANT}
LABELS = {Quadrant.HIGH_UNPLEASANT: QT_TRANSLATE_NOOP("MoodMeter", "Tense"),
          Quadrant.HIGH_PLEASANT: QT_TRANSLATE_NOOP("MoodMeter", "Lively"),
          Quadrant.LOW_UNPLEASANT: QT_TRANSLATE_NOOP("MoodMeter", "Low"),
          Quadrant.LOW_PLEASANT: QT_TRANSLATE_NOOP("MoodMeter", "Calm")}
# What each corner holds, as a screen reader says it (the Quadrant's value, in words).
MEANINGS = {Quadrant.HIGH_UNPLEASANT: QT_TRANSLATE_NOOP("MoodMeter", "high-energy unpleasant"),
            Quadrant.HIGH_PLEASANT: QT_TRANSLATE_NOOP("MoodMeter", "high-energy pleasant"),
            Quadrant.LOW_UNPLEASANT: QT_TRANSLATE_NOOP("MoodMeter", "low-energy unpleasant"),
            Quadrant.LOW_PLEASANT: QT_TRANSLATE_NOOP("MoodMeter", "low-energy pleasant")}
RAMP_INDEX = {Quadrant.HIGH_UNPLEASANT: 1, Quadrant.LOW_UNPLEASANT: 3,
              Quadrant.LOW_PLEASANT: 6, Quadrant.HIGH_PLEASANT: 8}


def describe(quadrant: Quadrant | None) -> str:
    """What a choice means, for the tooltip and a screen reader."""
    if quadrant is None:
        return QCoreApplication.translate("MoodMeter", "All feelings")
    return QCoreApplication.translate("MoodMeter", "{corner}: {meaning} feelings").format(
        corner=corner_label(quadrant),
        meaning=QCoreApplication.translate("MoodMeter", MEANINGS[quadrant]))


def corner_label(quadrant: Quadrant) -> str:
    """The word written in a corner ("Tense", "Calm"), in the window's language."""
    return QCoreApplication.translate("MoodMeter", LABELS[quadrant])


class MoodMeter(QWidget):
    """Four corners of feeling; ``changed`` carries the chosen Quadrant or None (all)."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen: Quadrant | None = None
        self._cursor = (0, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(self.tr("Mood meter: filter the words by energy and pleasantness"))
        self._describe()

    def quadrant(self) -> Quadrant | None:
        """The chosen corner, or None for every word."""
        return self._chosen

    def choose(self, quadrant: Quadrant | None) -> None:
        """Choose a corner (None: all feelings)."""
        if quadrant == self._chosen:
            return
        self._chosen = quadrant
        if quadrant is not None:
            self._cursor = next(k for k, v in CORNERS.items() if v == quadrant)
        self._describe()
        self.update()
        self.changed.emit(quadrant)

    def _describe(self) -> None:
        text = describe(self._chosen)
        self.setAccessibleDescription(self.tr("{choice}. Arrows move, Space chooses.").format(
            choice=text))
        self.setToolTip(self.tr("{choice}. Up: more energy, right: more pleasant. Click again "
                                "for all.").format(choice=text))

    def sizeHint(self) -> QSize:  # noqa: N802
        line = self.fontMetrics().height()
        return QSize(line * 9, round(line * 4.8))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        line = self.fontMetrics().height()
        return QSize(line * 6, round(line * 4.2))

    def _cell(self, row: int, column: int) -> QRectF:
        width, height = (self.width() - 3) / 2, (self.height() - 3) / 2
        return QRectF(1 + column * (width + 1), 1 + row * (height + 1), width, height)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        theme = current_theme()
        ramp = mood_colours(theme)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for (row, column), quadrant in CORNERS.items():
            cell = self._cell(row, column).adjusted(1, 1, -1, -1)
            chosen = quadrant == self._chosen
            fill = QColor(ramp[RAMP_INDEX[quadrant]])
            fill.setAlpha(255 if chosen else (150 if theme.dark else 110))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(cell, 6, 6)
            if self.hasFocus() and (row, column) == self._cursor:
                painter.setPen(QColor(theme.text))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 5, 5)
            font = painter.font()
            font.setBold(chosen)
            painter.setFont(font)
            painter.setPen(QColor(theme.window if theme.dark else theme.text))  # dark on tints
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, corner_label(quadrant))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        for key, quadrant in CORNERS.items():
            if self._cell(*key).contains(event.position()):
                self._cursor = key
                self.choose(None if quadrant == self._chosen else quadrant)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        row, column = self._cursor
        moves = {Qt.Key.Key_Up: (0, column), Qt.Key.Key_Down: (1, column),
                 Qt.Key.Key_Left: (row, 0), Qt.Key.Key_Right: (row, 1)}
        if event.key() in moves:
            self._cursor = moves[event.key()]
            self.update()
            return
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            quadrant = CORNERS[self._cursor]
            self.choose(None if quadrant == self._chosen else quadrant)
            return
        super().keyPressEvent(event)
