"""Opening the journal for the window: one window per journal, unlocking, start-up repair."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from empathy_journal.storage.cipher import PassphraseRequiredError, WrongPassphraseError
from empathy_journal.storage.conversion import finish_interrupted
from empathy_journal.storage.crypto import is_encrypted
from empathy_journal.storage.errors import JournalError
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.recovery import (
    CheckedJournal,
    HealthReport,
    RepairReport,
    open_checked,
)
from empathy_journal.ui.safety.keyring_store import (
    keyring_available,
    remember_passphrase,
    remembered_passphrase,
)
from empathy_journal.ui.safety.migration_progress import MigrationProgress
from empathy_journal.ui.safety.single_instance import SingleInstance

if TYPE_CHECKING:
    from empathy_journal.storage.start_check import StartCheck

PASSPHRASE_ENV = "EMPATHY_JOURNAL_PASSPHRASE"
Opened = CheckedJournal


class AlreadyRunning(Exception):
    """Another window holds this journal and was asked to come to the front."""


class UnlockCancelled(Exception):
    """The person chose Quit in the unlock dialog; nothing was opened or changed."""


@dataclass
class StartedJournal:
    """The journal the window shows, the lock that keeps it single, any repair made, and the
    start-up check's report when damage was found but not repaired (no usable backup)."""

    journal: Journal
    instance: SingleInstance | None
    repair: RepairReport | None
    damage: HealthReport | None = None


def start_journal(path: Path, *, can_ask: bool, parent: QWidget | None = None,
                  start_check: StartCheck | None = None,
                  progress: MigrationProgress | None = None,
                  listen: bool = True) -> StartedJournal:
    """Take the journal's lock, unlock it if encrypted, check and (if damaged) repair it;
    start_check is the check begun early on a worker thread, if one was; a long schema
    update (an older journal) shows its progress in progress (by default a dialog). With
    listen False the window listens for later launches itself, once painted
    (``SafetyFeature.after_show``).

    Where no lock file can be made (a read-only place, a full disk) the journal opens
    read-only, as it would without the lock: nothing is written that another window could
    be writing beside.
    """
    instance = SingleInstance(path)
    if not instance.acquire(listen=listen):
        if instance.ask_running_to_raise():
            raise AlreadyRunning
        raise JournalError(QCoreApplication.translate(
            "SafeStart", "This journal is already open in another Empathy Journal window. "
            "Close that window and try again. Nothing was changed."), path=path)
    from empathy_journal.storage.migrations import reporting_progress

    progress = progress or MigrationProgress(parent)
    try:
        with reporting_progress(progress):
            opened = open_unlocked(instance.journal_path, can_ask=can_ask, parent=parent,
                                   read_only=not instance.holds_lock, start_check=start_check)
    except BaseException:
        instance.release()
        raise
    finally:
        progress.close()
    return StartedJournal(journal=opened.journal, instance=instance, repair=opened.repair,
                          damage=opened.damage)


def needs_passphrase(path: Path) -> bool:
    """True for an encrypted journal, whatever its backups are: it is never taken for damage."""
    return path.exists() and is_encrypted(path)


def open_unlocked(path: Path, *, can_ask: bool, parent: QWidget | None = None,
                  read_only: bool = False, start_check: StartCheck | None = None) -> Opened:
    """Open the journal, asking for its passphrase when needed (env, keyring, then dialog);
    read_only opens it as it is, without the start-up repair (which would write).

    An interrupted passphrase change is finished or rolled back first, so the journal and
    its backups are under one key before anything reads them.
    """
    def opening(passphrase: str | None) -> Opened:
        if read_only and path.exists():
            return CheckedJournal(Journal.open(path, read_only=True, passphrase=passphrase))
        early = start_check.report_for(path, passphrase) if start_check else None
        return open_checked(path, passphrase, report=early)

    if not read_only and finish_interrupted(path):
        start_check = None  # the change just finished replaced what it checked
    if not needs_passphrase(path):
        return opening(None)
    for candidate in (os.environ.get(PASSPHRASE_ENV), remembered_passphrase(path)):
        if candidate:
            try:
                return opening(candidate)
            except WrongPassphraseError:
                continue
    if not can_ask:
        raise PassphraseRequiredError(QCoreApplication.translate(
            "SafeStart", "{path} is encrypted, or it is not a journal at all. To open an "
            "encrypted journal without a screen to type on, set {variable}. The file was left "
            "untouched.").format(path=path, variable=PASSPHRASE_ENV), path=path)
    return _ask_and_open(path, parent, opening)


def _ask_and_open(path: Path, parent: QWidget | None,
                  opening: Callable[[str], Opened]) -> Opened:
    opened: list[Opened] = []

    def attempt(passphrase: str) -> str | None:
        try:
            opened.append(opening(passphrase))
        except WrongPassphraseError as error:
            return str(error)
        return None

    from empathy_journal.ui.safety.unlock_dialog import UnlockDialog  # encrypted journals only

    dialog = UnlockDialog(path.name, attempt, can_remember=keyring_available(), parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not opened:
        raise UnlockCancelled
    if dialog.remember.isChecked():
        remember_passphrase(path, dialog.passphrase)
    return opened[0]


