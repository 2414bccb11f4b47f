"""An import refused because another program is writing says to try again: nothing retries it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from cli_process import run_cli

from empathy_journal.domain.entry import new_entry
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.interchange.import_dialog import ImportDialog

JRNL = Path(__file__).parent / "fixtures" / "interchange" / "jrnl.json"
TRY_AGAIN = ("the journal is busy (another program is writing to it); nothing was imported "
             "— try again in a moment")


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "journal.sqlite"
    journal = Journal.open(path)
    journal.repository.save_entry(replace(new_entry(date(2026, 11, 3)), body="met Ana"))
    journal.close()
    return path


@pytest.fixture
def other_writer(journal_path: Path) -> Iterator[sqlite3.Connection]:
    """A second connection, as another program would hold one (``hold`` starts its write)."""
    other = sqlite3.connect(journal_path, isolation_level=None)
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def hold(other: sqlite3.Connection) -> None:
    """Start a write transaction on other and keep it open."""
    other.execute("BEGIN IMMEDIATE")


def _entries(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM entries").fetchone()[0]


def test_cli_import_into_a_busy_journal_says_to_try_again(
        journal_path: Path, other_writer: sqlite3.Connection, tmp_path: Path) -> None:
    hold(other_writer)
    result = run_cli(["--journal", str(journal_path), "import", str(JRNL)], tmp_path / "home")
    assert result.returncode == 1, result.stdout
    assert TRY_AGAIN in result.stderr.lower()
    assert "next try" not in result.stderr and "Traceback" not in result.stderr
    other_writer.execute("ROLLBACK")
    assert _entries(journal_path) == 1


def test_import_dialog_on_a_busy_journal_says_to_try_again(
        qtbot, journal_path: Path, other_writer: sqlite3.Connection) -> None:
    journal = Journal.open(journal_path)
    journal.db.execute("PRAGMA busy_timeout = 50")
    dialog = ImportDialog(JournalSession(journal))
    qtbot.addWidget(dialog)
    dialog.set_file(JRNL)
    hold(other_writer)
    assert dialog.run_import() is None
    text = dialog.summary.text().lower()
    assert TRY_AGAIN in text and "next try" not in text
    assert journal.repository.entry_count() == 1
    journal.close()
