"""ImportDialog: choose a file or folder, preview what it holds and how it maps, import with Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.clock import local_zone_name
from empathy_journal.interchange.batch import ImportBatch, ImportResult
from empathy_journal.interchange.daylio import DEFAULT_MOODS, mood_labels
from empathy_journal.interchange.importer import (
    FORMAT_LABELS,
    ZONED_FORMATS,
    detect_format,
    read_source,
)
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.dates import short_date
from empathy_journal.ui.file_places import documents_folder
from empathy_journal.ui.safe_text import escaped

NOT_RATED = 0  # the mood spin box's "not rated" value, shown as a dash
AUTO_FORMAT = "auto"  # the format choice that recognises the file's format itself


def headed(headline: str, detail: str) -> str:
    """The summary's rich text: a bold headline, then the detail (both already escaped)."""
    return f"<b>{headline}</b><br>{detail}"


class ImportDialog(QDialog):
    """Preview and import one file or folder; ``imported`` fires with the result when it
    succeeded."""

    imported = Signal(object)

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import entries"))
        self.resize(560, 520)
        self._session = session
        self._path: Path | None = None
        self._cancelled = False
        self._running = False
        self.batch: ImportBatch | None = None
        self._read_with: tuple[str, dict[str, object]] | None = None  # what batch was read as
        self._edited_moods: dict[str, int] = {}
        self.file_label = QLineEdit(readOnly=True,
                                    placeholderText=self.tr("No file or folder chosen"))
        self.file_label.setAccessibleName(self.tr("Chosen file or folder"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_folder_button = QPushButton(self.tr("Choose folder…"))
        self.choose_folder_button.setToolTip(self.tr("A RedNotebook data folder, or a folder of "
                                                     "Markdown notes (Obsidian, Logseq, plain "
                                                     "files)"))
        self.format = QComboBox(accessibleName=self.tr("File format"))
        self.format.addItem(self.tr("Recognise automatically"), AUTO_FORMAT)
        for key, label in FORMAT_LABELS.items():
            self.format.addItem(label, key)
        self.zone = QLineEdit(local_zone_name(),
                              accessibleName=self.tr("Time zone of the file's times"))
        self.summary = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.mapping = QTableWidget(0, 2)
        self.mapping.setAccessibleName(self.tr("How the file's fields are read"))
        self.mapping.setHorizontalHeaderLabels([self.tr("In the file"),
                                                self.tr("In Empathy Journal")])
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.verticalHeader().hide()
        self.mapping.hide()  # shown once a file is read and there is a mapping to show
        self.progress = QProgressBar(textVisible=True)
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._layout()
        self.choose_button.clicked.connect(self.choose_file)
        self.choose_folder_button.clicked.connect(self.choose_folder)
        self.format.currentIndexChanged.connect(self.preview)
        self.zone.editingFinished.connect(self.preview)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self.cancel)

    def _layout(self) -> None:
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.choose_folder_button)
        column.addLayout(row)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Times are in"), self.zone)
        column.addLayout(form)
        column.addWidget(self.summary)
        column.addWidget(self.mapping, 1)
        column.addWidget(self.progress)
        column.addWidget(self.buttons)

    @classmethod
    def ask_for_file(cls, parent: QWidget) -> Path | None:
        """The file-open dialog (tests monkeypatch this)."""
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ImportDialog", "Import entries from"),
            str(documents_folder()),
            QCoreApplication.translate("ImportDialog", "Journal exports ({patterns})").format(
                patterns="*.json *.txt *.zip *.csv") + ";;"
            + QCoreApplication.translate("ImportDialog", "All files ({patterns})").format(
                patterns="*"))
        return Path(name) if name else None

    @classmethod
    def ask_for_folder(cls, parent: QWidget) -> Path | None:
        """The folder chooser (tests monkeypatch this)."""
        name = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("ImportDialog", "Import entries from the folder"),
            str(documents_folder()))
        return Path(name) if name else None

    def choose_file(self) -> None:
        """Ask for a file, then preview it."""
        path = self.ask_for_file(self)
        if path is not None:
            self.set_file(path)

    def choose_folder(self) -> None:
        """Ask for a folder (RedNotebook, Markdown notes), then preview it."""
        path = self.ask_for_folder(self)
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        """Preview path, a file or a folder (also used by tests and drag and drop)."""
        self._path = path
        self._edited_moods = {}
        self.file_label.setText(str(path))
        self.preview()

    def _options(self, fmt: str) -> dict[str, object]:
        options: dict[str, object] = {}
        if fmt in ZONED_FORMATS:
            options["tz"] = self.zone.text().strip() or "UTC"
        if fmt == "daylio":
            options["mood_map"] = {**DEFAULT_MOODS, **self.mood_map()}
        return options

    def _chosen_format(self) -> str:
        fmt = self.format.currentData()
        return detect_format(self._path) if fmt == AUTO_FORMAT and self._path else fmt

    def preview(self) -> None:
        """Read the file (nothing is written) and show counts, dates and the mapping."""
        if self._path is None or self._running:
            return
        try:
            fmt = self._chosen_format()
            options = self._options(fmt)
            self.batch = read_source(self._path, fmt, **options)
            self._read_with = (fmt, options)
        except JournalError as error:
            self.batch, self._read_with = None, None
            refused = (self.tr("Cannot import this folder.") if self._path.is_dir()
                       else self.tr("Cannot import this file."))
            self.summary.setText(headed(refused, escaped(error)))
            self._show_as_error(True)
            self.mapping.hide()
            self.import_button.setEnabled(False)
            return
        self._show_preview(self.batch)

    def _show_preview(self, batch: ImportBatch) -> None:
        first_last = batch.date_range
        span = (self.tr("from {first} to {last}").format(first=short_date(first_last[0]),
                                                          last=short_date(first_last[1]))
                if first_last else self.tr("no dates"))
        notes = "".join(f"<br>{escaped(note)}" for note in batch.notes)
        # English needs its singular spelled out: no English catalog gives Qt its plural forms.
        count = (self.tr("1 entry") if len(batch.entries) == 1 else
                 self.tr("%n entries", "", len(batch.entries)))
        self.summary.setText(f"<b>{count}</b> ({FORMAT_LABELS[batch.format]}), {span}.{notes}")
        self._show_as_error(False)
        self._fill_mapping(batch)
        self.mapping.setVisible(self.mapping.rowCount() > 0)
        self.import_button.setEnabled(bool(batch.entries))

    def _show_as_error(self, error: bool) -> None:
        """The summary in the danger colour while it explains why the file cannot be read."""
        self.summary.setObjectName("ErrorText" if error else "")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)

    def _fill_mapping(self, batch: ImportBatch) -> None:
        rows = [(k, v) for k, v in batch.mapping.items() if not k.startswith("mood ")]
        moods = mood_labels(batch.path) if batch.format == "daylio" else []
        self.mapping.setRowCount(len(moods) + len(rows))
        known = {**DEFAULT_MOODS, **self._previous_moods()}
        for row, label in enumerate(moods):
            self.mapping.setItem(row, 0, QTableWidgetItem(
                self.tr("mood “{label}”").format(label=label)))
            spin = QSpinBox(minimum=NOT_RATED, maximum=10,
                            specialValueText=self.tr("not rated"))
            spin.setValue(known.get(label.lower(), NOT_RATED))
            spin.setAccessibleName(self.tr("Mood for {label}").format(label=label))
            spin.setProperty("label", label)
            spin.valueChanged.connect(self._mapping_edited)
            self.mapping.setCellWidget(row, 1, spin)
        for row, (source, target) in enumerate(rows, start=len(moods)):
            self.mapping.setItem(row, 0, QTableWidgetItem(source))
            self.mapping.setItem(row, 1, QTableWidgetItem(target))
        self.mapping.resizeColumnToContents(0)  # the source's names on one line when they fit
        self.mapping.setColumnWidth(0, min(self.mapping.columnWidth(0), self.width() * 2 // 5))
        self.mapping.resizeRowsToContents()

    def _previous_moods(self) -> dict[str, int]:
        return self._edited_moods

    def _mapping_edited(self) -> None:
        self._edited_moods = self.mood_map()

    def mood_map(self) -> dict[str, int]:
        """The Daylio mood labels → 1–10 as shown in the mapping table (edited or default)."""
        chosen: dict[str, int] = dict(self._previous_moods())
        for row in range(self.mapping.rowCount()):
            spin = self.mapping.cellWidget(row, 1)
            if isinstance(spin, QSpinBox) and spin.value() != NOT_RATED:
                chosen[str(spin.property("label")).lower()] = spin.value()
        return chosen

    def _report(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        QApplication.processEvents()

    def run_import(self) -> ImportResult | None:
        """Import the previewed file in one transaction, keeping the window responsive."""
        try:
            fmt = self._chosen_format()
            current: tuple[str, dict[str, object]] | None = (fmt, self._options(fmt))
        except JournalError:
            current = None
        if current is None or current != self._read_with:
            self.preview()  # the mapping or the zone changed since the preview: read again
        if self.batch is None:
            return None
        self._running, self._cancelled = True, False
        for widget in self._inputs():
            widget.setEnabled(False)
        self.progress.show()
        try:
            result = self._session.import_batch(self.batch, progress=self._report,
                                                cancel=lambda: self._cancelled)
        except JournalError as error:
            not_imported = self.tr("Not imported.")
            self.summary.setText(headed(not_imported, escaped(error)))
            return None
        finally:
            self._running = False
            self.progress.hide()
            for widget in self._inputs():
                widget.setEnabled(True)
        done = self.tr("Done.")
        self.summary.setText(f"<b>{done}</b> {escaped(result.message)}")
        self.import_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))
        self.imported.emit(result)
        return result

    def _inputs(self) -> tuple[QWidget, ...]:
        return (self.import_button, self.choose_button, self.choose_folder_button, self.format,
                self.zone, self.mapping)

    def cancel(self) -> None:
        """Stop a running import (rolled back) or close the dialog."""
        if self._running:
            self._cancelled = True
        else:
            self.reject()
