"""The journal's typed preferences (domain.preferences.JournalPreferences) read from and written
to its settings table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from empathy_journal.domain.preferences import JournalPreferences
from empathy_journal.storage.sql import settings_value, store_setting

if TYPE_CHECKING:
    from sqlite_utils import Database


def read_journal_preferences(db: Database) -> JournalPreferences:
    """The journal's preferences; anything missing or unreadable falls back to its default."""
    keys = JournalPreferences.stored_keys()
    return JournalPreferences.from_stored({key: settings_value(db, key) for key in keys})


def write_journal_preferences(db: Database, preferences: JournalPreferences) -> frozenset[str]:
    """Store every preference (inside the caller's transaction); returns the keys whose stored
    text changed."""
    changed = set()
    for key, text in preferences.to_stored().items():
        if settings_value(db, key) != text:
            store_setting(db, key, text)
            changed.add(key)
    return frozenset(changed)
