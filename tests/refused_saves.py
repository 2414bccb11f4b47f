"""Refused saves: fill and free a journal's disk quota (SQLite's max_page_count), text that
cannot fit, and the window's automatic retry run sooner."""

from __future__ import annotations

from empathy_journal.storage.journal import Journal
from empathy_journal.ui.main_window import MainWindow

RETRY_WITHIN_MS = 5000  # a refused save is tried again by itself this soon

# 300,000 characters: far more than the free room left in the journal's pages, so saving it
# needs new pages and a full quota refuses it. It is made of words on purpose: Qt wraps text
# at spaces, and laying out one 300,000-character word (no break point) takes 10-30 s.
TOO_BIG_FOR_A_FULL_DISK = ("rain kept falling on the roof all night " * 7_500)[:300_000]


def fill_disk(journal: Journal) -> None:
    """From now on the journal file may not grow by a single page."""
    pages = journal.db.execute("PRAGMA page_count").fetchone()[0]
    journal.db.execute(f"PRAGMA max_page_count = {pages}")


def free_disk(journal: Journal) -> None:
    """Lift the quota again (SQLite's largest page count)."""
    journal.db.execute("PRAGMA max_page_count = 1073741823")


def retry_soon(window: MainWindow) -> None:
    """After a refused save: check the window scheduled its own retry within RETRY_WITHIN_MS,
    then let that retry fire now instead of waiting its ~3 s out. Nothing is called by hand:
    the retry still has to happen by itself."""
    timer = window.autosave.retry_timer
    assert timer.isActive(), "a refused save scheduled no retry"
    assert timer.interval() <= RETRY_WITHIN_MS
    timer.start(10)
