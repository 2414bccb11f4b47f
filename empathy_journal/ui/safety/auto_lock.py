"""Idle auto-lock: after a quiet spell the journal's content is hidden and its key dropped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.preferences import DEFAULT_AUTO_LOCK_MINUTES
from empathy_journal.session.changes import Change
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.session.preferences import AUTO_LOCK_KEY
from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.safe_text import plain_label

if TYPE_CHECKING:
    from empathy_journal.ui.main_window import MainWindow

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})
MS_PER_MINUTE = 60_000


class IdleWatcher(QObject):
    """Emits ``idle`` after interval_ms without keyboard, mouse or touch input (0 = never)."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        self._watching = False
        self.set_interval(interval_ms)

    def set_interval(self, interval_ms: int) -> None:
        """Change the idle time; 0 switches auto-lock off (and stops watching the input: an
        application-wide filter sees every event of every widget)."""
        self.timer.setInterval(max(0, interval_ms))
        app = QApplication.instance()
        if app is not None and self._watching != (interval_ms > 0):
            self._watching = interval_ms > 0
            if self._watching:
                app.installEventFilter(self)
            else:
                app.removeEventFilter(self)
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
        self.title = QLabel("<h2>{}</h2>".format(self.tr("Your journal is locked")))
        self.passphrase_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_edit.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase_edit.setMaximumWidth(320)
        self.error_label = plain_label(wordWrap=True)
        self.error_label.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"))
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
    """The window's side of the session's lock: the lock screen, the idle timer, unlocking.

    Locking goes through ``MainWindow.lock`` (save first, then ``JournalSession.lock``), from
    Ctrl+L or the idle timer alike; the window hides its content when the session says it is
    locked, and shows it again once the right passphrase opens the file.
    """

    def __init__(self, window: MainWindow, session: JournalSession) -> None:
        super().__init__(window)
        self.window, self.session = window, session
        self.encrypted = session.encrypted
        self.screen = LockScreen(needs_passphrase=self.encrypted)
        window.views.addWidget(self.screen)
        window.lock_screen = self.screen
        self.screen.unlock_requested.connect(self.unlock)
        self.idle = IdleWatcher(self.minutes() * MS_PER_MINUTE, self)
        self.idle.idle.connect(self.lock)
        window.signals.lock_changed.connect(self._follow_lock)
        window.signals.journal_changed.connect(self._follow_change)

    def minutes(self) -> int:
        """Minutes of idle time before locking (0: never), from the journal's preferences."""
        try:
            return self.session.journal_preferences().auto_lock_after(encrypted=self.encrypted)
        except JournalError:
            return DEFAULT_AUTO_LOCK_MINUTES if self.encrypted else 0

    def set_minutes(self, minutes: int) -> None:
        """Store the idle time in the journal's preferences and apply it (ValueError when
        minutes is outside what they allow)."""
        if not self.session.read_only:
            chosen = self.session.journal_preferences().changed(auto_lock_minutes=minutes)
            try:
                self.session.set_journal_preferences(chosen)
            except JournalError as error:
                self.window.save_state.setText(str(error))
        self.idle.set_interval(minutes * MS_PER_MINUTE)

    def _follow_change(self, change: Change) -> None:
        """Use a new auto-lock time at once, wherever it was chosen."""
        if (AUTO_LOCK_KEY in change.settings or change.whole_journal) and not self.session.locked:
            self.idle.set_interval(self.minutes() * MS_PER_MINUTE)

    def lock(self) -> None:
        """Save, then lock the session (Ctrl+L and the idle timer)."""
        self.window.lock()

    def unlock(self, typed: str) -> bool:
        """Open the file again with the typed passphrase (ignored for a plain journal)."""
        if not self.session.locked:
            return True
        if self.encrypted and not typed:
            self.screen.show_error(self.tr("Type the passphrase first."))
            return False
        try:
            self.session.unlock(typed if self.encrypted else None)
        except JournalError as error:
            self.screen.show_error(str(error))
            return False
        return True

    def _follow_lock(self, locked: bool) -> None:
        if locked:
            self.screen.set_needs_passphrase(self.encrypted)
            self.screen.passphrase_edit.setFocus()
            self.idle.pause()
        else:
            self.screen.error_label.hide()
            self.idle.restart()
