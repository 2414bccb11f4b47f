"""Idle auto-lock: after a quiet spell the journal's content is hidden and its key dropped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.storage.errors import JournalError
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.safe_text import plain_label

if TYPE_CHECKING:
    from empathy_journal.ui.main_window import MainWindow

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})
MS_PER_MINUTE = 60_000
AUTO_LOCK_SETTING = "security.auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 10  # for encrypted journals; plain ones default to never


class IdleWatcher(QObject):
    """Emits ``idle`` after interval_ms without keyboard, mouse or touch input (0 = never)."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.set_interval(interval_ms)

    def set_interval(self, interval_ms: int) -> None:
        """Change the idle time; 0 switches auto-lock off."""
        self.timer.setInterval(max(0, interval_ms))
        self.restart()

    def restart(self) -> None:
        """Start counting from now (after input, or after unlocking)."""
        if self.timer.interval() > 0:
            self.timer.start()
        else:
            self.timer.stop()

    def pause(self) -> None:
        """Stop counting (while locked)."""
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in ACTIVITY_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


class LockScreen(QWidget):
    """What the window shows while locked: no content, a passphrase field and Unlock."""

    unlock_requested = Signal(str)

    def __init__(self, *, needs_passphrase: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel("<h2>Your journal is locked</h2>")
        self.passphrase_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName("Passphrase")
        self.passphrase_edit.setPlaceholderText("Passphrase")
        self.passphrase_edit.setMaximumWidth(320)
        self.error_label = plain_label(wordWrap=True)
        self.error_label.hide()
        self.unlock_button = QPushButton("Unlock")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.title, self.passphrase_edit, self.error_label, self.unlock_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.unlock_button.clicked.connect(self._request)
        self.passphrase_edit.returnPressed.connect(self._request)
        self.set_needs_passphrase(needs_passphrase)

    def set_needs_passphrase(self, needed: bool) -> None:
        """Show the passphrase field only for an encrypted journal."""
        self.passphrase_edit.setVisible(needed)

    def _request(self) -> None:
        typed = self.passphrase_edit.text()
        self.passphrase_edit.clear()
        self.error_label.hide()
        self.unlock_requested.emit(typed)

    def show_error(self, text: str) -> None:
        """Say why unlocking failed."""
        self.error_label.setText(text)
        self.error_label.show()
        self.passphrase_edit.setFocus()


class WindowLock(QObject):
    """Locks a window's journal: the views hidden behind a LockScreen, the file closed and the
    key dropped (``Journal.lock``), every action disabled until the right passphrase is typed.
    """

    lock_changed = Signal(bool)

    def __init__(self, window: MainWindow, journal: Journal, *, encrypted: bool) -> None:
        super().__init__(window)
        self.window, self.journal, self.encrypted = window, journal, encrypted
        self._disabled: list[QAction] = []
        self._view_before_lock: QWidget | None = None
        self.screen = LockScreen(needs_passphrase=encrypted)
        window.views.addWidget(self.screen)
        self.screen.unlock_requested.connect(self.unlock)
        self.idle = IdleWatcher(self.minutes() * MS_PER_MINUTE, self)
        self.idle.idle.connect(self.lock)

    def minutes(self) -> int:
        """Minutes of idle time before locking (0: never)."""
        default = DEFAULT_AUTO_LOCK_MINUTES if self.encrypted else 0
        try:
            raw = self.journal.repository.get_setting(AUTO_LOCK_SETTING)
            return max(0, int(raw)) if raw is not None else default
        except (ValueError, JournalError):
            return default

    def set_minutes(self, minutes: int) -> None:
        """Store the idle time in the journal and apply it."""
        if not self.journal.read_only:
            try:
                self.journal.repository.set_setting(AUTO_LOCK_SETTING, str(minutes))
            except JournalError as error:
                self.window.save_state.setText(str(error))
        self.idle.set_interval(minutes * MS_PER_MINUTE)

    def lock(self) -> None:
        """Save, hide the content, close the file and drop the key."""
        if self.journal.path is None or self.journal.locked:
            return
        self.window.save_before_quit()
        self.window.autosave.discard()
        self._disabled = [a for a in self.window.actions() if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        self._view_before_lock = self.window.views.currentWidget()
        self.journal.lock()
        self.screen.set_needs_passphrase(self.encrypted)
        self.window.views.setCurrentWidget(self.screen)
        self.idle.pause()
        self.lock_changed.emit(True)

    def unlock(self, typed: str) -> bool:
        """Open the file again with the typed passphrase (ignored for a plain journal)."""
        if self.encrypted and not typed:
            self.screen.show_error("Type the passphrase first.")
            return False
        try:
            self.journal.unlock(typed if self.encrypted else None)
        except JournalError as error:
            self.screen.show_error(str(error))
            return False
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        self.window.views.setCurrentWidget(self._view_before_lock or self.window.page)
        self.window.reload()
        self.idle.restart()
        self.lock_changed.emit(False)
        return True
