"""The charts' warm-up after the first paint: it imports matplotlib in a thread, tells the window
once done, and an exit waits for it instead of tearing the window down under it."""

from __future__ import annotations

from journal_window import open_window

from empathy_journal.storage.journal import Journal


def test_the_warm_up_finishes_and_an_exit_waits_for_it(qtbot, memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    with qtbot.waitSignal(window.insights_warmed, timeout=30_000):
        window.warm_up_insights()
        window.finish_warm_up_before_exit()
        assert not window._warm_up.is_alive()  # the thread is done before the exit goes on
    window.warm_up_insights()  # once only
    assert window._insights is None  # nothing drawn: the view is built when first shown
