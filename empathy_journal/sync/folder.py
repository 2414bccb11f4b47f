"""The sync folder's layout: ``<folder>/<journal id>/journal.json`` and one folder per device.

```
<folder>/<journal id>/
    journal.json              format; when encrypted: KDF name and parameters, a key check
    <device id>/
        00000001.ejc          change files, never changed once renamed into place
        snapshot-00000040.ejs this device's versions up to 40 (its older files then go)
```

Only a file's writer ever writes or removes it. Readers skip hidden and ``*.tmp`` files and
read everything else that starts like a change file, so a sync tool's conflict copies
(``00000003.sync-conflict-….ejc``, ``00000003 (conflicted copy ….).ejc``) are read too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from empathy_journal.domain.translation import _
from empathy_journal.sync.files import (
    CIPHER,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    FolderKey,
    derive_key,
    folder_salt,
    header_key_id,
    write_whole,
)

FORMAT = 1
DESCRIPTION = "journal.json"
CHANGES_SUFFIX, SNAPSHOT_SUFFIX = ".ejc", ".ejs"
_SEQ = re.compile(r"^(?:snapshot-)?(\d{8,})")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# Files and folders that folder-sync tools leave in the folders they manage.
SYNC_TOOL_MARKERS = (".stfolder", ".stignore", ".dropbox", ".dropbox.cache",
                     ".nextcloudsync.log", ".owncloudsync.log", ".sync", ".tresorit",
                     ".icloud", "desktop.ini.sync", ".sync_journal.db")


class SyncFolderError(Exception):
    """The folder cannot be used for this journal; the message says why in plain words."""


class WrongSyncPassphrase(SyncFolderError):
    """The journal's passphrase does not open the journal's files in the folder."""


@dataclass(frozen=True)
class JournalFolder:
    """One journal's part of the sync folder."""

    root: Path
    journal_id: str

    @property
    def path(self) -> Path:
        """``<folder>/<journal id>``."""
        return self.root / self.journal_id

    def device_folder(self, device: str) -> Path:
        """Where one device writes."""
        return self.path / device

    def devices(self) -> list[str]:
        """Every device that has a folder here."""
        if not self.path.is_dir():
            return []
        return sorted(p.name for p in self.path.iterdir() if p.is_dir() and _UUID.match(p.name))

    def files(self, device: str) -> list[Path]:
        """A device's change files and snapshots, conflict copies included, oldest first."""
        folder = self.device_folder(device)
        if not folder.is_dir():
            return []
        found = [p for p in folder.iterdir()
                 if p.is_file() and not p.name.startswith(".") and not p.name.endswith(".tmp")
                 and (CHANGES_SUFFIX in p.name or SNAPSHOT_SUFFIX in p.name)]
        return sorted(found, key=lambda p: (sequence_of(p.name) or 0, p.name))

    def description(self) -> dict | None:
        """journal.json, or None when there is none yet (or it is still arriving)."""
        try:
            return json.loads((self.path / DESCRIPTION).read_text("utf-8"))
        except (OSError, ValueError):
            return None

    def prepare(self, passphrase: str | None, known: list[FolderKey] | None = None
                ) -> tuple[FolderKey | None, FolderKey | None]:
        """Make sure journal.json is there and agrees with the journal: the folder key of the
        passphrase and the key of the folder's first files (its legacy key, None when this
        journal never had it).

        known are the keys this journal had before its passphrase changed. Raises
        SyncFolderError when an encrypted journal meets a plain folder (or the other way
        round) and WrongSyncPassphrase when no passphrase this journal ever had is the
        folder's, and no file in the folder is sealed with the current one.
        """
        described = self.description()
        key = None
        if passphrase is not None:
            key = derive_key(passphrase, folder_salt(self.journal_id))
        wanted = _description(key)
        if described is None:
            write_whole(self.path / DESCRIPTION, (json.dumps(wanted, indent=2, sort_keys=True)
                                                  + "\n").encode())
            return key, key
        if described.get("format", 0) > FORMAT:
            raise SyncFolderError(_("The sync folder was written by a newer Empathy Journal; update "
                                    "this one. Nothing was changed."))
        if described.get("encrypted") and key is None:
            raise SyncFolderError(_("This journal's changes in the sync folder are encrypted, but this "
                                    "journal is not. Encrypt it with the same passphrase "
                                    "('empathy-journal passphrase set') and sync again. Nothing was "
                                    "changed."))
        if not described.get("encrypted") and key is not None:
            raise SyncFolderError(_("This journal is encrypted, but its changes in the sync folder are "
                                    "not, so syncing would put its text in the folder in the clear. "
                                    "Use a new sync folder for it. Nothing was changed."))
        if key is None:
            return None, None
        kdf = described.get("kdf", {})
        if (kdf.get("n"), kdf.get("r"), kdf.get("p")) != (SCRYPT_N, SCRYPT_R, SCRYPT_P):
            key = derive_key(passphrase or "", folder_salt(self.journal_id),
                             int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
        check = described.get("check")
        legacy = next((k for k in [key, *(known or [])] if k.check_value() == check), None)
        if legacy is None and not self.sealed_with(key):
            raise WrongSyncPassphrase(_(
                "This journal's passphrase does not open its changes in the sync folder "
                "(the other computer's journal has another passphrase). Nothing was applied "
                "or written; give both journals the same passphrase and sync again."))
        return key, legacy

    def sealed_with(self, key: FolderKey) -> bool:
        """Whether any computer's file here is sealed with key (by its id in the header)."""
        for device in self.devices():
            for path in self.files(device):
                try:
                    with path.open("rb") as handle:
                        if header_key_id(handle.read(1024)) == key.key_id:
                            return True
                except OSError:
                    continue
        return False


def _description(key: FolderKey | None) -> dict:
    if key is None:
        return {"format": FORMAT, "encrypted": False}
    return {"format": FORMAT, "encrypted": True, "cipher": CIPHER,
            "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                    "salt": "sha256('empathy-journal sync salt', journal id)[:16]"},
            "check": key.check_value()}


def sequence_of(name: str) -> int | None:
    """The number a change file or snapshot name starts with (conflict copies keep it)."""
    match = _SEQ.match(name)
    return int(match.group(1)) if match else None


def change_file_name(seq: int) -> str:
    """``00000012.ejc``."""
    return f"{seq:08d}{CHANGES_SUFFIX}"


def snapshot_name(seq: int) -> str:
    """``snapshot-00000040.ejs``."""
    return f"snapshot-{seq:08d}{SNAPSHOT_SUFFIX}"


def journals_in(root: Path) -> list[str]:
    """The journal ids that have a folder in root."""
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir()
                  if p.is_dir() and _UUID.match(p.name) and (p / DESCRIPTION).exists())


def sync_tool_folder(path: Path) -> Path | None:
    """The nearest folder at or above path that a folder-sync tool manages, if any."""
    for folder in [path, *path.parents]:
        try:
            if any((folder / marker).exists() for marker in SYNC_TOOL_MARKERS):
                return folder
        except OSError:
            continue
    return None


def is_inside(path: Path, folder: Path) -> bool:
    """True when path is folder or below it (both resolved)."""
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True
