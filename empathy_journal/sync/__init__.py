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
from typing import TYPE_CHECKING

from empathy_journal.domain.translation import _, ngettext
from empathy_journal.storage.sql import settings_value, store_setting
from empathy_journal.storage.sync_schema import mark_every_record
from empathy_journal.sync.engine import Progress, SyncCancelled, SyncReport, run_sync
from empathy_journal.sync.files import FolderKey
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

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["Progress", "SyncCancelled", "SyncFolderError", "SyncOutcome", "SyncPlace",
           "SyncReport", "WrongSyncPassphrase", "choose_place", "sync_journal"]


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


KEYS_KEY = "sync.keys"  # this journal's folder keys, old and new (only in an encrypted journal)


def known_keys(db: Database) -> list[FolderKey]:
    """The folder keys this journal had (its passphrase changed since), never trusted blindly."""
    try:
        return [FolderKey(bytes.fromhex(text)) for text in
                json.loads(settings_value(db, KEYS_KEY) or "[]") if isinstance(text, str)]
    except (ValueError, TypeError):
        return []


def remember_keys(db: Database, keys: list[FolderKey]) -> None:
    """Keep the folder keys in the (encrypted) journal; a plain journal keeps none."""
    if not keys:
        db.execute("DELETE FROM settings WHERE key = ?", [KEYS_KEY])
        return
    unique = sorted({k.key.hex() for k in keys})
    store_setting(db, KEYS_KEY, json.dumps(unique))


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
                 passphrase: str | None, now_ms: Callable[[], int] | None = None,
                 progress: Progress | None = None) -> SyncOutcome:
    """Sync the journal at its place, in the caller's transaction (progress: see run_sync)."""
    known = known_keys(db) if passphrase is not None else []
    key, legacy = place.folder.prepare(passphrase, known)
    options: dict = {} if now_ms is None else {"now_ms": now_ms}
    if progress is not None:
        options["progress"] = progress
    report = run_sync(db, place.folder, place.device_id, key=key, keys=known, legacy=legacy,
                      **options)
    remember_keys(db, [*known, *([key] if key else [])])
    store_setting(db, LAST_KEY, json.dumps({"at": int(time.time()), "devices": report.devices}))
    root, journal, device = place.folder.root, place.folder.journal_id, place.device_id
    warnings = []
    if journal_path is not None and (managed := sync_tool_folder(journal_path.parent)):
        warnings.append(_("The journal file is inside {folder}, which a folder-sync tool "
                          "manages. Copying a journal while it is open can damage it: move the "
                          "journal out of that folder (the sync folder is the safe way to share "
                          "it).").format(folder=managed))
    if report.waiting:
        warnings.append(ngettext(
            "{count} file from other computers is not complete yet (still arriving); it will "
            "be read on a later sync.",
            "{count} files from other computers are not complete yet (still arriving); they "
            "will be read on a later sync.", report.waiting).format(count=report.waiting))
    if report.other_passphrase:
        warnings.append(ngettext(
            "{count} file in the sync folder is sealed with a passphrase this journal has never "
            "had: another computer changed the journal's passphrase. Give this journal the same "
            "new passphrase to receive it; it waits in the folder, nothing is lost.",
            "{count} files in the sync folder are sealed with a passphrase this journal has "
            "never had: another computer changed the journal's passphrase. Give this journal "
            "the same new passphrase to receive them; they wait in the folder, nothing is lost.",
            report.other_passphrase).format(count=report.other_passphrase))
    if report.unopenable:
        warnings.append(ngettext(
            "{count} file in the sync folder could not be opened with this journal's passphrase "
            "(or was altered); it was left as it is and nothing from it was applied.",
            "{count} files in the sync folder could not be opened with this journal's "
            "passphrase (or were altered); they were left as they are and nothing from them "
            "was applied.", report.unopenable).format(count=report.unopenable))
    return SyncOutcome(root, journal, device, report, warnings)
