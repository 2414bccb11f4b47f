"""Reminders as freedesktop notifications over the session bus, for desktops without a tray."""

from __future__ import annotations

import logging

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

from empathy_journal import APP_ID, APP_NAME
from empathy_journal.ui.reminders.reminder_text import ReminderMessage, ReminderTarget

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
DEFAULT_ACTION = "default"  # the spec's name for clicking the notification itself
REPLY_TIMEOUT_MS = 3000  # a hung notification service must not hold the window for long
log = logging.getLogger(__name__)


def session_bus() -> QDBusConnection:
    """This login's session bus (not connected when there is none)."""
    return QDBusConnection.sessionBus()


class DesktopNotifications(QObject):
    """Notify with a "default" action; ActionInvoked on one of ours asks for its target,
    NotificationClosed forgets it. Every failure means "not available", never an error."""

    clicked = Signal(object)  # the ReminderTarget

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._targets: dict[int, ReminderTarget] = {}
        self._listening = False
        self.sent: list[ReminderMessage] = []  # what this run sent, newest last

    def bus(self) -> QDBusConnection:
        """The connection notifications go over (the session bus unless one was given)."""
        if self._bus is None:
            self._bus = session_bus()
        return self._bus

    def available(self) -> bool:
        """Whether the session bus has a notification service (running or activatable)."""
        bus = self.bus()
        if not bus.isConnected():
            return False
        registered = bus.interface().isServiceRegistered(SERVICE)
        if registered.isValid() and registered.value():
            return True
        names = bus.call(QDBusMessage.createMethodCall(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
            "ListActivatableNames"))
        arguments = names.arguments() if names.type() == QDBusMessage.MessageType.ReplyMessage \
            else []
        return bool(arguments) and SERVICE in (arguments[0] or [])

    def _listen(self, bus: QDBusConnection) -> None:
        if self._listening:
            return
        self._listening = bool(
            bus.connect("", PATH, INTERFACE, "ActionInvoked", self,
                        "2_action_invoked(uint,QString)")
            & bus.connect("", PATH, INTERFACE, "NotificationClosed", self,
                          "2_closed(uint,uint)"))

    def deliver(self, message: ReminderMessage, target: ReminderTarget) -> bool:
        """Send message as a notification; False when the service did not take it."""
        bus = self.bus()
        if not bus.isConnected():
            return False
        self._listen(bus)
        service = QDBusInterface(SERVICE, PATH, INTERFACE, bus)
        if not service.isValid():
            return False
        service.setTimeout(REPLY_TIMEOUT_MS)
        try:  # typed through the introspected interface: replaces_id must go as uint32
            notification_id = QMetaObject.invokeMethod(
                service, "Notify", Qt.ConnectionType.DirectConnection, Q_RETURN_ARG("uint"),
                Q_ARG(str, APP_NAME), Q_ARG("uint", 0), Q_ARG(str, APP_ID),
                Q_ARG(str, message.title), Q_ARG(str, message.body),
                Q_ARG("QStringList", [DEFAULT_ACTION, self.tr("Open journal")]),
                Q_ARG("QVariantMap", {"desktop-entry": APP_ID}), Q_ARG(int, -1))
        except (RuntimeError, TypeError) as error:
            log.log(logging.WARNING, "the notification service refused a reminder: %s", error)
            return False
        if not notification_id:
            return False
        self._targets[int(notification_id)] = target
        self.sent.append(message)
        return True

    @Slot("uint", str)
    def _action_invoked(self, notification_id: int, action: str) -> None:
        target = self._targets.pop(notification_id, None)
        if target is not None and action == DEFAULT_ACTION:
            self.clicked.emit(target)

    @Slot("uint", "uint")
    def _closed(self, notification_id: int, _reason: int) -> None:
        self._targets.pop(notification_id, None)
