"""The journal's typed preferences through the session: read, and written in one transaction
that is announced as the settings (and, for the check-in schedule, the check-ins) it changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from empathy_journal.domain.preferences import JournalPreferences
from empathy_journal.session.changes import Change
from empathy_journal.storage.preferences_store import (
    read_journal_preferences,
    write_journal_preferences,
)

if TYPE_CHECKING:
    from empathy_journal.session.journal_session import JournalSession

SCHEDULE_KEY = JournalPreferences.key_of("check_in_schedule")
AUTO_LOCK_KEY = JournalPreferences.key_of("auto_lock_minutes")


def journal_preferences(session: JournalSession) -> JournalPreferences:
    """The open journal's preferences (defaults for anything missing or unreadable)."""
    return read_journal_preferences(session.journal.db)


def set_journal_preferences(session: JournalSession, preferences: JournalPreferences) -> None:
    """Store every preference in one transaction; announce the keys that changed (nothing
    when none did)."""
    if not isinstance(preferences, JournalPreferences):
        raise TypeError("set_journal_preferences takes JournalPreferences")
    with session.writing():
        changed = write_journal_preferences(session.journal.db, preferences)
    if changed:
        session.announce(Change(settings=changed, check_ins=SCHEDULE_KEY in changed))
