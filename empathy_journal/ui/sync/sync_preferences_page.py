"""SyncPreferencesPage: the sync folder (choose, stop), the status and the computers seen;
self-contained, for the Sync folder dialog and a Preferences window's page alike."""

from __future__ import annotations

import socket
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.session.syncing import Computer, SyncOverview
from empathy_journal.ui.dates import locale, relative_time
from empathy_journal.ui.safe_text import plain_label

if TYPE_CHECKING:
    from empathy_journal.ui.sync.sync_feature import SyncFeature


def size_text(size: int) -> str:
    """``12 KB``, ``3.4 MB`` (the number as the locale writes it: ``3,4 MB`` in German)."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024)) if size else 0} KB"
    return f"{locale().toString(size / (1024 * 1024), 'f', 1)} MB"


class SyncPreferencesPage(QWidget):
    """Choose or stop the sync folder, see how sync is and which computers take part."""

    def __init__(self, feature: SyncFeature, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feature = feature
        self.setObjectName("SyncPreferencesPage")
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(QLabel(self.tr("Sync with your other computers"), objectName="SectionTitle"))
        layout.addWidget(QLabel(self.tr(
            "Keep one journal on several computers through a folder your sync tool (Syncthing, "
            "Nextcloud, Dropbox, a USB stick) already carries between them. Only small change "
            "files go there, encrypted when the journal is; the journal itself stays where it "
            "is. Choose the same shared folder on each computer."), objectName="Hint",
            wordWrap=True))
        layout.addSpacing(4)
        layout.addWidget(QLabel(self.tr("Sync folder"), objectName="SectionTitle"))
        self.folder_label = plain_label(wordWrap=True)
        layout.addWidget(self.folder_label)
        buttons = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.setObjectName("Primary")
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.stop_button = QPushButton(self.tr("Stop syncing"))
        self.stop_button.setToolTip(self.tr("This journal stops syncing; the folder and the "
                                            "other computers' journals are left as they are"))
        for button in (self.choose_button, self.sync_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.warning = plain_label(wordWrap=True)
        self.warning.setStyleSheet(f"color: {feature.theme.danger}; font-weight: 600;")
        self.warning.hide()
        layout.addWidget(self.warning)
        self.problem = plain_label(wordWrap=True)
        self.problem.setStyleSheet(f"color: {feature.theme.danger};")
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addWidget(QLabel(self.tr("Status"), objectName="SectionTitle"))
        self.status = plain_label(wordWrap=True)
        self.status.setAccessibleName(self.tr("Sync status"))
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Computers"), objectName="SectionTitle"))
        self.computers = plain_label(wordWrap=True)
        layout.addWidget(self.computers)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self.choose)
        self.sync_button.clicked.connect(feature.sync_now)
        self.stop_button.clicked.connect(self.stop)
        feature.status_changed.connect(self.refresh)
        self.refresh()

    @classmethod
    def ask_folder(cls, parent: QWidget, start: str) -> Path | None:
        """The folder the person picks (None: cancelled); tests replace this."""
        chosen = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("SyncPreferencesPage",
                                               "Choose the shared sync folder"), start)
        return Path(chosen) if chosen else None

    def refresh(self) -> None:
        """Show the folder, status and computers as they are now."""
        overview: SyncOverview = self.feature.overview()
        if overview.folder is None:
            self.folder_label.setText(self.tr("This journal does not sync yet."))
        elif overview.folder_missing:
            self.folder_label.setText(self.tr("{folder} (not found: is the drive connected?)")
                                      .format(folder=overview.folder))
        else:
            self.folder_label.setText(str(overview.folder))
        syncing = overview.folder is not None
        self.choose_button.setText(self.tr("Choose another folder…") if syncing
                                   else self.tr("Choose folder…"))
        self.sync_button.setEnabled(syncing)
        self.stop_button.setEnabled(syncing)
        if overview.journal_in_sync_tool is not None:
            self.warning.setText(self.tr(
                "The journal file itself is inside {folder}, which a folder-sync tool manages. "
                "A journal copied while it is open can be damaged: move the journal file out of "
                "that folder and sync through the sync folder.").format(
                folder=overview.journal_in_sync_tool))
            self.warning.show()
        else:
            self.warning.hide()
        self.status.setText(self.feature.status_text)
        now = datetime.now()
        if overview.computers:
            others = sum(1 for c in overview.computers if not c.this_one)
            lines = [self.computer_line(c, now) for c in overview.computers]
            if not others:
                lines.append(self.tr("No other computer has synced yet: choose this folder there "
                                     "too."))
            self.computers.setText("\n".join(lines))
        else:
            self.computers.setText(self.tr("None yet.") if syncing else "—")

    def computer_line(self, computer: Computer, now: datetime) -> str:
        """One computer of the list, as a person reads it."""
        name = (self.tr("This computer ({host})").format(host=socket.gethostname())
                if computer.this_one else self.tr("Another computer"))
        if computer.last_change is None:
            return self.tr("{name}: nothing sent yet").format(name=name)
        # The singular its own message: English has no catalog to give Qt its plural forms.
        files = (self.tr("1 file") if computer.files == 1 else
                 self.tr("%n files", "", computer.files))
        return self.tr("{name}: last change sent {when} · {files}, {size}").format(
            name=name, when=relative_time(computer.last_change, now), files=files,
            size=size_text(computer.size))

    def choose(self) -> None:
        """Ask for a folder and make it the sync folder (a plain message when it cannot be)."""
        current = self.feature.overview().folder
        chosen = self.ask_folder(self, str(current or Path.home()))
        if chosen is None:
            return
        problem = self.feature.use_folder(chosen)
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))
        self.refresh()

    def stop(self) -> None:
        """Stop syncing this journal."""
        self.feature.stop_syncing()
        self.problem.hide()
        self.refresh()


class SyncFolderDialog(QDialog):
    """File ▸ Sync folder…: the sync page in a small dialog."""

    def __init__(self, feature: SyncFeature, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync folder"))
        self.resize(620, 400)
        layout = QVBoxLayout(self)
        self.page = SyncPreferencesPage(feature, self)
        layout.addWidget(self.page, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
