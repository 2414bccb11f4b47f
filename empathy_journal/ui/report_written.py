"""After a report or export is written: say where, and offer to open it or its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def tell_written(parent: QWidget, path: Path, what: str | None = None) -> QMessageBox:
    """A non-blocking message naming the file, with Open and Show folder; what names the
    file ("The report" when None)."""
    what = what or QCoreApplication.translate("ReportWritten", "The report")
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("ReportWritten", "{what} is ready").format(
                          what=what),
                      QCoreApplication.translate("ReportWritten", "{what} was written to\n{path}")
                      .format(what=what, path=path), parent=parent)
    open_file = box.addButton(QCoreApplication.translate("ReportWritten", "Open it"),
                              QMessageBox.ButtonRole.AcceptRole)
    folder = box.addButton(QCoreApplication.translate("ReportWritten", "Show the folder"),
                           QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)

    def clicked(button: object) -> None:
        if button is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif button is folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    box.buttonClicked.connect(clicked)
    box.open()
    return box
