"""SafetyFeature: Back up now, Backups and restore…, Passphrase and lock…, Lock, and the
start-up and exit work of a window, all through the session's ``safety`` part."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction

from empathy_journal.session.safety import (
    DamagedEntry,
    HealthReport,
    RepairReport,
    describe_unrepaired,
)
from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.dates import short_date
from empathy_journal.ui.main_actions import window_action
from empathy_journal.ui.safety.auto_lock import WindowLock
from empathy_journal.ui.safety.keyring_store import (
    forget_passphrase,
    keyring_available,
    remember_passphrase,
)
from empathy_journal.ui.safety.single_instance import SingleInstance, bring_to_front

if TYPE_CHECKING:
    from empathy_journal.ui.main_window import MainWindow

AFTER_SHOW_DELAY_MS = 300  # the start-up work waits until the window is painted and idle
HASH_SLICE = 200  # entries checked per event-loop turn (about 5 ms a slice)
log = logging.getLogger(__name__)


class SafetyFeature(QObject):
    """The safety actions of one window and the work that runs once it is shown."""

    hash_pass_done = Signal(list)  # the dates of damaged entries ([] when all match)
    daily_backup_done = Signal(object)  # the problem sentence, or None (emitted on this thread)
    _backup_finished = Signal(object)  # from the worker thread, queued to this one

    def __init__(self, window: MainWindow, *, repair: RepairReport | None = None,
                 damage: HealthReport | None = None,
                 instance: SingleInstance | None = None) -> None:
        super().__init__(window)
        self.window, self.session, self.instance = window, window.session, instance
        self.safety = self.session.safety
        self._hash_damaged: list[DamagedEntry] = []
        self._hash_after: int | None = None
        self._backup_thread: threading.Thread | None = None
        self._backup_finished.connect(self._after_daily_backup)
        self.locker = WindowLock(window, self.session)
        self.lock_screen = self.locker.screen
        self._make_actions()
        if instance is not None:
            instance.raise_requested.connect(lambda: bring_to_front(window))
        if repair is not None:
            window.page.banner.show_text(repair.describe())
        elif damage is not None:
            window.page.banner.show_text(describe_unrepaired(damage))

    @property
    def encrypted(self) -> bool:
        """Whether the journal is encrypted (as it was when last open)."""
        return self.locker.encrypted

    def _make_actions(self) -> None:
        def action(text: str, slot: object, shortcut: str | None = None) -> QAction:
            return window_action(self.window, text, shortcut, slot)

        self.backup_action = action(self.tr("Back up now"), self.back_up_now_from_menu)
        self.backups_action = action(self.tr("Backups and restore…"), self.open_backups)
        self.passphrase_action = action(self.tr("Passphrase and lock…"), self.open_passphrase)
        self.lock_action = action(self.tr("Lock"), self.lock, "Ctrl+L")
        if self.session.path is None:
            for made in self.file_actions():
                made.setEnabled(False)
        elif self.session.read_only:
            self.passphrase_action.setEnabled(False)

    def file_actions(self) -> list[QAction]:
        """What goes in the File menu, in order."""
        return [self.backup_action, self.backups_action, self.passphrase_action,
                self.lock_action]

    # -- backups --------------------------------------------------------------------------------

    def back_up_now(self) -> str:
        """Write a manual backup; a plain sentence says where, or why it failed."""
        self.window.save_before_quit()
        return self.safety.back_up_now()

    def back_up_now_from_menu(self) -> None:
        """File ▸ Back up now: the result goes to the status bar."""
        self.window.save_state.setText(self.back_up_now())

    def open_backups(self) -> None:
        """The list of backups with Back up now and Restore…."""
        if self.session.path is None or self.session.locked:
            return

        def read_counts() -> tuple[int, int]:
            policy = self.safety.retention()
            return policy.daily, policy.weekly

        from empathy_journal.ui.safety.backup_dialog import BackupDialog  # when asked for

        dialog = BackupDialog(self.safety.backups, self.back_up_now, self.restore, self.window,
                              keep_counts=(read_counts, self.safety.set_retention))
        dialog.exec()

    def restore(self, backup: Path) -> str:
        """Make backup the journal (the current file is set aside); every view follows."""
        self.window.save_before_quit()
        return self.safety.restore(backup)

    # -- start-up and exit ----------------------------------------------------------------------

    def after_show(self) -> None:
        """Once the window is painted and idle: the daily backup on a worker thread (its own
        read-only connection: VACUUM INTO and the copy's checks never block typing), then the
        entry checksum pass in small slices between events."""
        # The window as context: once it is gone (the app quit early), nothing runs.
        QTimer.singleShot(AFTER_SHOW_DELAY_MS, self.window, self.start_daily_backup)
        if self.instance is not None:  # later launches raise this window from now on
            QTimer.singleShot(AFTER_SHOW_DELAY_MS, self.window, self.instance.listen)

    def start_daily_backup(self) -> None:
        """Start the once-a-day backup in the background (the checksum pass follows it)."""
        job = None if self.session.locked else self.safety.daily_backup_job()
        if job is None:
            self._after_daily_backup(None)
            return
        self._backup_thread = threading.Thread(target=self._run_backup, args=(job,),
                                               name="daily-backup", daemon=True)
        self._backup_thread.start()

    def _run_backup(self, job: Callable[[], str | None]) -> None:
        try:
            problem = job()
        except Exception as error:  # our bug: say so, never let it pass silently
            log.exception("the daily backup failed")
            problem = self.tr("The daily backup failed unexpectedly ({name}).").format(
                name=type(error).__name__)
        self._backup_finished.emit(problem)

    def _after_daily_backup(self, problem: str | None) -> None:
        self._backup_thread = None
        if problem:
            self.window.save_state.setText(problem)
        self.daily_backup_done.emit(problem)
        if not self.session.locked:
            self.start_hash_pass()

    def wait_for_background_work(self) -> None:
        """Let a running daily backup finish (before the exit backup and closing the file)."""
        thread = self._backup_thread
        if thread is not None:
            thread.join()

    def start_hash_pass(self) -> None:
        """Check the entries' checksums in slices between events, so the window stays live."""
        self._hash_damaged, self._hash_after = [], 0
        QTimer.singleShot(0, self, self._hash_slice)

    def _hash_slice(self) -> None:
        if self.session.locked or self._hash_after is None:
            return
        try:
            found = self.safety.checksum_slice(self._hash_after, HASH_SLICE)
        except (JournalError, sqlite3.Error):
            return  # a damaged file shows itself on the next start-up check
        self._hash_damaged.extend(found.damaged)
        self._hash_after = found.next_after
        if self._hash_after is None:
            self.hash_pass_done.emit(self._offer_repair(self._hash_damaged))
        else:
            QTimer.singleShot(0, self, self._hash_slice)

    def check_entry_hashes(self) -> list[str]:
        """Compare every entry with its checksum now; offer a repair when some don't match."""
        if self.session.locked:
            return []
        damaged: list[DamagedEntry] = []
        after: int | None = 0
        while after is not None:
            found = self.safety.checksum_slice(after, 1000)
            damaged.extend(found.damaged)
            after = found.next_after
        return self._offer_repair(damaged)

    def _offer_repair(self, damaged: list[DamagedEntry]) -> list[str]:
        if not damaged:
            return []
        days = sorted({d.local_date for d in damaged if d.local_date})
        shown = ", ".join(short_date(day) for day in days) or self.tr("unknown")
        # English needs its singular spelled out: no English catalog gives Qt its plural forms.
        headline = (self.tr("1 entry no longer matches its checksum") if len(damaged) == 1 else
                    self.tr("%n entries no longer match their checksums", "", len(damaged)))
        banner = self.window.page.banner
        banner.show_message(
            "<b>{}</b> {}".format(headline, self.tr(
                "(dates: {dates}). The file may be damaged. Repair restores the newest good "
                "backup and keeps everything newer that is still intact; the current file is "
                "kept aside.").format(dates=shown)), self.tr("Repair from backup"))
        banner.button.clicked.connect(self.repair_now)
        return [day.isoformat() for day in days]

    def repair_now(self) -> str:
        """Repair from the newest verified backup; the banner says what happened."""
        banner = self.window.page.banner
        banner.button.clicked.disconnect(self.repair_now)
        self.window.save_before_quit()
        message = self.safety.repair()
        banner.show_text(message)
        return message

    def on_exit(self) -> None:
        """The clean-exit backup, then the lock is released."""
        self.wait_for_background_work()
        problem = self.safety.exit_backup() if self.session.path is not None else None
        if problem:
            print(f"empathy-journal: {problem}", file=sys.stderr)
        if self.instance is not None:
            self.instance.release()

    # -- passphrase -----------------------------------------------------------------------------

    def open_passphrase(self) -> None:
        """The passphrase and auto-lock dialog."""
        if self.session.locked:
            return
        from empathy_journal.ui.safety.passphrase_dialog import PassphraseDialog  # when asked for

        dialog = PassphraseDialog(encrypted=self.encrypted, run=self.change_encryption,
                                  auto_lock_minutes=self.locker.minutes(),
                                  can_remember=keyring_available(), parent=self.window)
        dialog.exec()
        if self.session.locked:
            return  # locked while the dialog was open: it was closed unanswered
        self.locker.set_minutes(dialog.auto_lock.value())
        passphrase, path = self.session.passphrase, self.session.path
        if dialog.remember.isChecked() and passphrase and path:
            remember_passphrase(path, passphrase)

    def change_encryption(self, action: str, current: str | None, new: str | None) -> str | None:
        """Encrypt ("set"), re-key ("change") or decrypt ("remove"); None on success."""
        self.window.save_before_quit()
        problem = self.safety.change_encryption(action, current, new)
        self.locker.encrypted = self.session.encrypted
        if problem is None and self.session.path is not None:
            forget_passphrase(self.session.path)
        return problem

    # -- locking --------------------------------------------------------------------------------

    def lock(self) -> None:
        """Hide the content, close the file and drop the key until unlocked."""
        self.locker.lock()

    def unlock(self, typed: str) -> bool:
        """Open the file again with the typed passphrase (ignored for a plain journal)."""
        return self.locker.unlock(typed)
