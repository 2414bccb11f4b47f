"""Journal.lock() closes the file and refuses use plainly; unlock() reopens behind the same object."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from empathy_journal.domain.entry import new_entry
from empathy_journal.storage.cipher import WrongPassphraseError
from empathy_journal.storage.journal import Journal, JournalLockedError


def test_locked_journal_refuses_then_reopens(journal_path: Path) -> None:
    journal = Journal.open(journal_path, passphrase="key one")
    repository = journal.repository
    uuid = repository.save_entry(replace(new_entry(date(2026, 11, 1)), body="hello")).uuid
    journal.lock()
    assert journal.locked
    with pytest.raises(JournalLockedError, match="locked; unlock it to continue"):
        repository.get_entry(uuid)
    with pytest.raises(WrongPassphraseError):
        journal.unlock("key two")
    assert journal.locked
    journal.unlock("key one")
    stored = repository.get_entry(uuid)  # the same repository object works again
    assert stored is not None and stored.body == "hello"
    journal.close()


def test_in_memory_journal_is_never_locked() -> None:
    journal = Journal.open(None)
    journal.lock()
    assert not journal.locked
    journal.close()
