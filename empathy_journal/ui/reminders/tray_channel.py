"""Reminders through the system tray: a message from the app's tray icon, clicked to open."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from empathy_journal.domain.resources import resource_path
from empathy_journal.ui.reminders.reminder_text import ReminderMessage, ReminderTarget

MESSAGE_MS = 15_000


class TrayChannel(QObject):
    """The tray icon appears with a reminder and leaves once it is clicked; clicking the
    message (or the icon) asks for the reminder's target."""

    clicked = Signal(object)  # the ReminderTarget

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon: QSystemTrayIcon | None = None
        self.target: ReminderTarget | None = None
        self.message: ReminderMessage | None = None

    @staticmethod
    def available() -> bool:
        """Whether this desktop has a system tray."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def _make_icon(self) -> QSystemTrayIcon:
        picture = QApplication.windowIcon()
        if picture.isNull():
            picture = QIcon(str(resource_path("empathy-journal.svg")))
        icon = QSystemTrayIcon(picture, self)
        icon.setToolTip(QApplication.applicationDisplayName() or "Empathy Journal")
        icon.messageClicked.connect(self._clicked)
        icon.activated.connect(lambda _reason: self._clicked())
        return icon

    def deliver(self, message: ReminderMessage, target: ReminderTarget) -> None:
        """Show message from the tray icon (the newest reminder replaces an older one)."""
        if self.icon is None:
            self.icon = self._make_icon()
        self.target, self.message = target, message
        self.icon.show()
        self.icon.showMessage(message.title, message.body,
                              QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    def _clicked(self) -> None:
        target, self.target = self.target, None
        if self.icon is not None:
            self.icon.hide()
        if target is not None:
            self.clicked.emit(target)
