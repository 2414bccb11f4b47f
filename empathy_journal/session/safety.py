"""Backups, restore, repair, the checksum pass and passphrase changes of a session.

Each operation that replaces the file closes it, does its work, opens it again behind the same
session and announces that the whole journal changed, so every view re-reads it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from empathy_journal.domain.text import plural
from empathy_journal.domain.translation import _
from empathy_journal.storage import crypto
from empathy_journal.storage.backup import (
    MANUAL_LABEL,
    BackupError,
    BackupInfo,
    RetentionPolicy,
    count_entries,
    list_backups,
    make_backup,
)
from empathy_journal.storage.backup_schedule import (
    automatic_backup,
    backup_if_due,
    backup_if_due_separately,
    describe_backup_failure,
    retention_policy,
)
from empathy_journal.storage.errors import JournalError
from empathy_journal.storage.health import DamagedEntry, HealthReport, damaged_entries_in_batch
from empathy_journal.storage.recovery import RepairReport, describe_unrepaired, repair_journal
from empathy_journal.storage.restore import restore_backup

if TYPE_CHECKING:
    from empathy_journal.session.journal_session import JournalSession

__all__ = ["ChecksumSlice", "DamagedEntry", "HealthReport", "RepairReport", "Safety",
           "describe_unrepaired"]

ENCRYPTION_ACTIONS = ("set", "change", "remove")


@dataclass(frozen=True)
class ChecksumSlice:
    """One slice of the checksum pass: what was found, and where to go on (None: done)."""

    damaged: list[DamagedEntry]
    next_after: int | None


class Safety:
    """The safety operations of one session; messages are plain sentences for a person."""

    def __init__(self, session: JournalSession) -> None:
        self._session = session

    @property
    def _path(self) -> Path:
        path = self._session.path
        if path is None:
            raise JournalError(_("This journal lives in memory only; there is nothing to back up or "
                                 "restore."))
        return path

    # -- backups -------------------------------------------------------------------------------

    def back_up_now(self) -> str:
        """Write a manual backup; a plain sentence says where, or why it failed."""
        if self._session.path is None:
            return _("This journal lives in memory only; there is nothing to back up.")
        try:
            written = make_backup(self._session.journal.db, self._path, label=MANUAL_LABEL)
        except BackupError as error:
            return describe_backup_failure(error)
        count = count_entries(written, self._session.passphrase)
        held = plural(count, "entry", "entries") if count is not None else _("the entries")
        return _("Backed up {held} to {written}.").format(held=held, written=written)

    def backups(self) -> list[BackupInfo]:
        """Every backup, newest first, with its entry count."""
        return list_backups(self._path, passphrase=self._session.passphrase)

    def daily_backup(self) -> str | None:
        """The once-a-day backup at start; a sentence when it failed, else None."""
        try:
            backup_if_due(self._session.journal)
        except (BackupError, JournalError) as error:
            return describe_backup_failure(BackupError(str(error)))
        return None

    def daily_backup_job(self) -> Callable[[], str | None] | None:
        """The once-a-day backup as a job for a worker thread (None: nothing to back up).

        The job opens its own read-only connection, so the window keeps its connection and
        stays responsive while the copy is written and verified; it returns a sentence when
        the backup failed, else None. The retention policy is read here, on this thread.
        """
        session = self._session
        if session.path is None or session.read_only or session.locked:
            return None
        path, passphrase, policy = session.path, session.passphrase, self.retention()

        def job() -> str | None:
            try:
                backup_if_due_separately(path, passphrase, policy)
            except (BackupError, JournalError) as error:
                return describe_backup_failure(BackupError(str(error)))
            return None

        return job

    def exit_backup(self) -> str | None:
        """The clean-exit backup; a sentence when it failed, else None."""
        if self._session.locked:
            return None
        try:
            automatic_backup(self._session.journal)
        except (BackupError, JournalError) as error:
            return describe_backup_failure(BackupError(str(error)))
        return None

    def retention(self) -> RetentionPolicy:
        """How many daily and weekly automatic backups are kept."""
        return retention_policy(self._session.journal)

    def set_retention(self, daily: int, weekly: int) -> None:
        """Keep this many daily and weekly automatic backups (through the journal's
        preferences; ValueError when a count is outside what they allow)."""
        preferences = self._session.journal_preferences()
        self._session.set_journal_preferences(preferences.changed(keep_daily=daily,
                                                                  keep_weekly=weekly))

    # -- replacing the file --------------------------------------------------------------------

    def restore(self, backup: Path) -> str:
        """Make backup the journal (the current file is set aside); says what happened."""
        passphrase = self._session.passphrase

        def work() -> str:
            result = restore_backup(backup, self._path, passphrase=passphrase)
            message = _("Restored the backup {name}.").format(name=backup.name)
            if result.set_aside:
                message += " " + _("Your previous journal was kept in {set_aside}.").format(
                    set_aside=result.set_aside)
            return message

        return self._replacing_file(work, reopen_with=lambda: passphrase)

    def repair(self) -> str:
        """Repair from the newest verified backup; says what happened."""
        passphrase = self._session.passphrase
        return self._replacing_file(lambda: repair_journal(self._path, passphrase).describe(),
                                    reopen_with=lambda: passphrase)

    def change_encryption(self, action: str, current: str | None, new: str | None) -> str | None:
        """Encrypt ("set"), re-key ("change") or decrypt ("remove"); None on success."""
        if action not in ENCRYPTION_ACTIONS:
            raise ValueError(f"unknown encryption action {action!r}")
        if self._session.encrypted and not current:
            return _("Type the current passphrase first. Nothing was changed.")
        path, kept = self._path, self._session.passphrase
        outcome: dict[str, str | None] = {"reopen": kept, "problem": None}

        def work() -> str:
            if action == "set":
                crypto.encrypt_journal(path, new or "")
            elif action == "change":
                crypto.change_passphrase(path, current or "", new or "")
            else:
                crypto.remove_encryption(path, current or "")
            outcome["reopen"] = new if action != "remove" else None
            return ""

        try:
            self._replacing_file(work, reopen_with=lambda: outcome["reopen"], raise_errors=True)
        except JournalError as error:
            outcome["problem"] = str(error)
        if action == "remove" and outcome["problem"] is None:
            self._forget_sync_keys()  # a plain file never keeps the sync folder's keys
        return outcome["problem"]

    def _forget_sync_keys(self) -> None:
        from empathy_journal.sync import KEYS_KEY

        with self._session.writing():
            self._session.journal.db.execute("DELETE FROM settings WHERE key = ?", [KEYS_KEY])

    def _replacing_file(self, work: Callable[[], str], *, reopen_with: Callable[[], str | None],
                        raise_errors: bool = False) -> str:
        """Close the file, run work, open the file again and announce the whole change."""
        session = self._session
        session.journal.lock()
        try:
            message = work()
        except JournalError as error:
            if raise_errors:
                raise
            message = str(error)
        finally:
            session.reopen(reopen_with())
        return message

    # -- checksums -----------------------------------------------------------------------------

    def checksum_slice(self, after_id: int, limit: int) -> ChecksumSlice:
        """Check up to limit entries after after_id against their checksums."""
        found, next_after = damaged_entries_in_batch(self._session.journal.repository,
                                                     after_id, limit)
        return ChecksumSlice(found, next_after)
