"""Sync as one more writer of the session: one transaction, then one announcement of what
arrived (docs/sync.md)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from empathy_journal.session.changes import Change
from empathy_journal.sync import SyncOutcome, choose_place, sync_journal

if TYPE_CHECKING:
    from empathy_journal.session.journal_session import JournalSession

# More entries than this changed: the views re-read what they show instead.
NAMED_ENTRIES_LIMIT = 200


def apply_sync(session: JournalSession, folder: Path | None = None, *,
               now_ms: Callable[[], int] | None = None) -> SyncOutcome:
    """Sync the session's journal with folder (None: the remembered one) and announce it."""
    repository = session.journal.repository
    db = session.journal.db
    with session.writing():
        place = choose_place(db, session.path, folder)
    with session.writing():
        outcome = sync_journal(db, session.path, place, passphrase=session.passphrase,
                               now_ms=now_ms)
        changed = outcome.report.changed
        entries = changed.get("entry", set())
        change = None
        if len(entries) > NAMED_ENTRIES_LIMIT:
            change = Change.everything()
        elif changed:
            summaries = {}
            for day in outcome.report.days:
                for summary in repository.entries_between(day, day):
                    summaries[summary.uuid] = summary
            ratings = {day: None for day in outcome.report.days}
            for day in outcome.report.days:
                found = repository.daily_ratings(day, day)
                ratings[day] = found[0] if found else None
            change = Change(
                entries={uuid: summaries.get(uuid) for uuid in entries}, days=ratings,
                people=bool(changed.keys() & {"person", "value"}) or bool(entries),
                follow_ups=bool(entries), practices=bool(changed.keys() & {"practice"}))
    if change is not None:
        session.announce(change)
    return outcome
