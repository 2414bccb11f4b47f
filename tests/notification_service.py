"""A tiny org.freedesktop.Notifications service (and Background portal) for the reminder tests,
run as its own process.

``python notification_service.py BUS_ADDRESS LOG`` registers on that bus, appends every Notify
call to LOG as one JSON line, and "clicks" each notification a moment later: ActionInvoked
with "default", then NotificationClosed (reason 2, dismissed), as a desktop would. Calls of
org.freedesktop.portal.Background.RequestBackground are logged too.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusObjectPath

PATH = "/org/freedesktop/Notifications"


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class NotificationService(QObject):
    """Notify, GetCapabilities and the two signals of the specification."""

    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    def __init__(self, log: Path) -> None:
        super().__init__()
        self.log = log
        self.last_id = 40

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app_name: str, replaces_id: int, app_icon: str, summary: str,  # noqa: N802
               body: str, actions: list[str], hints: dict, timeout: int) -> int:
        self.last_id += 1
        shown = self.last_id
        with self.log.open("a", encoding="utf-8") as out:
            out.write(json.dumps({"id": shown, "app_name": app_name, "replaces_id": replaces_id,
                                  "app_icon": app_icon, "summary": summary, "body": body,
                                  "actions": list(actions), "hints": dict(hints),
                                  "timeout": timeout}) + "\n")

        def click() -> None:
            self.ActionInvoked.emit(shown, "default")
            self.NotificationClosed.emit(shown, 2)

        QTimer.singleShot(150, click)
        return shown

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:  # noqa: N802
        return ["actions", "body"]


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Background"})
class BackgroundPortal(QObject):
    """RequestBackground, answered with a request handle (the Response signal is not sent)."""

    def __init__(self, log: Path) -> None:
        super().__init__()
        self.log = log

    @Slot(str, "QVariantMap", result="QDBusObjectPath")
    def RequestBackground(self, parent_window: str, options: dict) -> QDBusObjectPath:  # noqa: N802
        with self.log.open("a", encoding="utf-8") as out:
            out.write(json.dumps({"portal": "RequestBackground", "parent_window": parent_window,
                                  "options": dict(options)}) + "\n")
        return QDBusObjectPath("/org/freedesktop/portal/desktop/request/1_1/test")


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.connectToBus(sys.argv[1], "notification-service")
    service = NotificationService(Path(sys.argv[2]))
    portal = BackgroundPortal(Path(sys.argv[2]))
    options = (QDBusConnection.RegisterOption.ExportAllSlots
               | QDBusConnection.RegisterOption.ExportAllSignals)
    if not (bus.registerObject(PATH, service, options)
            and bus.registerService("org.freedesktop.Notifications")
            and bus.registerObject("/org/freedesktop/portal/desktop", portal, options)
            and bus.registerService("org.freedesktop.portal.Desktop")):
        return 1
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
