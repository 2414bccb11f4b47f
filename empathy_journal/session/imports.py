"""Importing into a session: one transaction for the whole batch, then one announcement."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from empathy_journal.domain.translation import N_
from empathy_journal.interchange.batch import ImportBatch, ImportResult
from empathy_journal.interchange.importer import import_batch
from empathy_journal.session.changes import Change
from empathy_journal.storage.errors import JournalBusyError, busy_try_again

if TYPE_CHECKING:
    from empathy_journal.session.journal_session import JournalSession


def import_into(session: JournalSession, batch: ImportBatch, **options: Any) -> ImportResult:
    """Write batch in one transaction (all or nothing) and announce that entries arrived.

    A busy journal is not retried (unlike the autosave), so the message says to try again.
    """
    try:
        with session.writing():
            result = import_batch(session.journal, batch, **options)
    except JournalBusyError as error:
        raise busy_try_again(error, N_("imported")) from error
    if result.added or result.updated or result.attached:
        session.announce(Change.everything())
    return result
