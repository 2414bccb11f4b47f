"""A small journal in a data folder plus an in-process CLI runner, for the safety command tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from empathy_journal.cli import main
from empathy_journal.domain.entry import new_entry
from empathy_journal.storage.journal import Journal

PASS_ENV, NEW_ENV = "EMPATHY_JOURNAL_PASSPHRASE", "EMPATHY_JOURNAL_NEW_PASSPHRASE"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder whose journal holds two entries (3 and 4 Nov 2026); no passphrase set."""
    monkeypatch.delenv(PASS_ENV, raising=False)
    monkeypatch.delenv(NEW_ENV, raising=False)
    folder = tmp_path / "data"
    journal = Journal.open(folder / "journal.sqlite")
    for day, body in ((3, "met Ana for tea"), (4, "argued, then listened")):
        journal.repository.save_entry(replace(new_entry(date(2026, 11, day)), body=body))
    journal.close()
    return folder


def run_in(data_dir: Path, *args: str) -> int:
    """Run ``empathy-journal --data-dir DATA_DIR ARGS`` in this process; its exit code."""
    return main(["--data-dir", str(data_dir), *args])
