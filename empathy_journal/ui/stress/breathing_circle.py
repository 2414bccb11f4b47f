"""BreathingCircle: a soft circle that grows on the in-breath and shrinks on the out-breath."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from empathy_journal.domain.coping import Moment
from empathy_journal.ui.theme import current_theme

SMALLEST = 0.35  # the circle's radius when empty, as a share of its largest


class BreathingCircle(QWidget):
    """Paints one moment of a breathing guide: the circle, the words and the seconds left.

    With reduced motion the circle keeps one size and the seconds count down in it instead.
    It takes no focus; its accessible description says the phase, for screen readers.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Breathing guide"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.reduced_motion = False
        self._moment: Moment | None = None

    def sizeHint(self) -> QSize:  # noqa: N802
        side = self.fontMetrics().height() * 18
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        side = self.fontMetrics().height() * 9
        return QSize(side, side)

    def show_moment(self, moment: Moment) -> None:
        """Draw this moment (repaints only when something visible changed)."""
        before = self._moment
        self._moment = moment
        if before is None or before.index != moment.index:
            self.setAccessibleDescription(moment.step.label)
        if self.reduced_motion and before is not None and before.index == moment.index \
                and self._seconds(before) == self._seconds(moment):
            return
        self.update()

    @staticmethod
    def _seconds(moment: Moment) -> int:
        return math.ceil(moment.step_remaining - 1e-9)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2, self.height() / 2)
        largest = min(self.width(), self.height()) / 2 - 6
        moment = self._moment
        fullness = 1.0 if self.reduced_motion or moment is None else moment.fullness
        radius = largest * (SMALLEST + (1 - SMALLEST) * fullness)
        halo = QColor(theme.accent)
        halo.setAlphaF(0.12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(halo)
        painter.drawEllipse(centre, largest, largest)
        fill = QColor(theme.accent)
        fill.setAlphaF(0.35 if theme.dark else 0.28)
        painter.setBrush(fill)
        painter.setPen(QPen(QColor(theme.accent), 2))
        painter.drawEllipse(centre, radius, radius)
        if moment is not None:
            self._draw_words(painter, moment, largest, theme.text)
        painter.end()

    def _draw_words(self, painter: QPainter, moment: Moment, largest: float, colour: str) -> None:
        painter.setPen(QColor(colour))
        words = QFont(self.font())
        words.setPointSizeF(max(words.pointSizeF(), 10) * 1.8)
        words.setWeight(QFont.Weight.DemiBold)
        painter.setFont(words)
        box = QRectF(self.width() / 2 - largest, self.height() / 2 - largest,
                     2 * largest, 2 * largest)
        seconds = f"{self._seconds(moment)}"
        if self.reduced_motion:
            count = QFont(words)
            count.setPointSizeF(words.pointSizeF() * 1.8)
            painter.drawText(box.adjusted(0, 0, 0, -largest * 0.35),
                             Qt.AlignmentFlag.AlignCenter, moment.step.label)
            painter.setFont(count)
            painter.drawText(box.adjusted(0, largest * 0.45, 0, 0),
                             Qt.AlignmentFlag.AlignCenter, seconds)
            return
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"{moment.step.label}\n{seconds}")
