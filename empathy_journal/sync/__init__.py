"""Sync through a folder that a folder-sync tool shares (docs/sync.md).

Below the session (which calls :func:`sync_journal` inside one of its writes and announces
what arrived), beside insights and interchange; it uses storage and domain only and no Qt.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from empathy_journal.domain.translation import _
from empathy_journal.storage.sql import store_setting
from empathy_journal.storage.sync_schema import mark_every_record
from empathy_journal.sync.engine import SyncReport, run_sync
from empathy_journal.sync.folder import (
    JournalFolder,
    SyncFolderError,
    WrongSyncPassphrase,
    sync_tool_folder,
)
from empathy_journal.sync.identity import (
    FOLDER_KEY,
    LAST_KEY,
    choose_folder,
    device_id,
    journal_id,
    remembered_folder,
)

__all__ = ["SyncFolderError", "SyncOutcome", "SyncPlace", "SyncReport", "WrongSyncPassphrase",
           "choose_place", "sync_journal"]


@dataclass
class SyncOutcome:
    """A finished sync: where, as whom, what it did and what the person should know."""

    folder: Path
    journal_id: str
    device_id: str
    report: SyncReport
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SyncPlace:
    """Where and as whom a journal syncs: its folder, its part of it, this device."""

    folder: JournalFolder
    device_id: str


def choose_place(db: Database, journal_path: Path | None, folder: Path | None) -> SyncPlace:
    """Settle (and remember) the folder, journal id and device id, in the caller's transaction.

    Its own transaction before the sync, so a sync cut short never takes a new device id the
    next time.
    """
    root = choose_folder(db, folder, journal_path)
    root.mkdir(parents=True, exist_ok=True)
    if remembered_folder(db) is None:
        mark_every_record(db)  # the triggers start marking only once a folder is set
    store_setting(db, FOLDER_KEY, str(root))
    return SyncPlace(JournalFolder(root, journal_id(db, root)), device_id(db, journal_path))


def sync_journal(db: Database, journal_path: Path | None, place: SyncPlace, *,
                 passphrase: str | None, now_ms: Callable[[], int] | None = None) -> SyncOutcome:
    """Sync the journal at its place, in the caller's transaction."""
    key = place.folder.prepare(passphrase)
    options = {} if now_ms is None else {"now_ms": now_ms}
    report = run_sync(db, place.folder, place.device_id, key=key, **options)
    store_setting(db, LAST_KEY, json.dumps({"at": int(time.time()), "devices": report.devices}))
    root, journal, device = place.folder.root, place.folder.journal_id, place.device_id
    warnings = []
    if journal_path is not None and (managed := sync_tool_folder(journal_path.parent)):
        warnings.append(_("The journal file is inside {folder}, which a folder-sync tool "
                          "manages. Copying a journal while it is open can damage it: move the "
                          "journal out of that folder (the sync folder is the safe way to share "
                          "it).").format(folder=managed))
    if report.waiting:
        warnings.append(f"{report.waiting} file(s) from other computers are not complete yet "
                        "(still arriving); they will be read on a later sync.")
    if report.unopenable:
        warnings.append(f"{report.unopenable} file(s) in the sync folder could not be opened "
                        "with this journal's passphrase (or were altered); they were left as "
                        "they are and nothing from them was applied.")
    return SyncOutcome(root, journal, device, report, warnings)
