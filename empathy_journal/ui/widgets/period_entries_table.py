"""The entries behind the Insights charts as a table: the keyboard way to reach every day."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.text import first_line
from empathy_journal.storage.summaries import EntrySummary
from empathy_journal.ui.dates import compact_date

COLUMN_COUNT = 4  # date, mood, stress, first line
VISIBLE_ROWS = 8
UUID_ROLE = Qt.ItemDataRole.UserRole


def column_titles() -> list[str]:
    """The table's column headings, in the window's language."""
    return [QCoreApplication.translate("PeriodEntriesTable", "Date"),
            QCoreApplication.translate("PeriodEntriesTable", "Mood"),
            QCoreApplication.translate("PeriodEntriesTable", "Stress"),
            QCoreApplication.translate("PeriodEntriesTable", "First line")]


def entry_first_line(entry: EntrySummary) -> str:
    """The title, or else the first line of the text, or a plain word when there is neither."""
    return (entry.title.strip() or first_line(entry.preview)
            or QCoreApplication.translate("PeriodEntriesTable", "untitled"))


class PeriodEntriesTable(QFrame):
    """One row per entry of the period (date, mood, stress, first line); Enter or a double
    click emits ``entry_chosen(uuid)``. It sits under the mood chart, in the tab order."""

    entry_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodEntries")
        self.setStyleSheet("QFrame#periodEntries { background: palette(base); margin: 6px; }")
        self.heading = QLabel(objectName="SectionTitle")
        self.hint = QLabel(self.tr("Select an entry with the arrow keys; Enter opens it."),
                           objectName="Hint")
        self.table = QTableWidget(0, COLUMN_COUNT)
        self.table.setHorizontalHeaderLabels(column_titles())
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in range(COLUMN_COUNT - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._activated)  # Enter, or a double click
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 14)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)

    def show_entries(self, label: str, entries: Sequence[EntrySummary]) -> None:
        """List entries (oldest first) under a heading naming the period."""
        self.heading.setText(self.tr("Entries in {period}").format(period=label).upper())
        self.table.setAccessibleName(
            self.tr("Entries in {period}: Enter opens the selected one").format(period=label))
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (compact_date(entry.local_date, year=True), _rating(entry.mood),
                     _rating(entry.stress), entry_first_line(entry))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(UUID_ROLE, entry.uuid)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        if entries:
            self.table.setCurrentCell(0, 0)
        self.hint.setVisible(bool(entries))
        self.table.setVisible(bool(entries))
        if not entries:
            self.heading.setText(
                self.tr("No entries in {period} yet").format(period=label).upper())
        self._fit_height(len(entries))

    def _fit_height(self, rows: int) -> None:
        """Tall enough for up to VISIBLE_ROWS rows; longer periods scroll inside the table."""
        row_height = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        shown = max(1, min(rows, VISIBLE_ROWS))
        self.table.setFixedHeight(header + shown * row_height + 2 * self.table.frameWidth())

    def uuids(self) -> list[str]:
        """The entries listed, top to bottom."""
        return [self.table.item(row, 0).data(UUID_ROLE) for row in range(self.table.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        uuid = index.data(UUID_ROLE)
        if uuid:
            self.entry_chosen.emit(uuid)


def _rating(value: int | None) -> str:
    return "–" if value is None else str(value)
