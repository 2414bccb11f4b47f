"""TrashDialog: entries moved to the trash, to restore one or empty the trash for good."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.dates import short_date
from empathy_journal.ui.models.entry_list_model import display_title


class TrashDialog(QDialog):
    """Lists trashed entries; ``restored`` fires with the uuid of an entry taken back."""

    restored = Signal(str)

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trash"))
        self.resize(460, 380)
        self._session = session
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Entries in the trash"))
        self.info = QLabel(objectName="Hint", wordWrap=True)
        self.restore_button = QPushButton(self.tr("Restore"), objectName="Primary")
        self.empty_button = QPushButton(self.tr("Empty trash…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.info)
        column.addWidget(self.list, 1)
        column.addWidget(buttons)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty)
        self.list.itemActivated.connect(lambda _item: self.restore_selected())
        self.reload()

    def reload(self) -> None:
        """Re-read the trash."""
        self.list.clear()
        for summary in self._session.trashed_entries():
            item = QListWidgetItem(f"{short_date(summary.local_date)}  ·  {display_title(summary)}")
            item.setData(Qt.ItemDataRole.UserRole, summary.uuid)
            self.list.addItem(item)
        count = self.list.count()
        self.info.setText(self.tr("The trash is empty.") if count == 0 else
                          self.tr("%n entries in the trash. They stay here until you empty "
                                  "the trash.", "", count))
        self.restore_button.setEnabled(count > 0)
        self.empty_button.setEnabled(count > 0)
        if count:
            self.list.setCurrentRow(0)

    def restore_selected(self) -> None:
        """Take the selected entry out of the trash."""
        item = self.list.currentItem()
        if item is None:
            return
        # The window takes it out of the trash (through the session) and shows it.
        self.restored.emit(item.data(Qt.ItemDataRole.UserRole))
        self.reload()

    def empty(self) -> None:
        """Delete the trashed entries for good, after asking."""
        answer = QMessageBox.question(
            self, self.tr("Empty the trash?"),
            self.tr("Delete the %n entries in the trash for good? This cannot be undone "
                    "(backups made earlier still hold them).", "", self.list.count()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._session.empty_trash()
        except JournalError as error:
            QMessageBox.warning(self, self.tr("Could not empty the trash"), str(error))
        self.reload()
