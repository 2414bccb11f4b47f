"""What this computer's reminders remember between runs: the last evening and follow-up date handled."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings

from empathy_journal.storage.safe_files import create_private

EVENING_KEY = "reminders/evening_handled"
FOLLOW_UPS_KEY = "reminders/follow_ups_reminded"


def _day(text: object) -> date | None:
    """A stored ISO date, or None when missing or not one (never trust what is read back)."""
    if not isinstance(text, str):
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


class ReminderState:
    """Two dates in reminders.ini beside the journal data (kept only in memory without a
    folder): the last day whose evening reminder was delivered or acknowledged, and the last
    due date whose follow-ups were reminded. Nothing personal is kept."""

    def __init__(self, folder: Path | None) -> None:
        self._memory: dict[str, str] = {}
        self._settings: QSettings | None = None
        if folder is not None:
            path = folder / "reminders.ini"
            with contextlib.suppress(OSError):
                create_private(path)
            self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _read(self, key: str) -> date | None:
        if self._settings is None:
            return _day(self._memory.get(key))
        return _day(self._settings.value(key, None))

    def _write(self, key: str, day: date) -> None:
        if self._settings is None:
            self._memory[key] = day.isoformat()
            return
        self._settings.setValue(key, day.isoformat())
        self._settings.sync()

    def evening_handled(self) -> date | None:
        """The last day whose evening reminder was delivered or acknowledged."""
        return self._read(EVENING_KEY)

    def set_evening_handled(self, day: date) -> None:
        """Remember that day's evening reminder (and every earlier one) as handled."""
        self._write(EVENING_KEY, day)

    def follow_ups_reminded(self) -> date | None:
        """The last due date whose follow-ups were reminded."""
        return self._read(FOLLOW_UPS_KEY)

    def set_follow_ups_reminded(self, day: date) -> None:
        """Remember that the follow-ups due on day were reminded."""
        self._write(FOLLOW_UPS_KEY, day)
