"""Starting after login from inside a Flatpak: the Background portal writes the host's entry."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusMessage

PORTAL = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.Background"
FLATPAK_COMMAND = ["empathy-journal"]  # the manifest's `command`
FLATPAK_INFO = Path("/.flatpak-info")


def in_flatpak(environ: Mapping[str, str] | None = None, info: Path = FLATPAK_INFO) -> bool:
    """Whether the app runs in a Flatpak sandbox (whose own autostart folder no one reads)."""
    env = os.environ if environ is None else environ
    return bool(env.get("FLATPAK_ID")) or info.exists()


def reason() -> str:
    """Why the app asks to start after login (the portal may show it), in the window's language."""
    return QCoreApplication.translate("BackgroundPortal",
                                      "Start the journal after login so its reminders can come.")


def request_autostart(enabled: bool, bus: QDBusConnection | None = None) -> bool:
    """Ask the portal to start the app after login (or no longer); False when there is no
    session bus to ask. The portal may ask the person, and answers later."""
    bus = bus or QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    request = QDBusMessage.createMethodCall(PORTAL, PATH, INTERFACE, "RequestBackground")
    request.setArguments(["", {"reason": reason(), "autostart": enabled,
                               "commandline": FLATPAK_COMMAND, "dbus-activatable": False}])
    return bool(bus.send(request))
