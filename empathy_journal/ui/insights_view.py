"""InsightsView (Ctrl+2): a period's summary and charts; every point opens the days behind it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMetaMethod,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCursor, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.analytics.period import Period, PeriodKind
from empathy_journal.domain.translation import _
from empathy_journal.insights.chart import Target
from empathy_journal.insights.export import ReportCancelledError, ReportError
from empathy_journal.insights.labels import day_label
from empathy_journal.insights.review import PeriodReview, review_reach
from empathy_journal.insights.review_charts import build_chart, chart_data
from empathy_journal.insights.summary_text import summary_lines
from empathy_journal.insights.theme import DARK, LIGHT, ChartTheme, theme_for
from empathy_journal.session.changes import Change
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.ui.dates import compact_date, month_title
from empathy_journal.ui.file_places import documents_folder
from empathy_journal.ui.report_written import tell_written
from empathy_journal.ui.safe_text import is_entry_uuid
from empathy_journal.ui.widgets.chart_card import ChartCard
from empathy_journal.ui.widgets.insights_summary import SummaryCard, summary_html
from empathy_journal.ui.widgets.period_entries_table import PeriodEntriesTable


def period_title(period: Period) -> str:
    """A month as the window writes months (the date format of Preferences); a quarter or a
    year as its label."""
    if period.kind is PeriodKind.MONTH:
        return month_title(period.first.year, period.first.month)
    return period.label


# (key, row, column, column span): the month reads top to bottom.
# Row 0 holds the written summary, row 2 the list of the period's entries.
LAYOUT = (
    ("mood-stress", 1, 0, 2), ("year-calendar", 3, 0, 2),
    ("emotions", 4, 0, 1), ("practices-mood", 4, 1, 1),
    ("weekdays", 5, 0, 1), ("times-of-day", 5, 1, 1),
    ("coping", 6, 0, 1), ("perspective", 6, 1, 1),
    ("check-ins", 7, 0, 2), ("granularity", 8, 0, 2),
)
ONE_COLUMN_BELOW_PX = 1180  # narrower than this, every chart gets the whole width
# Translated where they are shown (QCoreApplication.translate("InsightsView", ...)).
KINDS = ((QT_TRANSLATE_NOOP("InsightsView", "Month"), PeriodKind.MONTH),
         (QT_TRANSLATE_NOOP("InsightsView", "Quarter"), PeriodKind.QUARTER),
         (QT_TRANSLATE_NOOP("InsightsView", "Year"), PeriodKind.YEAR))
CURRENT_LABELS = {PeriodKind.MONTH: QT_TRANSLATE_NOOP("InsightsView", "This month"),
                  PeriodKind.QUARTER: QT_TRANSLATE_NOOP("InsightsView", "This quarter"),
                  PeriodKind.YEAR: QT_TRANSLATE_NOOP("InsightsView", "This year")}
MAX_CHOICES = 20


def current_label(kind: PeriodKind) -> str:
    """The button back to the period holding today ("This month"), in the window's language."""
    return QCoreApplication.translate("InsightsView", CURRENT_LABELS[kind])


