"""Which way a reminder reaches the person: the tray, a desktop notification, or a line."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    """How a reminder is delivered."""

    TRAY = "tray"  # QSystemTrayIcon.showMessage: the desktop has a system tray
    NOTIFICATION = "notification"  # org.freedesktop.Notifications over the session bus
    LINE = "line"  # a quiet line on the journal page


def choose_channel(*, running_at_the_time: bool, tray_available: bool,
                   notifications_available: bool) -> Channel:
    """The tray where the desktop has one, else a desktop notification where the session bus
    offers the service, else the line; a reminder whose time passed while the app was not
    running is always the line (a pop-up about yesterday at start-up would only startle)."""
    if not running_at_the_time:
        return Channel.LINE
    if tray_available:
        return Channel.TRAY
    if notifications_available:
        return Channel.NOTIFICATION
    return Channel.LINE
