"""What the status bar says about sync, in plain words: the last sync, or what is wrong."""

from __future__ import annotations

import errno
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.dates import clock_time

if TYPE_CHECKING:
    from empathy_journal.sync import SyncOutcome

# English as the tests and the status line compare them; shown through status_words().
SYNCING = QT_TRANSLATE_NOOP("SyncStatus", "Syncing…")
NOT_SYNCING = QT_TRANSLATE_NOOP("SyncStatus", "Not syncing")


def status_words(text: str) -> str:
    """SYNCING or NOT_SYNCING in the language of the window."""
    return QCoreApplication.translate("SyncStatus", text)


class SyncStatus(QObject):
    """The status line's counted words. lupdate reads a plural (``%n``) from ``tr()`` with a
    count in a variable, not from ``QCoreApplication.translate``, hence methods of a QObject.

    Each singular is a message of its own: English has no catalog, and Qt's ``%n`` form alone
    would read "1 computers" there."""

    def synced(self, time: str, devices: int) -> str:
        """``Synced 21:04 · 2 computers``."""
        if devices == 1:
            return self.tr("Synced {time} · 1 computer").format(time=time)
        return self.tr("Synced {time} · %n computers", "", devices).format(time=time)

    def still_arriving(self, count: int) -> str:
        """`` · 2 files still arriving``."""
        if count == 1:
            return self.tr(" · 1 file still arriving")
        return self.tr(" · %n files still arriving", "", count)

    def not_opened(self, count: int) -> str:
        """`` · 2 files this passphrase cannot open``."""
        if count == 1:
            return self.tr(" · 1 file this passphrase cannot open")
        return self.tr(" · %n files this passphrase cannot open", "", count)


def synced_status(at: datetime, devices: int) -> str:
    """``Synced 21:04 · 2 computers`` (the time as the locale writes it)."""
    return SyncStatus().synced(clock_time(at), devices)


def synced_text(outcome: SyncOutcome, at: datetime) -> str:
    """``Synced 21:04 · 2 computers`` (and what needs a look, briefly)."""
    report, words = outcome.report, SyncStatus()
    text = words.synced(clock_time(at), report.devices)
    if report.waiting:
        text += words.still_arriving(report.waiting)
    if report.other_passphrase:
        text += QCoreApplication.translate(
            "SyncStatus", " · another computer changed the journal's passphrase: give this "
            "journal the same one (File ▸ Passphrase and lock…) to receive its changes")
    if report.unopenable:
        text += words.not_opened(report.unopenable)
    return text


def missing_folder_text(folder: Path) -> str:
    """The remembered folder is not there (a drive not connected, a sync tool not running)."""
    return QCoreApplication.translate(
        "SyncStatus", "Sync folder not found: {folder}. Is the drive connected? Your journal is "
        "safe; sync tries again by itself.").format(folder=folder)


def _disk_full() -> str:
    return QCoreApplication.translate(
        "SyncStatus", "Not synced: the disk is full. Free some space; nothing was changed and "
        "sync tries again by itself.")


def _not_synced(error: BaseException) -> str:
    return QCoreApplication.translate("SyncStatus", "Not synced: {reason}").format(reason=error)


def problem_text(error: BaseException) -> str:
    """What went wrong with a sync, in plain words (the journal is always as it was)."""
    # Here, not at the top: a journal that does not sync never loads the sync engine.
    from empathy_journal.sync import SyncFolderError, WrongSyncPassphrase
    from empathy_journal.sync.sync_lock import SyncBusy

    if isinstance(error, WrongSyncPassphrase):
        return QCoreApplication.translate(
            "SyncStatus", "Not synced: another computer's journal has a different passphrase. "
            "Give this journal the same passphrase (File ▸ Passphrase and lock…), or change it "
            "there; nothing was applied or sent.")
    if isinstance(error, SyncBusy):
        return QCoreApplication.translate(
            "SyncStatus", "Waiting to sync: {holder} is syncing this journal; the window syncs "
            "again by itself in a moment.").format(holder=error.holder)
    if isinstance(error, SyncFolderError):
        return _not_synced(error)
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return _disk_full()
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return QCoreApplication.translate(
                "SyncStatus", "Not synced: the sync folder cannot be written here (no "
                "permission, or read-only). Nothing was changed.")
        reason = error.strerror or type(error).__name__
        return QCoreApplication.translate(
            "SyncStatus", "Not synced: the sync folder could not be read or written ({reason}). "
            "Nothing was changed; sync tries again by itself.").format(reason=reason)
    if isinstance(error, JournalError):
        return _not_synced(error)
    if isinstance(error, sqlite3.OperationalError) and "full" in str(error):
        return _disk_full()
    return QCoreApplication.translate(
        "SyncStatus", "Not synced: something unexpected went wrong ({reason}). Nothing was "
        "changed; sync tries again by itself.").format(reason=type(error).__name__)
