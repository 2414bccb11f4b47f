"""SafetyController: backups, restore, repair, passphrase and auto-lock for one MainWindow."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction

from empathy_journal.domain.text import plural
from empathy_journal.storage import crypto
from empathy_journal.storage.backup import (
    MANUAL_LABEL,
    BackupError,
    RetentionPolicy,
    count_entries,
    list_backups,
    make_backup,
)
from empathy_journal.storage.backup_schedule import (
    automatic_backup,
    backup_if_due,
    describe_backup_failure,
    retention_policy,
    set_retention_policy,
)
from empathy_journal.storage.cipher import passphrase_of
from empathy_journal.storage.errors import JournalError
from empathy_journal.storage.health import (
    DamagedEntry,
    damaged_entries_in_batch,
    find_damaged_entries,
)
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.recovery import RepairReport, repair_journal
from empathy_journal.storage.restore import restore_backup
from empathy_journal.ui.auto_lock import WindowLock
from empathy_journal.ui.dialogs.backup_dialog import BackupDialog
from empathy_journal.ui.dialogs.passphrase_dialog import PassphraseDialog
from empathy_journal.ui.keyring_store import (
    forget_passphrase,
    keyring_available,
    remember_passphrase,
)
from empathy_journal.ui.main_actions import window_action
from empathy_journal.ui.single_instance import SingleInstance, bring_to_front

if TYPE_CHECKING:
    from empathy_journal.ui.main_window import MainWindow

HASH_CHECK_DELAY_MS = 400
HASH_SLICE = 400  # entries checked per event-loop turn (a few ms each slice)


class SafetyController(QObject):
    """Adds File ▸ Back up now / Backups… / Passphrase… / Lock to the window and runs them."""

    hash_pass_done = Signal(list)  # the dates of damaged entries ([] when all match)

    def __init__(self, window: MainWindow, journal: Journal, *,
                 repair: RepairReport | None = None,
                 instance: SingleInstance | None = None) -> None:
        super().__init__(window)
        self.window, self.journal, self.instance = window, journal, instance
        self.encrypted = passphrase_of(journal.db.conn) is not None
        self._passphrase = passphrase_of(journal.db.conn)
        self._hash_damaged: list[DamagedEntry] = []
        self._hash_after: int | None = None
        self.locker = WindowLock(window, journal, encrypted=self.encrypted)
        self.lock_screen = self.locker.screen
        self.locker.lock_changed.connect(self._on_lock_changed)
        self._install_actions()
        if instance is not None:
            instance.raise_requested.connect(lambda: bring_to_front(window))
        if repair is not None:
            window.page.banner.show_text(repair.describe())

    # -- menu -----------------------------------------------------------------------------------

    def _install_actions(self) -> None:
        w = self.window

        def action(text: str, slot: object, shortcut: str | None = None) -> QAction:
            return window_action(w, text, shortcut, slot)

        self.backup_action = action("Back up now", self.back_up_now_from_menu)
        self.backups_action = action("Backups and restore…", self.open_backups)
        self.passphrase_action = action("Passphrase and lock…", self.open_passphrase)
        self.lock_action = action("Lock", self.lock, "Ctrl+L")
        menu = w.actions_.file_menu
        quit_action = w.actions_.quit
        menu.insertActions(quit_action, [self.backup_action, self.backups_action,
                                         self.passphrase_action, self.lock_action])
        menu.insertSeparator(quit_action)
        if self.journal.path is None:
            for made in (self.backup_action, self.backups_action, self.passphrase_action,
                         self.lock_action):
                made.setEnabled(False)
        elif self.journal.read_only:
            self.passphrase_action.setEnabled(False)

    # -- backups --------------------------------------------------------------------------------

    def back_up_now(self) -> str:
        """Write a manual backup; a plain sentence says where, or why it failed."""
        path = self.journal.path
        if path is None:
            return "This journal lives in memory only; there is nothing to back up."
        self.window.save_before_quit()
        try:
            written = make_backup(self.journal.db, path, label=MANUAL_LABEL)
        except BackupError as error:
            return describe_backup_failure(error)
        count = count_entries(written, self._passphrase)
        held = plural(count, "entry", "entries") if count is not None else "the entries"
        return f"Backed up {held} to {written}."

    def back_up_now_from_menu(self) -> None:
        """File ▸ Back up now: the result goes to the status bar."""
        self.window.save_state.setText(self.back_up_now())

    def open_backups(self) -> None:
        """The list of backups with Back up now and Restore…."""
        path = self.journal.path
        if path is None:
            return
        journal = self.journal

        def read_counts() -> tuple[int, int]:
            policy = retention_policy(journal)
            return policy.daily, policy.weekly

        def store_counts(daily: int, weekly: int) -> None:
            set_retention_policy(journal, RetentionPolicy(daily=daily, weekly=weekly))

        dialog = BackupDialog(lambda: list_backups(path, passphrase=self._passphrase),
                              self.back_up_now, self.restore, self.window,
                              keep_counts=(read_counts, store_counts))
        dialog.exec()

    def restore(self, backup: Path) -> str:
        """Make backup the journal (the current file is set aside) and show it."""
        path = self.journal.path
        assert path is not None
        self.window.save_before_quit()
        self.journal.lock()
        try:
            result = restore_backup(backup, path, passphrase=self._passphrase)
            message = f"Restored the backup {backup.name}."
            if result.set_aside:
                message += f" Your previous journal was kept in {result.set_aside}."
        except JournalError as error:
            message = str(error)
        finally:
            self._reopen(self._passphrase)
        return message

    # -- start-up and exit ----------------------------------------------------------------------

    def after_show(self) -> None:
        """Once the window is up: the daily backup, then the entry checksum pass."""
        QTimer.singleShot(0, self._daily_backup)
        QTimer.singleShot(HASH_CHECK_DELAY_MS, self.start_hash_pass)

    def _daily_backup(self) -> None:
        try:
            backup_if_due(self.journal)
        except (BackupError, JournalError) as error:
            self.window.save_state.setText(describe_backup_failure(BackupError(str(error))))

    def start_hash_pass(self) -> None:
        """Check the entries' checksums in slices between events, so the window stays live."""
        self._hash_damaged, self._hash_after = [], 0
        QTimer.singleShot(0, self._hash_slice)

    def _hash_slice(self) -> None:
        if self.journal.locked or self._hash_after is None:
            return
        try:
            found, self._hash_after = damaged_entries_in_batch(
                self.journal.repository, self._hash_after, HASH_SLICE)
        except (JournalError, sqlite3.Error):
            return  # a damaged file shows itself on the next start-up check
        self._hash_damaged.extend(found)
        if self._hash_after is None:
            self.hash_pass_done.emit(self._offer_repair(self._hash_damaged))
        else:
            QTimer.singleShot(0, self._hash_slice)

    def check_entry_hashes(self) -> list[str]:
        """Compare every entry with its checksum now; offer a repair when some don't match."""
        if self.journal.locked:
            return []
        return self._offer_repair(find_damaged_entries(self.journal.repository))

    def _offer_repair(self, damaged: list[DamagedEntry]) -> list[str]:
        if not damaged:
            return []
        dates = sorted({d.local_date.isoformat() for d in damaged if d.local_date})
        banner = self.window.page.banner
        banner.show_message(
            f"<b>{plural(len(damaged), 'entry', 'entries')} no longer "
            f"{'matches its checksum' if len(damaged) == 1 else 'match their checksums'}"
            "</b> (dates: "
            f"{', '.join(dates) or 'unknown'}). The file may be damaged. Repair restores the "
            "newest good backup and keeps everything newer that is still intact; the "
            "current file is kept aside.", "Repair from backup")
        banner.button.clicked.connect(self.repair_now)
        return dates

    def repair_now(self) -> str:
        """Repair from the newest verified backup; the banner says what happened."""
        path = self.journal.path
        assert path is not None
        banner = self.window.page.banner
        banner.button.clicked.disconnect(self.repair_now)
        self.window.save_before_quit()
        self.journal.lock()
        try:
            message = repair_journal(path, self._passphrase).describe()
        except JournalError as error:
            message = str(error)
        finally:
            self._reopen(self._passphrase)
        banner.show_text(message)
        return message

    def on_exit(self) -> None:
        """The clean-exit backup, then the lock is released."""
        if not self.journal.locked:
            try:
                automatic_backup(self.journal)
            except (BackupError, JournalError) as error:
                print(f"empathy-journal: {describe_backup_failure(BackupError(str(error)))}",
                      file=sys.stderr)
        if self.instance is not None:
            self.instance.release()

    # -- passphrase -----------------------------------------------------------------------------

    def open_passphrase(self) -> None:
        """The passphrase and auto-lock dialog."""
        dialog = PassphraseDialog(encrypted=self.encrypted, run=self.change_encryption,
                                  auto_lock_minutes=self.locker.minutes(),
                                  can_remember=keyring_available(), parent=self.window)
        dialog.exec()
        self.locker.set_minutes(dialog.auto_lock.value())
        if dialog.remember.isChecked() and self._passphrase and self.journal.path:
            remember_passphrase(self.journal.path, self._passphrase)

    def change_encryption(self, action: str, current: str | None, new: str | None) -> str | None:
        """Encrypt ("set"), re-key ("change") or decrypt ("remove"); None on success."""
        path = self.journal.path
        assert path is not None
        if self.encrypted and not current:
            return "Type the current passphrase first. Nothing was changed."
        self.window.save_before_quit()
        self.journal.lock()
        reopen_with, problem = self._passphrase, None
        try:
            if action == "set":
                crypto.encrypt_journal(path, new or "")
            elif action == "change":
                crypto.change_passphrase(path, current or "", new or "")
            else:
                crypto.remove_encryption(path, current or "")
            reopen_with = new
        except JournalError as error:
            problem = str(error)
        finally:
            self._reopen(reopen_with)
        if problem is None:
            forget_passphrase(path)
        return problem

    # -- locking --------------------------------------------------------------------------------

    def lock(self) -> None:
        """Hide the content, close the file and drop the key until unlocked."""
        self.locker.lock()

    def unlock(self, typed: str) -> bool:
        """Open the file again with the typed passphrase (ignored for a plain journal)."""
        return self.locker.unlock(typed)

    def _on_lock_changed(self, locked: bool) -> None:
        self._passphrase = None if locked else passphrase_of(self.journal.db.conn)

    def _reopen(self, passphrase: str | None) -> None:
        self.journal.unlock(passphrase)
        self._passphrase = passphrase_of(self.journal.db.conn)
        self.encrypted = self.locker.encrypted = self._passphrase is not None
        self.window.reload()
