"""Opening the journal for the window: lock, passphrase from the environment, start-up repair."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from empathy_journal.domain.entry import new_entry
from empathy_journal.storage.backup import make_backup
from empathy_journal.storage.cipher import PassphraseRequiredError
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.safety.safe_start import PASSPHRASE_ENV, AlreadyRunning, start_journal


@pytest.fixture(autouse=True)
def _no_passphrase_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)


def test_damaged_journal_is_repaired_while_starting(qapp, journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    journal.repository.save_entry(replace(new_entry(date(2026, 11, 1)), body="kept"))
    make_backup(journal.db, journal_path)
    journal.close()
    journal_path.write_bytes(b"")
    started = start_journal(journal_path, can_ask=False)
    try:
        assert started.repair is not None
        assert started.journal.repository.entry_count() == 1
        with pytest.raises(AlreadyRunning):  # the running window was asked to come forward
            start_journal(journal_path, can_ask=False)
    finally:
        started.journal.close()
        assert started.instance is not None
        started.instance.release()


def test_encrypted_journal_opens_with_the_environment_passphrase(
        qapp, journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Journal.open(journal_path, passphrase="night owl").close()
    with pytest.raises(PassphraseRequiredError, match="is encrypted, or it is not a journal"):
        start_journal(journal_path, can_ask=False)
    monkeypatch.setenv(PASSPHRASE_ENV, "night owl")
    started = start_journal(journal_path, can_ask=False)
    assert started.repair is None and not started.journal.read_only
    started.journal.close()
    assert started.instance is not None
    started.instance.release()
