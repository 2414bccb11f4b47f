"""One window per journal: a QLockFile beside it, and a local socket to raise the running one."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

LOCK_SUFFIX = ".lock"
RAISE_MESSAGE = b"raise\n"
CONNECT_TIMEOUT_MS = 1000


def server_name_for(journal_path: Path) -> str:
    """A per-journal, per-user socket name (the path is hashed, never shown)."""
    digest = hashlib.sha256(str(journal_path.resolve()).encode()).hexdigest()[:20]
    return f"empathy-journal-{digest}"


class SingleInstance(QObject):
    """Holds the journal's lock while the window is open and listens for later launches.

    ``acquire()`` takes the lock (a lock left by a killed process is taken over); when another
    live process holds it, ``ask_running_to_raise()`` asks that window to come to the front.
    """

    raise_requested = Signal()

    def __init__(self, journal_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock_path = journal_path.with_name(journal_path.name + LOCK_SUFFIX)
        self.lock = QLockFile(str(self.lock_path))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.name = server_name_for(journal_path)
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the lock and start listening; False when another live window holds it."""
        if not self.lock.tryLock(100):
            return False
        QLocalServer.removeServer(self.name)  # a socket left by a killed window
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.name):
            server.newConnection.connect(self._on_connection)
            self.server = server
        return True

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
        """Tell the window holding the lock to come to the front; False when it can't be told."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(RAISE_MESSAGE)
        sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        """Stop listening and remove the lock (on a clean exit)."""
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()


def bring_to_front(window: QWidget) -> None:
    """Show, un-minimise and activate a window."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
