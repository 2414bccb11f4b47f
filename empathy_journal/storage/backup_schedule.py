"""When automatic backups happen: once per day of use and on every clean exit."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from empathy_journal.domain.translation import _
from empathy_journal.storage.backup import (
    AUTOMATIC_LABEL,
    BackupError,
    RetentionPolicy,
    list_backups,
    make_backup,
)
from empathy_journal.storage.cipher import connect_file
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.journal_database import JournalDatabase
from empathy_journal.storage.preferences_store import (
    read_journal_preferences,
    write_journal_preferences,
)
from empathy_journal.storage.sql import writing


def retention_policy(journal: Journal) -> RetentionPolicy:
    """The journal's retention policy, from its typed preferences (keep_daily, keep_weekly)."""
    preferences = read_journal_preferences(journal.db)
    return RetentionPolicy(daily=preferences.keep_daily, weekly=preferences.keep_weekly)


def set_retention_policy(journal: Journal, policy: RetentionPolicy) -> None:
    """Store how many daily and weekly automatic backups to keep (ValueError when a count is
    outside what the preferences allow)."""
    chosen = read_journal_preferences(journal.db).changed(keep_daily=policy.daily,
                                                          keep_weekly=policy.weekly)
    with writing(journal.db, journal.path):
        write_journal_preferences(journal.db, chosen)


def daily_backup_due(
    journal_path: Path, *, now: datetime | None = None, tz: tzinfo | None = None
) -> bool:
    """True when no automatic backup was taken on today's (local) date yet."""
    today = (now or datetime.now(UTC)).astimezone(tz).date()
    return not any(b.automatic and b.taken_utc.astimezone(tz).date() == today
                   for b in list_backups(journal_path, with_counts=False))


def automatic_backup(
    journal: Journal, *, now: datetime | None = None, tz: tzinfo | None = None
) -> Path | None:
    """Write a rotated automatic backup (for a clean exit); None for in-memory or read-only.

    Raises BackupError when the copy fails; the earlier backups are then untouched.
    """
    if journal.path is None or journal.read_only:
        return None
    return make_backup(journal.db, journal.path, label=AUTOMATIC_LABEL, now=now,
                       policy=retention_policy(journal), tz=tz)


def backup_if_due(
    journal: Journal, *, now: datetime | None = None, tz: tzinfo | None = None
) -> Path | None:
    """The once-a-day backup at start: written only when none exists for today."""
    if journal.path is None or not daily_backup_due(journal.path, now=now, tz=tz):
        return None
    return automatic_backup(journal, now=now, tz=tz)


def backup_if_due_separately(
    journal_path: Path, passphrase: str | None, policy: RetentionPolicy, *,
    now: datetime | None = None, tz: tzinfo | None = None,
) -> Path | None:
    """The once-a-day backup through a read-only connection of its own, for another thread.

    ``VACUUM INTO`` copies a consistent snapshot while the window's connection keeps saving
    (WAL: readers never block the writer). The connection is opened, used and closed in the
    calling thread; policy is read beforehand on the session's own connection.
    """
    if not daily_backup_due(journal_path, now=now, tz=tz):
        return None
    try:
        conn = connect_file(journal_path, passphrase, read_only=True)
    except sqlite3.Error as error:
        raise BackupError(str(error)) from error
    try:
        return make_backup(JournalDatabase(conn), journal_path,
                           label=AUTOMATIC_LABEL, now=now, policy=policy, tz=tz)
    finally:
        conn.close()


def describe_backup_failure(error: BackupError) -> str:
    """A plain sentence for a failed automatic backup."""
    return _("The backup could not be written ({error}). Your journal and your earlier "
             "backups are unchanged.").format(error=error)
