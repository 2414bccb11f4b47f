"""Which folder, journal and device a sync is about, kept in the journal's settings.

- ``sync.folder``: the sync folder, remembered by ``sync FOLDER`` for later ``sync`` calls.
- ``sync.journal_id``: the journal's id in the folder; a journal without one joins the only
  journal already in the folder, or starts a new one.
- ``sync.device``: this computer's id for this journal, bound to the computer's name and the
  journal file's place. A journal file copied elsewhere, or a backup restored on another
  computer, finds its binding does not match and takes a new device id, so two computers never
  write as one device.
"""

from __future__ import annotations

import json
import socket
import uuid as uuid_module
from pathlib import Path
from typing import TYPE_CHECKING

from empathy_journal.domain.translation import _
from empathy_journal.storage.sql import settings_value, store_setting
from empathy_journal.storage.sync_schema import FOLDER_SETTING, LAST_SETTING
from empathy_journal.sync.folder import SyncFolderError, is_inside, journals_in

if TYPE_CHECKING:
    from sqlite_utils import Database

FOLDER_KEY, JOURNAL_KEY, DEVICE_KEY, LAST_KEY = (FOLDER_SETTING, "sync.journal_id",
                                                 "sync.device", LAST_SETTING)


def remembered_folder(db: Database) -> Path | None:
    """The folder the journal synced with last, if any."""
    value = settings_value(db, FOLDER_KEY)
    return Path(value) if value else None


def choose_folder(db: Database, given: Path | None, journal_path: Path | None) -> Path:
    """The folder to sync with (given, else remembered); refuses one that holds the journal."""
    folder = given if given is not None else remembered_folder(db)
    if folder is None:
        raise SyncFolderError(_("No sync folder is set for this journal yet: run 'empathy-journal sync "
                                "FOLDER' once with the folder your sync tool shares."))
    folder = folder.expanduser().absolute()
    if journal_path is not None and is_inside(journal_path, folder):
        raise SyncFolderError(_("The journal itself is inside {folder}. A sync tool copying a journal "
                                "that is open can damage it; keep the journal where it is and choose "
                                "an empty folder (or a subfolder) for syncing.").format(folder=folder))
    if folder.exists() and not folder.is_dir():
        raise SyncFolderError(_("{folder} is a file, not a folder. Nothing was changed.").format(
                                folder=folder))
    return folder


def journal_id(db: Database, folder: Path) -> str:
    """The journal's id in the folder: its own, the folder's only journal, or a new one."""
    own = settings_value(db, JOURNAL_KEY)
    if own:
        return own
    found = journals_in(folder)
    if len(found) > 1:
        raise SyncFolderError(_("{folder} holds {count} journals and this journal has never synced, so "
                                "it is not clear which one to join. Sync it with an empty folder, or "
                                "one that holds only its journal.").format(folder=folder, count=len(found)))
    chosen = found[0] if found else str(uuid_module.uuid4())
    store_setting(db, JOURNAL_KEY, chosen)
    return chosen


def device_id(db: Database, journal_path: Path | None) -> str:
    """This computer's id for the journal (a new one when the file moved or the computer
    changed)."""
    binding = {"host": socket.gethostname(),
               "path": str(journal_path.resolve()) if journal_path else ":memory:"}
    stored = settings_value(db, DEVICE_KEY)
    if stored:
        try:
            value = json.loads(stored)
            if {k: value.get(k) for k in binding} == binding and value.get("id"):
                return str(value["id"])
        except (ValueError, AttributeError):
            pass
    device = str(uuid_module.uuid4())
    store_setting(db, DEVICE_KEY, json.dumps({"id": device, **binding}))
    store_setting(db, "sync.seq", "0")
    return device
