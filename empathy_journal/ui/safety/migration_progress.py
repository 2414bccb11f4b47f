"""The window's progress for a long schema update at start (rebuilding the search index)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QWidget


def progress_message(what: str) -> str:
    """The dialog's sentence while what (the migration's own words) runs."""
    return QCoreApplication.translate(
        "MigrationProgress",
        "{what} for this version of Empathy Journal…\n"
        "Your entries are safe: a copy was made first, and an interrupted update leaves "
        "the journal as it was.").format(what=what)


class MigrationProgress:
    """Shows migrations' progress(what, done, total) in a dialog before the window exists.

    The dialog is made on the first report (most starts have none), follows each report and
    closes when the last one says done; ``seen`` keeps every report for the tests.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.dialog: QProgressDialog | None = None
        self.seen: list[tuple[str, int, int]] = []

    def __call__(self, what: str, done: int, total: int) -> None:
        self.seen.append((what, done, total))
        if QApplication.instance() is None:
            return
        if self.dialog is None:
            self.dialog = QProgressDialog(self.parent)
            self.dialog.setWindowTitle(QCoreApplication.translate("MigrationProgress",
                                                               "Updating the journal"))
            self.dialog.setCancelButton(None)  # a half-done update cannot be kept or undone
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoClose(False)
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            label = QLabel()
            label.setWordWrap(True)  # the dialog's own label would cut the sentence off
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            label.setMinimumWidth(420)
            self.dialog.setLabel(label)
        self.dialog.setLabelText(progress_message(what))
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        QApplication.processEvents()  # paint it: the update runs on this thread
        if done >= total:
            self.close()

    def close(self) -> None:
        """Take the dialog away (after the last report, or when opening failed)."""
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
