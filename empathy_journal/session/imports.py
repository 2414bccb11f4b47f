"""Importing into a session: one transaction for the whole batch, then one announcement."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from empathy_journal.interchange.batch import ImportBatch, ImportResult
from empathy_journal.interchange.importer import import_batch
from empathy_journal.session.changes import Change

if TYPE_CHECKING:
    from empathy_journal.session.journal_session import JournalSession


def import_into(session: JournalSession, batch: ImportBatch, **options: Any) -> ImportResult:
    """Write batch in one transaction (all or nothing) and announce that entries arrived."""
    with session.writing():
        result = import_batch(session.journal, batch, **options)
    if result.added or result.updated:
        session.announce(Change.everything())
    return result
