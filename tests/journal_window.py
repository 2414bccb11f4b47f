"""The real journal window for GUI tests, built as the app builds it (one place for every test)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime

from pytestqt.qtbot import QtBot

from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.window_composition import ComposedWindow, build_window

# "Today" in every window test that does not pick its own (the one copy: import it from here).
# Thursday 26 November 2026: late in a month, so the calendar and month list have earlier days.
TODAY = date(2026, 11, 26)


def open_window(qtbot: QtBot, journal: Journal, *, today: date = TODAY,
                zone_name: str = "Europe/Berlin", show: bool = True,
                active: bool = True,
                monotonic: Callable[[], float] = time.monotonic,
                now: Callable[[], datetime] | None = None) -> ComposedWindow:
    """The composed window on journal, shown (and active, so shortcuts reach it); monotonic
    is the clock of its guided sessions and now the wall clock of its reminders (a test's
    own, so nothing sleeps)."""
    session = JournalSession(journal, today=lambda: today)
    window = build_window(session, today=lambda: today, zone_name=zone_name,
                          monotonic=monotonic, now=now or (lambda: datetime.now(UTC)))
    qtbot.addWidget(window)
    if show:
        window.show()
        if active:
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
    return window