class InsightsView(QWidget):
    """The review of a month, quarter or year; redraws from aggregated data when it changes."""

    day_activated = Signal(object)
    entry_activated = Signal(str)
    period_changed = Signal(object)

    def __init__(self, session: JournalSession, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.session = session
        self._today = today
        self.period = Period.containing(today())
        self.theme: ChartTheme = LIGHT
        self.review: PeriodReview | None = None
        self._stale = True
        # Reviews already read, per period; a write drops those whose reach holds its days.
        self._reviews: dict[Period, PeriodReview] = {}
        self._drawing_scheduled = False
        self.cards = {key: ChartCard(key) for key, *_ in LAYOUT}
        for card in self.cards.values():
            card.target_activated.connect(self.activate_target)
        self._build()

    # -- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.summary_card = SummaryCard()
        self.summary = self.summary_card.label
        self.summary.linkActivated.connect(self._open_link)
        grid_host = QWidget()
        self.grid = QGridLayout(grid_host)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.entries_table = PeriodEntriesTable()
        self.entries_table.entry_chosen.connect(lambda uuid: self._open_entries([uuid]))
        self.columns = 0
        self._place_cards(2)
        scroll = self.scroll = QScrollArea()
        scroll.verticalScrollBar().valueChanged.connect(self._draw_visible_soon)
        scroll.verticalScrollBar().rangeChanged.connect(self._draw_visible_soon)
        scroll.setAccessibleName(self.tr("Monthly charts"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(grid_host)
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        layout.addWidget(scroll, 1)

    def _place_cards(self, columns: int) -> None:
        """Lay the cards out in two columns (see LAYOUT), or one below another when narrow."""
        if columns == self.columns:
            return
        self.columns = columns
        grid = self.grid
        for widget in (self.summary_card, self.entries_table, *self.cards.values()):
            grid.removeWidget(widget)
        grid.addWidget(self.summary_card, 0, 0, 1, columns)  # same margins as the chart cards
        grid.addWidget(self.entries_table, 2, 0, 1, columns)
        for place, (key, row, column, span) in enumerate(LAYOUT):
            if columns == 2:
                grid.addWidget(self.cards[key], row, column, 1, span)
            else:  # the first chart above the entries, as in two columns, the rest below
                grid.addWidget(self.cards[key], 1 if place == 0 else place + 2, 0)
        for column in range(2):
            grid.setColumnStretch(column, 1 if column < columns else 0)

    def _top_bar(self) -> QHBoxLayout:
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Review period length"))
        for text, kind in KINDS:
            self.kind.addItem(QCoreApplication.translate("InsightsView", text), kind)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        # Alt+Left/Right already move the journal by a day, so periods use Alt+PgUp/PgDown.
        self.previous_button = self._button("◀", self.tr("Previous period"), "Alt+PgUp", -1)
        self.next_button = self._button("▶", self.tr("Next period"), "Alt+PgDown", 1)
        self.title = QLabel()
        self.title.setObjectName("insightsTitle")
        self.title.setStyleSheet("font-size: 17pt; font-weight: 600;")
        current = self.current_button = QPushButton(current_label(PeriodKind.MONTH))
        current.setToolTip(self.tr("Go back to the period holding today"))
        current.clicked.connect(self.show_current)
        self.report_button = QToolButton()
        # its own arrow: Qt's sat on the text
        self.report_button.setText(self.tr("Export report {arrow}").format(arrow="▾"))
        self.report_button.setAccessibleName(self.tr("Export report"))
        self.report_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.report_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.report_button)
        menu.addAction(self.tr("As PDF…"), lambda: self.export_report("pdf"))
        menu.addAction(self.tr("As Markdown…"), lambda: self.export_report("md"))
        self.report_button.setMenu(menu)
        bar = QHBoxLayout()
        for widget in (self.previous_button, self.title, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.kind, current, self.report_button):
            bar.addWidget(widget)
        return bar

    def _button(self, text: str, name: str, shortcut: str, step: int) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(f"{name} ({shortcut})")
        button.setAccessibleName(name)
        button.setShortcut(shortcut)
        button.clicked.connect(lambda: self.show_period(self.period.shifted(step)))
        return button

    # -- what is shown ---------------------------------------------------------------------------

    def set_dark(self, dark: bool) -> None:
        """Draw the charts for a dark or light window, in the window's own colours."""
        palette = self.palette()
        theme = theme_for(palette.color(QPalette.ColorRole.Base).name(),
                          palette.color(QPalette.ColorRole.Text).name())
        self.set_theme(theme if theme.is_dark == dark else (DARK if dark else LIGHT))

    def set_theme(self, theme: ChartTheme) -> None:
        """Draw the charts in theme."""
        self.theme = theme
        self._stale = True
        self.refresh(force=False)  # the same numbers, in other colours

    def show_dates_again(self) -> None:
        """Write the period's title and dates in the chosen date format (drawn again)."""
        self._stale = True
        self.refresh(force=False)

    def show_month(self, year: int, month: int) -> None:
        """Show the period (of the chosen length) holding that month."""
        self.show_period(Period.containing(date(year, month, 1), self.period.kind))

    def show_current(self) -> None:
        """Go back to the period holding today."""
        self.show_period(Period.containing(self._today(), self.period.kind))

    def show_period(self, period: Period) -> None:
        """Show period; redraws only when it changed (or the data did)."""
        if period != self.period:
            self.period = period
            self._stale = True
            self.period_changed.emit(period)
        self.refresh(force=False)

    def _kind_chosen(self) -> None:
        kind = PeriodKind(self.kind.currentData())  # Qt hands the enum back as a str
        self.show_period(Period.containing(self.period.first, kind))

    def follow_change(self, change: Change) -> None:
        """Forget the reviews a write changed; redraw (later, when hidden) if the shown one is.

        A save names its days (``change.days``): only the cached periods whose reach holds one
        of them are read again. Follow-ups, practices, people and whole-journal changes (an
        import, a restore) may touch any period, so every cached review goes.
        """
        if not (change.touches_entries() or change.days or change.follow_ups
                or change.practices or change.check_ins or change.coping):
            return
        if change.whole_journal or change.follow_ups or change.practices or change.people \
                or change.check_ins or change.coping \
                or (change.entries and not change.days):
            self._reviews.clear()
            self.refresh()
            return
        touched = [period for period in self._reviews if any(
            review_reach(period)[0] <= day <= review_reach(period)[1] for day in change.days)]
        for period in touched:
            del self._reviews[period]
        if self.period in touched or self.period not in self._reviews:
            self.refresh()

    def cached_review(self, period: Period) -> PeriodReview:
        """The period's numbers, read once until a write touches them."""
        review = self._reviews.get(period)
        if review is None:
            review = self._reviews[period] = self.session.reading.review(period)
        return review

    def refresh(self, force: bool = True) -> None:
        """Reread and redraw; while hidden, only remember to do so when shown."""
        if force:
            self._reviews.pop(self.period, None)
        self._stale = self._stale or force
        if self._stale and self.isVisible() and not self.session.locked:
            self.redraw()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale and not self.session.locked:
            self.redraw()
        self._draw_visible_soon()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_cards(1 if event.size().width() < ONE_COLUMN_BELOW_PX else 2)
        self._draw_visible_soon()

    def redraw(self) -> None:
        """Read the period's numbers (cached) and draw the cards in view; the others wait
        until they are scrolled into view (see :meth:`draw_visible`)."""
        self._stale = False
        review = self.cached_review(self.period)
        self.review = review
        self.title.setText(period_title(self.period))
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex([k for _, k in KINDS].index(self.period.kind))
        self.kind.blockSignals(False)
        self.current_button.setText(current_label(self.period.kind))
        self.summary.setText(self._summary_html(review))
        self.entries_table.show_entries(period_title(self.period), self.session.entries_between(
            self.period.first, self.period.last))
        for key, card in self.cards.items():
            drawn_from = (chart_data(review, key), self.theme)
            if card.drawn_from != drawn_from:  # unchanged charts (same year…) are kept
                card.show_chart_later(lambda figure, key=key: build_chart(review, key,
                                                                          self.theme, figure))
                card.drawn_from = drawn_from
        self.draw_visible(first_only=True)
        self._draw_visible_soon()

    def draw_all(self) -> None:
        """Draw every card now, in view or not (reports, tests, benchmarks)."""
        for card in self.cards.values():
            card.draw_pending()

    def visible_cards(self) -> list[ChartCard]:
        """The cards that overlap the scroll area's viewport, top to bottom."""
        viewport = self.scroll.viewport()
        host = self.scroll.widget()
        host.layout().activate()
        shown = QRect(-host.x(), -host.y(), viewport.width(), viewport.height())
        cards = [card for card in self.cards.values() if card.geometry().intersects(shown)]
        return sorted(cards, key=lambda card: card.y())

    def draw_visible(self, *, first_only: bool = False) -> bool:
        """Draw the pending cards in view (only the first one when first_only); True if any."""
        drew = False
        for card in self.visible_cards():
            if card.draw_pending():
                drew = True
                if first_only:
                    break
        return drew

    def _draw_visible_soon(self) -> None:
        """Draw the next pending card in view on the next event-loop turn, one card a turn, so
        the first chart is painted before the next one is built."""
        if self._drawing_scheduled or not any(card.pending for card in self.cards.values()):
            return
        self._drawing_scheduled = True
        QTimer.singleShot(0, self._draw_next_visible)

    def _draw_next_visible(self) -> None:
        self._drawing_scheduled = False
        if self.isVisible() and self.draw_visible(first_only=True):
            self._draw_visible_soon()

    def _summary_html(self, review: PeriodReview) -> str:
        """The summary sentences; the best and hardest day link to their entries (keyboard too).

        A link is keyed by the start of its line as insights/summary_text.py writes it (in the
        journal's language, through gettext): "Best day: Tue 5 Mar"."""
        lines = summary_lines(review.summary, self.period)
        links = {f"{title}: {day_label(note.local_date)}": note.uuid for title, note in (
            (_("Best day"), review.summary.best), (_("Hardest day"), review.summary.hardest))
            if note}
        return summary_html(lines, links)

    def _open_link(self, link: str) -> None:
        if link.startswith("entry:") and is_entry_uuid(link.removeprefix("entry:")):
            self._open_entries([link.removeprefix("entry:")])

    # -- clicking through ------------------------------------------------------------------------

    def activate_target(self, target: Target) -> None:
        """Open what a clicked point stands for: one day or entry, or a choice among several."""
        if target.entry_uuids:
            self._open_entries(target.entry_uuids)
        elif target.days:
            days = sorted(target.days)
            chosen = 0 if len(days) == 1 else self.ask_choice(
                self, [compact_date(d, year=True) for d in days[:MAX_CHOICES]])
            if chosen is not None:
                self.day_activated.emit(days[chosen])

    def _open_entries(self, uuids: Sequence[str]) -> None:
        entries = [e for e in (self.session.entry(u) for u in uuids[:MAX_CHOICES])
                   if e is not None]
        entries.sort(key=lambda e: (e.local_date, e.created_utc))
        if not entries:
            return
        untitled = self.tr("untitled")
        labels = [f"{compact_date(e.local_date, year=True)}: {e.title or e.body[:60] or untitled}"
                  for e in entries]
        chosen = 0 if len(entries) == 1 else self.ask_choice(self, labels)
        if chosen is None:
            return
        if self.isSignalConnected(QMetaMethod.fromSignal(self.entry_activated)):
            self.entry_activated.emit(entries[chosen].uuid)
        else:
            self.day_activated.emit(entries[chosen].local_date)

    @classmethod
    def ask_choice(cls, parent: QWidget, labels: Sequence[str]) -> int | None:
        """Let the person pick one of several entries or days (tests replace this)."""
        menu = QMenu(parent)
        actions = [menu.addAction(label) for label in labels]
        picked = menu.exec(QCursor.pos())
        return actions.index(picked) if picked in actions else None

    # -- reports ---------------------------------------------------------------------------------

    @classmethod
    def ask_report_path(cls, parent: QWidget, suggested: str, kind: str) -> Path | None:
        """Ask where to write the report (tests replace this instead of driving the dialog)."""
        pattern = (QCoreApplication.translate("InsightsView", "PDF document (*.pdf)")
                   if kind == "pdf" else QCoreApplication.translate("InsightsView",
                                                                    "Markdown (*.md)"))
        name, _filter = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("InsightsView", "Export report"),
            str(documents_folder() / suggested), pattern)
        return Path(name) if name else None

    def export_report(self, kind: str) -> Path | None:
        """Write the shown period's report as PDF or Markdown, with progress and a Cancel."""
        path = self.ask_report_path(self, f"empathy-journal-{self.period.slug}.{kind}", kind)
        if path is None:
            return None
        if path.suffix.lower() not in (".pdf", ".md", ".markdown"):
            path = path.with_name(f"{path.name}.{kind}")
        progress = QProgressDialog(self.tr("Writing the report…"), self.tr("Cancel"), 0, 1, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def advance(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()

        try:
            self.session.reading.write_report(self.period, path, theme=self.theme, progress=advance,
                         cancelled=progress.wasCanceled)
        except ReportCancelledError:
            return None
        except ReportError as error:
            QMessageBox.warning(self, self.tr("Report not written"), str(error))
            return None
        finally:
            progress.close()
        tell_written(self, path)
        return path
