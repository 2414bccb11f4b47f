"""AttachmentsFeature: the shown entry's files — attach, drop, paste, open, save, rename, remove."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from empathy_journal.domain.attachments import Attachment, AttachmentFile, AttachmentRefused
from empathy_journal.domain.entry import Entry
from empathy_journal.session.changes import Change
from empathy_journal.session.journal_session import EntryDraft, SavedEntry
from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.attachments.attachments_strip import AttachmentsStrip
from empathy_journal.ui.attachments.drop_and_paste import DropAndPaste
from empathy_journal.ui.attachments.incoming_files import Incoming, read_mime, read_paths
from empathy_journal.ui.main_actions import window_action

if TYPE_CHECKING:
    from empathy_journal.ui.attachments.image_viewer import ImageViewer
    from empathy_journal.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class AttachmentsFeature:
    """The strip under the text and everything done with the shown entry's files.

    Attaching to an entry not saved yet saves it first (a photo alone is worth keeping). The
    strip follows ``Change.attachments`` for the shown entry; every write goes through
    ``session.attachments``. Problems are told in the page's banner, never as a traceback.
    """

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.session = window.session
        self.strip = AttachmentsStrip(window.theme)
        self.viewer: ImageViewer | None = None
        self._uuid: str | None = None
        self._saving_for_files = False
        self.attach_action: QAction = window_action(
            window, QCoreApplication.translate("AttachmentsFeature", "Attach Photos or Files…"),
            QKeySequence("Ctrl+Shift+A"), self.choose_files,
            QCoreApplication.translate("AttachmentsFeature", "Attach photos or files to the shown entry"))
        self.strip.attach_requested.connect(self.choose_files)
        self.strip.open_requested.connect(self.open)
        self.strip.save_requested.connect(self.save_copy)
        self.strip.rename_requested.connect(self.rename)
        self.strip.remove_requested.connect(self.remove)
        self.strip.dropped.connect(lambda mime: self.take(mime, "dropped"))
        self.drop_and_paste = DropAndPaste(window.page.editor.body_edit, self.can_attach,
                                           self.take, QGuiApplication.clipboard().mimeData)
        window.signals.journal_changed.connect(self._follow)
        if self.session.read_only:
            self.attach_action.setEnabled(False)
            self.strip.attach_button.setEnabled(False)
            self.strip.hint.setText(QCoreApplication.translate("AttachmentsFeature",
                "This journal is read-only here; files cannot be attached."))

    # -- the draft part ----------------------------------------------------------------------

    def show_entry(self, entry: Entry, stored: bool) -> None:
        """Show the files of the entry now in the editor."""
        self._uuid = entry.uuid
        self.refresh()

    def has_content(self, entry: Entry) -> bool:
        """True while files wait for their new entry to be saved."""
        return self._saving_for_files

    def fill(self, draft: EntryDraft) -> None:
        """Files are stored on their own (each attach is its own write)."""

    def saved(self, saved: SavedEntry) -> None:
        """The entry is stored: its files can be attached now."""
        self._uuid = saved.entry.uuid

    def _follow(self, change: Change) -> None:
        if change.locked:  # nothing decrypted stays in memory: no photo, no thumbnail
            if self.viewer is not None:
                self.viewer.close()
                self.viewer.deleteLater()
                self.viewer = None
            self.strip.show_files([], lambda _uuid: None)
            self.strip.cache.clear()
            return
        if self._uuid is not None and change.touches_attachments(self._uuid):
            self.refresh()

    def refresh(self) -> None:
        """Show the stored files of the shown entry again."""
        if self._uuid is None or self.session.locked:
            self.strip.show_files([], lambda _uuid: None)
            return
        try:
            files = self.session.attachments.of(self._uuid)
        except JournalError as error:
            log.log(logging.WARNING, "attachments of %s could not be read: %s", self._uuid, error)
            files = []
        self.strip.show_files(files, self._data)

    def _data(self, uuid: str) -> bytes | None:
        try:
            return self.session.attachments.data(uuid)
        except JournalError:
            return None

    # -- attaching ---------------------------------------------------------------------------

    def can_attach(self) -> bool:
        """Whether files can be attached now (not read-only, not locked)."""
        return not (self.session.read_only or self.session.locked)

    def choose_files(self) -> None:
        """Ask for files and attach them."""
        if not self.can_attach():
            return
        paths = self.ask_files(self.window)
        if paths:
            self.attach(read_paths(paths))

    def take(self, mime: QMimeData, what: str = "dropped") -> None:
        """Attach the files or the image of a drop or a paste."""
        if self.can_attach():
            self.attach(read_mime(mime, what))

    def attach(self, incoming: Incoming) -> list[Attachment]:
        """Attach what arrived to the shown entry (saved first when it is new); every problem
        is told in the banner, and a refused file attaches nothing of its batch."""
        problems = list(incoming.problems)
        added: list[Attachment] = []
        if incoming.files:
            uuid = self._stored_uuid()
            if uuid is None:
                problems.append(QCoreApplication.translate("AttachmentsFeature",
                    "The entry could not be saved, so nothing was attached."))
            else:
                added = self._attach_to(uuid, incoming.files, problems)
        if problems:
            if added and incoming.problems:
                problems.append(QCoreApplication.translate(
                    "AttachmentsFeature", "The other {count} attached.").format(count=len(added)))
            self.window.page.banner.show_text(" ".join(problems))
        return added

    def _attach_to(self, uuid: str, files: list[AttachmentFile],
                   problems: list[str]) -> list[Attachment]:
        try:
            return self.session.attachments.attach(uuid, files)
        except AttachmentRefused as error:
            problems.append(str(error))
        except JournalError as error:
            problems.append(QCoreApplication.translate(
                "AttachmentsFeature", "{problem} Nothing was attached.").format(problem=error))
        return []

    def _stored_uuid(self) -> str | None:
        """The shown entry's uuid once it is stored (saving it now if it is new)."""
        uuid = self.window.current_entry.uuid
        if self.session.entry(uuid) is None:
            self._saving_for_files = True
            try:
                self.window.save_current()
            finally:
                self._saving_for_files = False
            uuid = self.window.current_entry.uuid
            if self.session.entry(uuid) is None:
                return None
        self._uuid = uuid
        return uuid

    # -- one file ----------------------------------------------------------------------------

    def open(self, attachment: Attachment) -> None:
        """A photo in the viewer (the entry's photos, from this one); another file: save a copy
        (its bytes are never written anywhere the person did not choose)."""
        if not attachment.is_image:
            self.save_copy(attachment)
            return
        shown = self.session.attachments.of(self._uuid) if self._uuid else []
        photos = [a for a in shown if a.is_image]
        if self.viewer is not None:
            self.viewer.close()
            self.viewer.deleteLater()
        from empathy_journal.ui.attachments.image_viewer import ImageViewer

        self.viewer = ImageViewer(self.window.theme, photos or [attachment], self._data,
                                  self.window)
        self.viewer.save_requested.connect(self.save_copy)
        index = next((n for n, a in enumerate(photos) if a.uuid == attachment.uuid), 0)
        self.viewer.show()
        self.viewer.show_photo(index)
        self.viewer.close_button.setFocus()

    def save_copy(self, attachment: Attachment) -> Path | None:
        """Write the file where the person chooses; None when not saved."""
        data = self._data(attachment.uuid)
        if data is None:
            self.window.page.banner.show_text(QCoreApplication.translate("AttachmentsFeature",
                "“{name}” cannot be read (its stored bytes are damaged), so no copy was "
                "saved.").format(name=attachment.shown_name))
            return None
        target = self.ask_copy_path(self.window, attachment.file_name)
        if target is None:
            return None
        try:
            target.write_bytes(data)
        except OSError as error:
            self.window.page.banner.show_text(QCoreApplication.translate("AttachmentsFeature",
                "The copy could not be saved to {path} ({reason}).").format(
                    path=target, reason=error.strerror or error))
            return None
        self.window.save_state.setText(QCoreApplication.translate(
            "AttachmentsFeature", "Saved a copy of {name}").format(name=attachment.file_name))
        return target

    def rename(self, attachment: Attachment) -> None:
        """Ask for a new name and store it (made safe)."""
        name = self.ask_new_name(self.window, attachment.file_name)
        if not name or not name.strip() or name == attachment.file_name:
            return
        try:
            self.session.attachments.rename(attachment.uuid, name)
        except JournalError as error:
            self.window.page.banner.show_text(QCoreApplication.translate("AttachmentsFeature",
                "{problem} The name was not changed.").format(problem=error))

    def remove(self, attachment: Attachment) -> None:
        """Delete the file from the entry for good, once the person confirms."""
        if not self.ask_remove(self.window, attachment):
            return
        try:
            self.session.attachments.remove(attachment.uuid)
        except JournalError as error:
            self.window.page.banner.show_text(QCoreApplication.translate("AttachmentsFeature",
                "{problem} The file is still attached.").format(problem=error))

    # -- questions (tests replace these) -----------------------------------------------------

    @classmethod
    def ask_files(cls, parent: QWidget) -> list[Path]:
        """The open dialog for files to attach."""
        from empathy_journal.ui.file_places import documents_folder

        names, _ = QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("AttachmentsFeature", "Attach photos or files"),
            str(documents_folder()))
        return [Path(n) for n in names]

    @classmethod
    def ask_copy_path(cls, parent: QWidget, name: str) -> Path | None:
        """The save dialog for a copy of an attached file."""
        from empathy_journal.ui.file_places import documents_folder

        chosen, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("AttachmentsFeature", "Save a copy"),
            str(documents_folder() / name))
        return Path(chosen) if chosen else None

    @classmethod
    def ask_new_name(cls, parent: QWidget, current: str) -> str | None:
        """A new name for an attached file."""
        name, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("AttachmentsFeature", "Rename attachment"),
            QCoreApplication.translate("AttachmentsFeature", "Name:"), QLineEdit.EchoMode.Normal, current)
        return name if ok else None

    @classmethod
    def ask_remove(cls, parent: QWidget, attachment: Attachment) -> bool:
        """Whether to remove the file for good."""
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("AttachmentsFeature", "Remove attachment"),
            QCoreApplication.translate("AttachmentsFeature",
                "Remove “{name}” from this entry? It is deleted from the journal and cannot be "
                "brought back.").format(name=attachment.shown_name),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes
