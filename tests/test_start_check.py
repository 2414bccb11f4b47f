"""The start-up check begun before the window is built: the same report, used once, and never
for a file it does not fit (encrypted, a change cut off beside it, another file)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from empathy_journal.domain.entry import new_entry
from empathy_journal.storage import recovery
from empathy_journal.storage.backup import make_backup
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.start_check import StartCheck
from empathy_journal.ui.safety.safe_start import PASSPHRASE_ENV, start_journal


@pytest.fixture(autouse=True)
def _no_passphrase_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)


@pytest.fixture
def late_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The checks the start-up path made itself (not the early one)."""
    checks: list[Path] = []
    real_check = recovery.check_journal_file
    monkeypatch.setattr(recovery, "check_journal_file",
                        lambda path, *a, **k: checks.append(path) or real_check(path, *a, **k))
    return checks


def _journal(path: Path, entries: int = 120) -> None:
    journal = Journal.open(path)
    for n in range(entries):
        journal.repository.save_entry(replace(new_entry(date(2026, 1, 1 + n % 28)),
                                              body=f"entry {n} " + "words " * 60))
    journal.close()


def _zero_an_entries_page(path: Path) -> None:
    journal = Journal.open(path)
    page_size = journal.db.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in journal.db.execute(
        "SELECT pageno FROM dbstat WHERE name = 'entries' AND pagetype = 'leaf' ORDER BY 1")]
    journal.close()
    data = bytearray(path.read_bytes())
    middle = pages[len(pages) // 2] - 1
    data[middle * page_size:(middle + 1) * page_size] = bytes(page_size)
    path.write_bytes(bytes(data))


def test_a_healthy_journal_is_checked_once_beside_the_window(
        qapp, journal_path: Path, late_checks: list[Path]) -> None:
    _journal(journal_path)
    check = StartCheck.begin(journal_path)
    assert check is not None
    started = start_journal(journal_path, can_ask=False, start_check=check)
    try:
        assert late_checks == []  # the early report was used, not made again
        assert started.repair is None and started.damage is None
        assert started.journal.repository.entry_count() == 120
    finally:
        started.journal.close()
        assert started.instance is not None
        started.instance.release()


def test_damage_found_early_is_repaired_before_the_journal_is_opened(
        qapp, journal_path: Path, late_checks: list[Path]) -> None:
    _journal(journal_path)
    journal = Journal.open(journal_path)
    make_backup(journal.db, journal_path)
    journal.close()
    _zero_an_entries_page(journal_path)
    check = StartCheck.begin(journal_path)
    assert check is not None
    report = check.report_for(journal_path, None)
    assert report is not None and not report.healthy
    assert report.problems  # what SQLite said of the zeroed page
    started = start_journal(journal_path, can_ask=False, start_check=check)
    try:
        assert late_checks == []
        assert started.repair is not None and started.repair.restored_from is not None
        assert started.journal.repository.entry_count() == 120
        assert started.journal.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        started.journal.close()
        assert started.instance is not None
        started.instance.release()


def test_no_early_check_where_it_would_not_be_the_one_made_at_opening(
        journal_path: Path, tmp_path: Path) -> None:
    assert StartCheck.begin(journal_path) is None  # not there yet: created when opened
    Journal.open(journal_path, passphrase="night owl").close()
    assert StartCheck.begin(journal_path) is None  # encrypted: it needs the passphrase first
    plain = tmp_path / "plain" / "journal.sqlite"
    _journal(plain, entries=1)
    leftover = plain.with_name(f".{plain.name}.converting")  # a passphrase change cut off
    leftover.write_bytes(b"")
    assert StartCheck.begin(plain) is None
    leftover.unlink()
    check = StartCheck.begin(plain)
    assert check is not None
    assert check.report_for(plain, "a passphrase") is None
    assert check.report_for(journal_path, None) is None
    assert check.report_for(plain, None) is not None


def test_a_journal_opened_without_an_early_check_is_checked_when_opened(
        qapp, journal_path: Path, late_checks: list[Path]) -> None:
    _journal(journal_path, entries=1)
    started = start_journal(journal_path, can_ask=False)
    started.journal.close()
    assert started.instance is not None
    started.instance.release()
    assert late_checks == [journal_path]
