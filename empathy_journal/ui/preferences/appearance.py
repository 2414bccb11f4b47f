"""How this computer's preferences look on screen: the theme (following the desktop live when
it is "system"), the text size, and the date format and week start of every date shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from empathy_journal.domain.preferences import ComputerPreferences
from empathy_journal.ui import dates
from empathy_journal.ui.theme import (
    DARK,
    LIGHT,
    apply_theme,
    base_point_size,
    system_prefers_dark,
)

if TYPE_CHECKING:
    from empathy_journal.ui.main_window import MainWindow
    from empathy_journal.ui.settings import WindowSettings

PLATFORM_POINT_SIZE = "empathyJournalPlatformPointSize"  # the app property keeping it


def platform_point_size(app: QApplication) -> float:
    """The application font's size before any text size was chosen (remembered on the app)."""
    kept = app.property(PLATFORM_POINT_SIZE)
    if isinstance(kept, float) and kept > 0:
        return kept
    size = base_point_size(app)
    app.setProperty(PLATFORM_POINT_SIZE, float(size))
    return size


def apply_text_scale(app: QApplication, percent: int) -> float:
    """Make the application font percent of the platform's size; returns the size it had
    before, in points (even when it was given in pixels)."""
    size = round(platform_point_size(app) * percent / 100, 1)
    before = base_point_size(app)
    font = app.font()
    if font.pointSizeF() != size:
        font.setPointSizeF(size)
        app.setFont(font)
    return before


def scale_own_fonts(app: QApplication, before: float) -> None:
    """Widgets given a font of their own (a smaller hint, a heading) grow or shrink as the
    application font did from before (after the style sheet is applied, which polishes
    every widget's font again)."""
    ratio = base_point_size(app) / before if before > 0 else 1.0
    if abs(ratio - 1.0) < 0.001:
        return
    for widget in app.allWidgets():
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            continue  # it follows the application font by itself
        own = widget.font()
        if own.pointSizeF() > 0:
            own.setPointSizeF(round(own.pointSizeF() * ratio, 1))
        elif own.pixelSize() > 0:
            own.setPixelSize(max(1, round(own.pixelSize() * ratio)))
        widget.setFont(own)


def wants_dark(choice: str, scheme: Qt.ColorScheme | None = None) -> bool:
    """Whether theme choice means dark now; for "system", the desktop's colour scheme (scheme
    when the desktop just announced it)."""
    if choice == "system":
        return scheme == Qt.ColorScheme.Dark if scheme is not None else system_prefers_dark()
    return choice == "dark"


def apply_appearance(app: QApplication, preferences: ComputerPreferences,
                     scheme: Qt.ColorScheme | None = None) -> None:
    """Give the application the chosen text size and theme (the style sheet's sizes follow
    the font, so the size goes first)."""
    before = apply_text_scale(app, preferences.text_scale)
    apply_theme(app, DARK if wants_dark(preferences.theme, scheme) else LIGHT)
    scale_own_fonts(app, before)


class AppearanceFollower(QObject):
    """Keeps a window looking as this computer's preferences say, live: a changed theme or text
    size is applied to the application at once, "system" follows the desktop's colour scheme
    as it changes, and a changed date format or week start rewrites every date shown."""

    def __init__(self, window: MainWindow, settings: WindowSettings) -> None:
        super().__init__(window)
        self.window = window
        self.applied = settings.computer_preferences()
        dates.use_preferences(self.applied)
        settings.signals.changed.connect(self.follow_preferences)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.follow_desktop)

    def follow_preferences(self, preferences: ComputerPreferences) -> None:
        """Apply what changed in this computer's preferences."""
        before, self.applied = self.applied, preferences
        if (before.theme, before.text_scale) != (preferences.theme, preferences.text_scale):
            self._restyle(None)
        if dates.use_preferences(preferences):
            self.window.show_dates_again()

    def follow_desktop(self, scheme: Qt.ColorScheme) -> None:
        """The desktop switched between light and dark: follow it when the theme is "system"."""
        if self.applied.theme == "system":
            self._restyle(scheme)

    def _restyle(self, scheme: Qt.ColorScheme | None) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, self.applied, scheme)
            self.window.follow_theme()
