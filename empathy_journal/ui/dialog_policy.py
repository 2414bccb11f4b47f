"""Whether a modal question can be asked at all (not on headless Qt platforms)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal"})


def can_show_dialogs() -> bool:
    """False where a modal box would wait forever for a click nobody can make."""
    return QGuiApplication.platformName() not in HEADLESS_PLATFORMS
