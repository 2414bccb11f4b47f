"""One sync of a journal at a time: a lock file beside the journal (``<name>.sync-lock``).

Two ``sync`` commands, or the window and a command, never sync one journal at once. On POSIX
the lock is an ``flock`` on the file, which the system releases when its holder ends however
it ends (``kill -9`` included), so a lock is never stale; elsewhere the file is created with
``O_EXCL`` and holds its process id, and a lock whose process is gone is taken over. The file
says who holds it (a process id and "window" or "command"), for the message of the one that
waits.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from empathy_journal.domain.translation import _

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

SYNC_LOCK_SUFFIX = ".sync-lock"
POLL_SECONDS = 0.1


class SyncBusy(Exception):
    """Another sync of this journal is running; the message says so in plain words, holder
    names who runs it ("an 'empathy-journal sync' command (process 4242)")."""

    def __init__(self, message: str, holder: str) -> None:
        super().__init__(message)
        self.holder = holder


def sync_lock_path(journal_path: Path) -> Path:
    """The lock file of a journal's syncs (beside the real file, whatever name opened it)."""
    real = journal_path.resolve()
    return real.with_name(real.name + SYNC_LOCK_SUFFIX)


def _holder(lock: Path) -> tuple[int | None, str]:
    try:
        pid, _, who = lock.read_text("utf-8", errors="replace").strip().partition(" ")
        return int(pid), who or "another program"
    except (OSError, ValueError):
        return None, "another program"


def _alive(pid: int | None) -> bool:
    if pid is None:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # alive but another user's (PermissionError), or cannot tell
        return True
    return True


def _try_flock(lock: Path, who: str) -> int | None:
    descriptor = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(descriptor)
        return None
    os.ftruncate(descriptor, 0)
    os.write(descriptor, f"{os.getpid()} {who}\n".encode())
    return descriptor


def _try_exclusive(lock: Path, who: str) -> int | None:
    for _attempt in range(2):
        try:
            descriptor = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pid, _ = _holder(lock)
            if _alive(pid):
                return None
            lock.unlink(missing_ok=True)  # its holder is gone: a stale lock
            continue
        os.write(descriptor, f"{os.getpid()} {who}\n".encode())
        return descriptor
    return None


def holder_text(lock: Path) -> str:
    """Who holds the lock, in words: "an 'empathy-journal sync' command (process 4242)"."""
    pid, who = _holder(lock)
    holder = {"window": _("the journal window"), "command": _("an 'empathy-journal sync' command")
              }.get(who, _("another program"))
    return _("{holder} (process {pid})").format(holder=holder, pid=pid) if pid else holder


def busy(lock: Path, waited: float) -> SyncBusy:
    """The error of the sync that did not get the lock."""
    holder = holder_text(lock)
    if waited >= 1:
        message = _("Another sync of this journal is running in {holder}; this one waited for "
                    "{seconds} s and gave up. Nothing was changed; sync again once it is done.")
    else:
        message = _("Another sync of this journal is running in {holder}; this one waited and "
                    "gave up. Nothing was changed; sync again once it is done.")
    return SyncBusy(message.format(holder=holder, seconds=f"{waited:.0f}"), holder)


@contextmanager
def holding_sync_lock(journal_path: Path | None, who: str, *, wait: float = 0.0,
                      waiting: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the journal's sync lock; wait up to wait seconds for it (telling waiting once),
    then raise SyncBusy. A journal in memory needs no lock."""
    if journal_path is None:
        yield
        return
    lock = sync_lock_path(journal_path)
    take = _try_flock if fcntl is not None else _try_exclusive
    start = time.monotonic()
    descriptor = take(lock, who)
    told = False
    while descriptor is None:
        waited = time.monotonic() - start
        if waited >= wait:
            raise busy(lock, waited)
        if waiting is not None and not told:
            pid, _who = _holder(lock)
            waiting(_("Waiting for another sync of this journal to finish (process {pid})…").format(
                pid=pid) if pid else _("Waiting for another sync of this journal to finish…"))
            told = True
        time.sleep(POLL_SECONDS)
        descriptor = take(lock, who)
    try:
        yield
    finally:
        if fcntl is not None:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
            os.close(descriptor)
        else:
            os.close(descriptor)
            lock.unlink(missing_ok=True)
