"""Typed access to the per-user window settings kept in QSettings (never in the journal)."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from empathy_journal.domain.preferences import ComputerPreferences
from empathy_journal.storage.safe_files import create_private


class PreferenceSignals(QObject):
    """Announces this computer's preferences after they change (the window's features follow)."""

    changed = Signal(object)  # the new ComputerPreferences


def _read_preferences(settings: QSettings) -> ComputerPreferences:
    keys = ComputerPreferences().to_stored()
    stored = {key: settings.value(key, None, type=str) or None for key in keys}
    return ComputerPreferences.from_stored(stored)


class WindowSettings:
    """This computer's typed preferences (domain.preferences.ComputerPreferences) and the
    window's own state (geometry, pane sizes), in an INI file beside the journal data."""

    def __init__(self, data_dir: Path | None) -> None:
        # None: a journal without a folder (in memory) keeps its settings for this run only
        self._scratch = tempfile.TemporaryDirectory() if data_dir is None else None
        path = Path(self._scratch.name if self._scratch else data_dir) / "settings.ini"
        with contextlib.suppress(OSError):  # owner-only from the start; Qt keeps the mode
            create_private(path)
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)
        self.signals = PreferenceSignals()

    def computer_preferences(self) -> ComputerPreferences:
        """This computer's preferences (defaults for anything missing or unreadable)."""
        return _read_preferences(self._settings)

    def set_computer_preferences(self, preferences: ComputerPreferences) -> None:
        """Store this computer's preferences and announce them when they changed."""
        if preferences == self.computer_preferences():
            return
        for key, text in preferences.to_stored().items():
            self._settings.setValue(key, text)
        self._settings.sync()
        self.signals.changed.emit(preferences)

    def geometry(self) -> QByteArray | None:
        """Saved window geometry, if any."""
        value = self._settings.value("window/geometry", None, type=QByteArray)
        return value if value and not value.isEmpty() else None

    def set_geometry(self, geometry: QByteArray) -> None:
        """Remember the window geometry."""
        self._settings.setValue("window/geometry", geometry)

    def splitter_state(self) -> QByteArray | None:
        """Saved sizes of the journal page's panes."""
        value = self._settings.value("window/splitter", None, type=QByteArray)
        return value if value and not value.isEmpty() else None

    def set_splitter_state(self, state: QByteArray) -> None:
        """Remember the pane sizes."""
        self._settings.setValue("window/splitter", state)

    @staticmethod
    def saved_preferences(data_dir: Path) -> ComputerPreferences:
        """The preferences kept in data_dir's settings, read without creating the file (for
        the unlock dialog, shown before the journal and its settings are open)."""
        path = data_dir / "settings.ini"
        if not path.exists():
            return ComputerPreferences()
        return _read_preferences(QSettings(str(path), QSettings.Format.IniFormat))

    def theme(self) -> str:
        """'system', 'light' or 'dark'."""
        return self.computer_preferences().theme

    def set_theme(self, theme: str) -> None:
        """Choose the theme."""
        self.set_computer_preferences(self.computer_preferences().changed(theme=theme))

    def follow_ups_collapsed(self) -> bool:
        """Whether the sidebar's follow-ups card shows only its header (folded by default)."""
        return self._settings.value("sidebar/follow_ups_collapsed", True, type=bool)

    def set_follow_ups_collapsed(self, collapsed: bool) -> None:
        """Remember whether the follow-ups card is folded."""
        self._settings.setValue("sidebar/follow_ups_collapsed", collapsed)

    def welcomed(self) -> bool:
        """Whether the first-run welcome was shown."""
        return self._settings.value("first_run/welcomed", False, type=bool)

    def set_welcomed(self) -> None:
        """Remember that the welcome was shown."""
        self._settings.setValue("first_run/welcomed", True)

    def sync(self) -> None:
        """Write pending settings to disk."""
        self._settings.sync()
