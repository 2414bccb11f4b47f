"""The app's window listens for a second launch only once painted, and a second launch in
between waits for it instead of saying the journal is open elsewhere."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.safety import safety_feature
from empathy_journal.ui.safety.safe_start import AlreadyRunning, start_journal
from empathy_journal.ui.safety.single_instance import SingleInstance
from empathy_journal.ui.window_composition import build_window


@pytest.fixture
def journal_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("EMPATHY_JOURNAL_PASSPHRASE", raising=False)
    path = tmp_path / "data" / "journal.sqlite"
    path.parent.mkdir()
    Journal.open(path).close()
    return path


def test_the_window_listens_once_shown_and_a_second_launch_raises_it(
        qtbot: QtBot, journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety_feature, "AFTER_SHOW_DELAY_MS", 50)
    started = start_journal(journal_path, can_ask=False, listen=False)
    assert started.instance is not None and started.instance.holds_lock
    assert started.instance.server is None  # nothing listens before the window is painted
    window = build_window(JournalSession(started.journal), instance=started.instance)
    qtbot.addWidget(window)
    monkeypatch.setattr(window.safety, "start_daily_backup", lambda: None)  # not this test's
    window.show()
    window.safety.after_show()
    qtbot.waitUntil(lambda: started.instance.server is not None, timeout=3000)
    # The second launch raises AlreadyRunning: it asked the running window to come forward.
    with (qtbot.waitSignal(started.instance.raise_requested, timeout=3000),
          pytest.raises(AlreadyRunning)):
        start_journal(journal_path, can_ask=False)
    started.instance.release()
    started.journal.close()


def test_a_second_launch_waits_for_a_window_that_listens_a_moment_later(
        qtbot: QtBot, journal_path: Path) -> None:
    first = SingleInstance(journal_path)
    assert first.acquire(listen=False) and first.server is None
    second = SingleInstance(journal_path)
    assert not second.acquire()
    answered: list[bool] = []
    asking = threading.Thread(target=lambda: answered.append(second.ask_running_to_raise()))
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        asking.start()
        qtbot.wait(400)  # the second launch asks (and asks again) before anyone listens
        first.listen()
    asking.join(5)
    assert answered == [True]
    first.release()
