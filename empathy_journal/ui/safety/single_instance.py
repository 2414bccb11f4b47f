"""One window per journal: a QLockFile beside it, and a local socket to raise the running one."""

from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from empathy_journal.storage.locations import canonical_journal_path
from empathy_journal.storage.window_lock_files import live_window_locks, lock_path_for

# QtNetwork (about 25 ms to load) is imported when the window listens, after its first paint.
if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

RAISE_MESSAGE = b"raise\n"
CONNECT_TIMEOUT_MS = 1000
RAISE_WAIT_S = 3.0  # a window still starting listens a moment after its first paint
# On Linux the socket lives in the abstract namespace: it vanishes with its process, so a
# killed window leaves no socket file behind. Elsewhere a stale one is removed at start.
ABSTRACT = sys.platform.startswith("linux")


def server_name_for(journal_path: Path) -> str:
    """A per-journal, per-user socket name (the path is hashed, never shown)."""
    digest = hashlib.sha256(str(canonical_journal_path(journal_path)).encode()).hexdigest()[:20]
    user = os.getuid() if hasattr(os, "getuid") else 0
    return f"empathy-journal-{user}-{digest}"


def _socket_options() -> QLocalServer.SocketOption:
    from PySide6.QtNetwork import QLocalServer

    if ABSTRACT:
        return QLocalServer.SocketOption.AbstractNamespaceOption
    return QLocalServer.SocketOption.UserAccessOption


class SingleInstance(QObject):
    """Holds the journal's lock while the window is open and listens for later launches.

    ``acquire()`` takes the lock (a lock left by a killed process is taken over); when another
    live process holds it, by this name of the file or another one (a symlink, a hard link),
    ``ask_running_to_raise()`` asks that window to come to the front. Where no lock file can
    be made (a read-only place, a full disk) ``acquire()`` still succeeds and ``holds_lock``
    is False: the journal must then be opened read-only.
    """

    raise_requested = Signal()

    def __init__(self, journal_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal_path = canonical_journal_path(journal_path)
        self.lock_path = lock_path_for(self.journal_path)
        self.lock = QLockFile(str(self.lock_path))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.name = server_name_for(self.journal_path)
        self.server: QLocalServer | None = None
        self.holds_lock = False
        self._held_by_another_name = False

    def acquire(self, *, listen: bool = True) -> bool:
        """Take the lock and start listening (or, with listen False, leave that to
        :meth:`listen`); False when another live window holds it."""
        if any(lock != self.lock_path for lock in live_window_locks(self.journal_path)):
            self._held_by_another_name = True
            return False  # the same file is open under another name (a hard link)
        if not self.lock.tryLock(100):
            if self.lock.error() == QLockFile.LockError.LockFailedError:
                return False
            if listen:  # no lock file can be made here: read-only, but still raisable
                self.listen()
            return True
        self.holds_lock = True
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Listen for later launches that ask this window to come forward (once)."""
        if self.server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        if not ABSTRACT:
            QLocalServer.removeServer(self.name)  # a socket file left by a killed window
        server = QLocalServer(self)
        server.setSocketOptions(_socket_options())
        if server.listen(self.name):
            server.newConnection.connect(self._on_connection)
            self.server = server

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            arrived = socket.bytesAvailable() or socket.waitForReadyRead(CONNECT_TIMEOUT_MS)
            if arrived and RAISE_MESSAGE.strip() in bytes(socket.readAll().data()):
                self.raise_requested.emit()
            socket.disconnectFromServer()
            socket.deleteLater()

    def ask_running_to_raise(self) -> bool:
        """Tell the window holding the lock to come to the front; False when it can't be told.

        A window that has just taken the lock listens only once it is painted: it is asked
        again for up to RAISE_WAIT_S (not when it holds the file under another name)."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + (0 if self._held_by_another_name else RAISE_WAIT_S)
        while True:
            socket = QLocalSocket()
            if ABSTRACT:
                socket.setSocketOptions(QLocalSocket.SocketOption.AbstractNamespaceOption)
            socket.connectToServer(self.name)
            if socket.waitForConnected(CONNECT_TIMEOUT_MS):
                break
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)
        socket.write(RAISE_MESSAGE)
        sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        """Stop listening and remove the lock (on a clean exit)."""
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.holds_lock:
            self.lock.unlock()
            self.holds_lock = False


def bring_to_front(window: QWidget) -> None:
    """Show, un-minimise and activate a window."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
