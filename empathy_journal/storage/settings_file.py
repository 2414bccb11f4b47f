"""Reading this computer's settings.ini without Qt (the command line's language, before any window)."""

from __future__ import annotations

import configparser
from pathlib import Path

from empathy_journal.domain.preferences import ComputerPreferences

SETTINGS_FILE = "settings.ini"


def saved_computer_preferences(data_dir: Path) -> ComputerPreferences:
    """The preferences in data_dir/settings.ini as QSettings wrote them (``appearance/language``
    is ``language=`` under ``[appearance]``); defaults when the file is missing or unreadable."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    try:
        parser.read(data_dir / SETTINGS_FILE, encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error):
        return ComputerPreferences()
    stored: dict[str, str | None] = {}
    for section in parser.sections():
        for key, value in parser.items(section):
            # QSettings quotes values holding commas or spaces: "a, b"
            text = value[1:-1] if len(value) > 1 and value[0] == value[-1] == '"' else value
            stored[key if section == "General" else f"{section}/{key}"] = text
    return ComputerPreferences.from_stored(stored)


def saved_language(data_dir: Path) -> str:
    """The language chosen on this computer ("system", "en" or "de")."""
    return saved_computer_preferences(data_dir).language
