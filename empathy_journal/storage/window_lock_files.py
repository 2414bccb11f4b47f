"""The window's lock files: one per journal file, whatever name (symlink, hard link) it is opened by."""

from __future__ import annotations

import os
from pathlib import Path

from empathy_journal.storage.locations import canonical_journal_path

LOCK_SUFFIX = ".lock"

def lock_path_for(journal_path: Path) -> Path:
    """The lock file the window holds while it shows this journal (beside the real file)."""
    real = canonical_journal_path(journal_path)
    return real.with_name(real.name + LOCK_SUFFIX)


def lock_holder_alive(lock: Path) -> bool:
    """True when lock names a process that is still running (a killed window's lock is not)."""
    try:
        pid = int(lock.read_text(encoding="utf-8", errors="replace").split()[0])
    except (OSError, ValueError, IndexError):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but another user's
        return True
    except OSError:
        return False
    return True


def live_window_locks(journal_path: Path) -> list[Path]:
    """Lock files of running windows on this very file: its own lock, and those beside other
    names of it in the same folder (hard links share the device and inode)."""
    own = lock_path_for(journal_path)
    found = [own] if lock_holder_alive(own) else []
    real = canonical_journal_path(journal_path)
    try:
        identity = real.stat()
        siblings = list(real.parent.glob("*" + LOCK_SUFFIX))
    except OSError:
        return found
    for lock in siblings:
        other = lock.with_name(lock.name.removesuffix(LOCK_SUFFIX))
        if lock == own or not _same_file(other, identity):
            continue
        if lock_holder_alive(lock):
            found.append(lock)
    return found


def _same_file(path: Path, identity: os.stat_result) -> bool:
    try:
        found = path.stat()
    except OSError:
        return False
    return (found.st_dev, found.st_ino) == (identity.st_dev, identity.st_ino)
