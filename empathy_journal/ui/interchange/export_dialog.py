"""ExportDialog: choose a format, a range (everything, dates or the current search), a place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.search_query import parse_search
from empathy_journal.interchange.exporter import EXPORT_LABELS
from empathy_journal.interchange.journal_reader import EntrySelection
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.dates import use_date_format
from empathy_journal.ui.file_places import documents_folder
from empathy_journal.ui.safe_text import plain_label

SUFFIXES = {"json": ".json", "markdown": "", "markdown-single": ".md", "csv": ".csv"}


class ExportDialog(QDialog):
    """Exports with progress and Cancel; ``exported`` is set to the destination on success."""

    def __init__(self, session: JournalSession, search_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export entries"))
        self._session = session
        self._search_text = search_text.strip()
        self._cancelled = False
        self._running = False
        self.exported: Path | None = None
        self.format = QComboBox(accessibleName=self.tr("Export format"))
        for key, label in EXPORT_LABELS.items():
            self.format.addItem(label, key)
        self.everything = QRadioButton(self.tr("Everything"), checked=True)
        self.dated = QRadioButton(self.tr("Between"))
        self.searched = QRadioButton(
            self.tr("Entries matching “{search}”").format(search=self._search_text))
        self._query = parse_search(self._search_text, as_you_type=True)  # as the sidebar shows
        self.searched.setVisible(not self._query.is_empty)
        self.ranges = QButtonGroup(self)
        for button in (self.everything, self.dated, self.searched):
            self.ranges.addButton(button)
        self.first = QDateEdit(QDate.currentDate().addMonths(-1), calendarPopup=True)
        self.last = QDateEdit(QDate.currentDate(), calendarPopup=True)
        use_date_format(self.first, self.last)
        self.first.setAccessibleName(self.tr("Export from"))
        self.last.setAccessibleName(self.tr("Export until"))
        self.message = plain_label(wordWrap=True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._layout()
        self.export_button.clicked.connect(self.choose_and_export)
        self.cancel_button.clicked.connect(self.cancel)

    def _layout(self) -> None:
        column = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        dates = QHBoxLayout()
        for widget in (self.dated, self.first, self.last):
            dates.addWidget(widget)
        column.addLayout(form)
        column.addWidget(self.everything)
        column.addLayout(dates)
        column.addWidget(self.searched)
        column.addWidget(self.message)
        column.addWidget(self.progress)
        column.addWidget(self.buttons)

    @classmethod
    def ask_for_destination(cls, parent: QWidget, fmt: str) -> Path | None:
        """The save dialog (tests monkeypatch this); for Markdown folders, the new folder."""
        stem = QCoreApplication.translate("ExportDialog", "journal-export")
        suggested = str(documents_folder() / f"{stem}{SUFFIXES[fmt]}")
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ExportDialog", "Export to"), suggested)
        return Path(name) if name else None

    def selection(self) -> EntrySelection:
        """The entries chosen: all, a date range, or those matching the search."""
        if self.dated.isChecked():
            return EntrySelection(first=self.first.date().toPython(),
                                  last=self.last.date().toPython(), include_trashed=False)
        if self.searched.isChecked():
            ids = self._session.reading.matching_entry_ids(self._query)
            return EntrySelection(entry_ids=tuple(ids), include_trashed=False)
        return EntrySelection(include_trashed=self.format.currentData() == "json")

    def choose_and_export(self) -> None:
        """Ask where, then export."""
        if self.dated.isChecked() and self.first.date() > self.last.date():
            self.message.setText(self.tr("The first day is after the last day; choose dates in "
                                         "order. Nothing was written."))
            return
        fmt = self.format.currentData()
        dest = self.ask_for_destination(self, fmt)
        if dest is not None:
            self.export_to(dest)

    def _report(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        QApplication.processEvents()

    def export_to(self, dest: Path) -> int | None:
        """Export to dest with progress; a cancelled or failed export leaves no file."""
        self._running, self._cancelled = True, False
        self.export_button.setEnabled(False)
        self.progress.show()
        try:
            count = self._session.reading.export(dest, self.format.currentData(),
                                                 self.selection(), progress=self._report,
                                                 cancel=lambda: self._cancelled)
        except JournalError as error:
            self.message.setText(str(error))
            return None
        finally:
            self._running = False
            self.progress.hide()
            self.export_button.setEnabled(True)
        self.exported = dest
        # English needs its singular spelled out: no English catalog gives Qt its plural forms.
        done = (self.tr("Exported 1 entry to {path}.") if count == 1 else
                self.tr("Exported %n entries to {path}.", "", count))
        self.message.setText(done.format(path=dest))
        self.cancel_button.setText(self.tr("Close"))
        return count

    def cancel(self) -> None:
        """Stop a running export (its partial output is removed) or close."""
        if self._running:
            self._cancelled = True
        else:
            self.reject()
