"""MoodCalendar: a month calendar whose days are tinted by mood, with a dot on days with entries."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from empathy_journal.storage.summaries import DayRatings
from empathy_journal.ui.dates import first_day_of_week
from empathy_journal.ui.theme import Theme, current_theme, mood_colour

CALENDAR_LINES = 17  # the month grid and its header: 238 px at a 14 px line spacing


def to_qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def to_date(qdate: QDate) -> date:
    """A QDate as a Python date."""
    return date(qdate.year(), qdate.month(), qdate.day())


class MoodCalendar(QCalendarWidget):
    """The sidebar calendar; ``day_chosen`` fires when the person picks a day."""

    day_chosen = Signal(object)
    month_shown = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames)
        self.setFirstDayOfWeek(first_day_of_week())
        self.setAccessibleName(self.tr("Calendar: days coloured by mood"))
        self.setMinimumHeight(CALENDAR_LINES * self.fontMetrics().lineSpacing())
        self._calm_weekends()
        self._days: dict[date, DayRatings] = {}
        self._quiet = False
        self._theme: Theme | None = None  # read once per palette, not once per painted day
        # Clicks and arrow keys both change the selection: either opens the day at once.
        self.selectionChanged.connect(self._on_selection_changed)
        self.activated.connect(lambda qd: self.day_chosen.emit(to_date(qd)))
        self.currentPageChanged.connect(self.month_shown.emit)

    def follow_font(self) -> None:
        """Keep the whole month in view at the application font's size."""
        self.setMinimumHeight(CALENDAR_LINES * self.fontMetrics().lineSpacing())

    def follow_theme(self) -> None:
        """Repaint in the theme now in use (after it changed)."""
        self._calm_weekends()
        self.updateCells()

    def _calm_weekends(self) -> None:
        """Weekend names in the muted text colour, like the other days' (Qt's default is red)."""
        theme = current_theme()
        header = QTextCharFormat()
        header.setForeground(QColor(theme.muted))
        self.setHeaderTextFormat(header)
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            weekend = QTextCharFormat()
            weekend.setForeground(QColor(theme.muted))
            self.setWeekdayTextFormat(day, weekend)

    def _on_selection_changed(self) -> None:
        if not self._quiet:
            self.day_chosen.emit(to_date(self.selectedDate()))

    def select_quietly(self, day: date) -> None:
        """Show day as selected without asking the window to open it."""
        self._quiet = True
        try:
            self.setSelectedDate(to_qdate(day))
        finally:
            self._quiet = False

    def set_days(self, days: list[DayRatings]) -> None:
        """The per-day ratings of the visible month (days without entries are absent)."""
        self._days = {d.day: d for d in days}
        self.updateCells()

    def shown_days(self) -> dict[date, DayRatings]:
        """The ratings the calendar paints, by day (for tests and screen readers)."""
        return dict(self._days)

    def update_day(self, day: DayRatings | None, when: date) -> None:
        """Refresh one day after a save or delete."""
        if day is None or day.entries == 0:
            self._days.pop(when, None)
        else:
            self._days[when] = day
        self.updateCell(to_qdate(when))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """A new palette (the theme switched) is read again at the next paint."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._theme = None
        super().changeEvent(event)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # noqa: N802
        if self._theme is None:
            self._theme = current_theme()
        theme = self._theme
        day = to_date(qdate)
        info = self._days.get(day)
        in_month = qdate.month() == self.monthShown()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = QRectF(rect).adjusted(2, 2, -2, -2)
        colour = mood_colour(info.mood, theme) if info else None
        tinted = colour is not None and in_month
        if tinted:
            tint = QColor(colour)
            tint.setAlpha(235 if theme.dark else 150)  # dark: the light ramp nearly opaque
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tint)
            painter.drawRoundedRect(cell, 6, 6)
        if qdate == self.selectedDate():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QColor(theme.accent))
            painter.drawRoundedRect(cell, 6, 6)
        # On the dark theme's light mood colours the number is dark, so it always reads.
        number = theme.window if tinted and theme.dark else theme.text
        self._paint_number(painter, rect, qdate, in_month, number, theme.muted)
        if info and in_month:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(number))
            painter.drawEllipse(QRectF(cell.center().x() - 2, cell.bottom() - 7, 4, 4))
        painter.restore()

    @staticmethod
    def _paint_number(painter: QPainter, rect: QRect, qdate: QDate, in_month: bool,
                      text: str, muted: str) -> None:
        font = QFont(painter.font())
        if qdate == QDate.currentDate():
            font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(text if in_month else muted))
        if not in_month:
            painter.setOpacity(0.45)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(qdate.day()))
        painter.setOpacity(1.0)
