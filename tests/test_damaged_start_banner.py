"""A damaged journal with no backup: the window starts, says so once, and changes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from cli_process import file_digest
from journal_window import TODAY

from empathy_journal.domain.entry import new_entry
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage import recovery
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.safety.safe_start import PASSPHRASE_ENV, start_journal
from empathy_journal.ui.window_composition import build_window


@pytest.fixture
def zeroed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A journal of 200 entries (in an older month) with one page zeroed, and no backup."""
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    path = tmp_path / "data" / "journal.sqlite"
    journal = Journal.open(path)
    for n in range(200):
        journal.repository.save_entry(replace(new_entry(date(2026, 1, 1 + n % 28)),
                                              body=f"entry {n} " + "words " * 60))
    page_size = journal.db.execute("PRAGMA page_size").fetchone()[0]
    # A page of the entries table (the one in the middle of them): which page that is in the
    # file depends on every table's and trigger's size, so it is looked up, not guessed.
    pages = [r[0] for r in journal.db.execute(
        "SELECT pageno FROM dbstat WHERE name = 'entries' AND pagetype = 'leaf' ORDER BY 1")]
    journal.close()
    data = bytearray(path.read_bytes())
    middle = pages[len(pages) // 2] - 1  # page numbers start at 1
    data[middle * page_size:(middle + 1) * page_size] = bytes(page_size)
    path.write_bytes(bytes(data))
    return path


def test_damaged_journal_without_backup_starts_with_a_banner(
        qtbot, zeroed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checks: list[Path] = []
    real_check = recovery.check_journal_file
    monkeypatch.setattr(recovery, "check_journal_file",
                        lambda path, *a, **k: checks.append(path) or real_check(path, *a, **k))
    before = file_digest(zeroed)
    started = start_journal(zeroed, can_ask=False)
    try:
        assert started.repair is None and started.damage is not None
        assert started.journal.read_only  # nothing more is written into the damage
        assert len(checks) == 1  # the start-up check ran once, its report was passed up
        window = build_window(JournalSession(started.journal, today=lambda: TODAY),
                              today=lambda: TODAY, damage=started.damage)
        qtbot.addWidget(window)
        window.show()
        banner = window.page.banner
        assert banner.isVisible()
        text = banner.text.text()
        assert "looks damaged" in text and "no backup" in text
        assert "Nothing was changed" in text and "read-only" in text
        assert "empathy-journal check" in text and "empathy-journal salvage" in text
        window.quitting_without_questions = True
        window.close()
    finally:
        started.journal.close()
        assert started.instance is not None
        started.instance.release()
    assert file_digest(zeroed) == before
