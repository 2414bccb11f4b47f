"""ChartCard: one insights chart on a matplotlib canvas, with hover text, clicks and saving."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFileDialog,
    QFrame,
    QMenu,
    QMessageBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.insights.chart import Chart, Target
from empathy_journal.insights.export import ReportError, save_chart

ChartBuilder = Callable[[Any], Chart]


class ChartCard(QFrame):
    """A framed canvas that redraws its chart in place; emits the target a click lands on.

    Needs matplotlib's Qt backend, so it is only imported once the Insights view opens.
    """

    target_activated = Signal(object)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        super().__init__(parent)
        self.key = key
        self._chart: Chart | None = None
        self._pending: ChartBuilder | None = None  # drawn when the card scrolls into view
        self.drawn_from: object = None  # what the chart shown was drawn from (see redraw)
        self.setObjectName("chartCard")
        self.figure = Figure(figsize=(8, 3), dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._context_menu)
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("button_press_event", self._press)
        self.canvas.installEventFilter(self)  # the wheel scrolls the page, not the chart
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.canvas)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Hand wheel turns over the chart on to the scroll area around it: matplotlib's canvas
        would accept them and the page would not move."""
        if watched is self.canvas and event.type() == QEvent.Type.Wheel:
            area = self.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is None:
                event.ignore()  # not accepted: Qt passes it on to the parents
            else:  # explicitly: Qt never passes on a wheel event it did not get from the system
                QApplication.sendEvent(area.viewport(), event)
            return True
        return super().eventFilter(watched, event)

    @property
    def chart(self) -> Chart | None:
        """The chart shown (a pending one is drawn first)."""
        self.draw_pending()
        return self._chart

    @property
    def pending(self) -> bool:
        """Whether a newer chart waits to be drawn (until the card is scrolled into view)."""
        return self._pending is not None

    def show_chart_later(self, build: ChartBuilder) -> None:
        """Remember build; it is drawn by :meth:`draw_pending` (when the card is visible)."""
        self._pending = build

    def draw_pending(self) -> bool:
        """Draw the remembered chart now; False when there was none."""
        build, self._pending = self._pending, None
        if build is None:
            return False
        self.show_chart(build)
        return True

    def show_chart(self, build: ChartBuilder) -> Chart:
        """Redraw the card with build(figure) and size the canvas to the chart's height."""
        self._pending = None
        chart = build(self.figure)
        self._chart = chart
        height = round(self.figure.get_figheight() * self.figure.dpi)
        self.canvas.setFixedHeight(height)
        self.canvas.setAccessibleName(chart.title)
        self.canvas.setAccessibleDescription(
            chart.empty_message or self.tr("Chart: {title}").format(title=chart.title))
        self.canvas.draw_idle()
        return chart

    def target_at_event(self, event: Any) -> Target | None:
        """The target under a matplotlib mouse event, if any."""
        if self._chart is None:
            return None
        return self._chart.target_at(event.inaxes, event.xdata, event.ydata)

    def _hover(self, event: Any) -> None:
        target = self.target_at_event(event)
        if target is None:
            QToolTip.hideText()
            self.canvas.unsetCursor()
            return
        QToolTip.showText(QCursor.pos(), target.label, self.canvas)
        opens = bool(target.days or target.entry_uuids)
        self.canvas.setCursor(Qt.CursorShape.PointingHandCursor if opens
                              else Qt.CursorShape.ArrowCursor)

    def _press(self, event: Any) -> None:
        if event.button != 1:
            return
        target = self.target_at_event(event)
        if target is not None and (target.days or target.entry_uuids):
            self.target_activated.emit(target)

    def _context_menu(self, position: QPoint) -> None:
        if self._chart is None:
            return
        menu = QMenu(self)
        for kind in ("png", "svg"):
            menu.addAction(self.tr("Save chart as {kind}…").format(kind=kind.upper()),
                           lambda k=kind: self.save_as(k))
        menu.exec(self.canvas.mapToGlobal(position))

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str, kind: str) -> Path | None:
        """Ask where to save (tests replace this instead of driving the dialog)."""
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ChartCard", "Save chart"), suggested,
            QCoreApplication.translate("ChartCard", "{kind} image (*.{ext})").format(
                kind=kind.upper(), ext=kind))
        return Path(name) if name else None

    def save_as(self, kind: str) -> Path | None:
        """Save the chart shown as a PNG or SVG file the person picks."""
        if self.chart is None:
            return None
        path = self.ask_save_path(self, f"{self.key}.{kind}", kind)
        if path is None:
            return None
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        try:
            return save_chart(self.chart, path)
        except ReportError as error:
            QMessageBox.warning(self, self.tr("Chart not saved"), str(error))
            return None
