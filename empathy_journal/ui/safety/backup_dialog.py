"""BackupDialog: the journal's backups with dates and entry counts, Back up now and Restore…."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.preferences import KEEP_DAILY, KEEP_WEEKLY
from empathy_journal.storage.backup import AUTOMATIC_LABEL, MANUAL_LABEL, BackupInfo
from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.dates import clock_time, long_date, relative_time
from empathy_journal.ui.safe_text import plain_label

# Callbacks return a plain sentence saying what happened (or why nothing did).
BackupNow = Callable[[], str]
Restore = Callable[[Path], str]
ListBackups = Callable[[], "list[BackupInfo]"]
# How many automatic backups to keep: read as (daily, weekly), stored by the second callable.
KeepCounts = tuple[Callable[[], tuple[int, int]], Callable[[int, int], None]]


def describe_kind(label: str) -> str:
    """How a backup came to be, in words."""
    if label == AUTOMATIC_LABEL:
        return QCoreApplication.translate("BackupDialog", "Automatic")
    if label == MANUAL_LABEL:
        return QCoreApplication.translate("BackupDialog", "Made by you")
    if label.startswith("before-"):
        return QCoreApplication.translate("BackupDialog", "Before an update")
    return label


class BackupDialog(QDialog):
    """Lists backups newest first; restoring asks first and keeps the current journal aside."""

    def __init__(self, list_backups: ListBackups, backup_now: BackupNow, restore: Restore,
                 parent: QWidget | None = None, *, confirm: bool = True,
                 keep_counts: KeepCounts | None = None) -> None:
        super().__init__(parent)
        self._list, self._backup_now, self._restore = list_backups, backup_now, restore
        self._keep_counts = keep_counts
        self._confirm = confirm
        self.setWindowTitle(self.tr("Backups"))
        self.resize(560, 380)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Entries")])
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in (0, 1):  # when and how on one line each, in every language
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        midnight = datetime(2000, 1, 1)  # the widest "taken" a recent backup shows
        widest = relative_time(midnight, midnight + timedelta(days=1)) + "  "
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance(widest))
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().hide()  # row numbers mean nothing here
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.status = plain_label(wordWrap=True)
        self.status.setAccessibleName(self.tr("Backup result"))
        buttons = QDialogButtonBox()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        for button in (self.backup_button, self.restore_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Restoring keeps your current journal aside (in the "
                                        "“set-aside” folder beside it); nothing is deleted."),
                                wordWrap=True))
        layout.addWidget(self.table)
        if keep_counts is not None:
            layout.addLayout(self._keep_row(*keep_counts[0]()))
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.backups: list[BackupInfo] = []
        self.refresh()

    def _keep_row(self, daily: int, weekly: int) -> QHBoxLayout:
        """'Keep [7] daily and [4] weekly automatic backups' (manual ones are always kept)."""
        self.keep_daily = QSpinBox(minimum=KEEP_DAILY.start, maximum=KEEP_DAILY.stop - 1,
                                   value=daily)
        self.keep_daily.setAccessibleName(self.tr("Daily automatic backups to keep"))
        self.keep_weekly = QSpinBox(minimum=KEEP_WEEKLY.start, maximum=KEEP_WEEKLY.stop - 1,
                                    value=weekly)
        self.keep_weekly.setAccessibleName(self.tr("Weekly automatic backups to keep"))
        row = QHBoxLayout()
        for part in (QLabel(self.tr("Keep")), self.keep_daily, QLabel(self.tr("daily and")),
                     self.keep_weekly,
                     QLabel(self.tr("weekly automatic backups; manual ones are always kept."))):
            row.addWidget(part)
        row.addStretch(1)
        for box in (self.keep_daily, self.keep_weekly):
            box.valueChanged.connect(self._store_keep_counts)
        return row

    def _store_keep_counts(self) -> None:
        if self._keep_counts is None:
            return
        try:
            self._keep_counts[1](self.keep_daily.value(), self.keep_weekly.value())
        except JournalError as error:
            self.status.setText(self.tr("The new numbers were not saved: {error}").format(error=error))

    def refresh(self) -> None:
        """Reload the list of backups."""
        self.backups = self._list()
        self.table.setRowCount(len(self.backups))
        now = datetime.now().astimezone()
        for row, backup in enumerate(self.backups):
            taken = relative_time(backup.taken_utc.astimezone(), now)
            count = self.tr("cannot be read") if backup.entry_count is None else str(backup.entry_count)
            for column, text in enumerate((taken, describe_kind(backup.label), count)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        """The backup chosen in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def back_up_now(self) -> None:
        """Write a backup and show the result."""
        self.status.setText(self._backup_now())
        self.refresh()

    def restore_selected(self) -> None:
        """Restore the chosen backup after asking."""
        backup = self.selected()
        if backup is None:
            return
        taken = backup.taken_utc.astimezone()
        question = self.tr("Your journal will be replaced by the backup from {day}, {time}. The "
                           "current journal is kept aside (in the “set-aside” folder), not "
                           "deleted.").format(day=long_date(taken.date()), time=clock_time(taken))
        if self._confirm and QMessageBox.question(
                self, self.tr("Restore this backup?"), question) != QMessageBox.StandardButton.Yes:
            return
        self.status.setText(self._restore(backup.path))
        self.refresh()
