"""The calming session in the window: keyboard only, a test clock, records through the session,
the quick mood check-in, and the lock."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from journal_window import TODAY, open_window
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from test_accessibility import unnamed_controls

from empathy_journal.domain.entry import new_entry
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.stress.mood_check_in import CHECK_IN_TITLE, MoodCheckIn

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SECRET = "quiet harbour light"


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _press(qtbot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key)


def _today_with_stress(journal: Journal, stress: int) -> int:
    saved = journal.repository.save_entry(replace(new_entry(TODAY), body="a long day",
                                                  stress=stress))
    return saved.id


def _open_stress(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL_SHIFT)
    assert window.views.currentWidget() is window.stress.view


def test_a_breathing_session_on_the_keyboard_records_stress_before_and_after(
        qtbot, memory_journal, clock) -> None:
    entry_id = _today_with_stress(memory_journal, 7)
    window = open_window(qtbot, memory_journal, monotonic=clock)
    _open_stress(qtbot, window)
    view = window.stress.view
    assert QApplication.focusWidget() is view.before.stress.slider
    assert view.before.stress.value() == 7  # prefilled from today's entry
    _press(qtbot, Qt.Key.Key_Right)  # 8
    _press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "deadline")
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.before.techniques
    assert view.before.technique().id == "box_breathing"
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Down)  # 2 → 1 minute
    _press(qtbot, Qt.Key.Key_Tab, 2)
    assert QApplication.focusWidget() is view.before.start_button
    _press(qtbot, Qt.Key.Key_Space)
    assert view.pages.currentWidget() is view.guide

    clock.advance(5)
    view.guide.clock.tick()
    assert view.guide.circle.accessibleDescription() == "Hold"
    _press(qtbot, Qt.Key.Key_Space)  # pause
    assert view.guide.pause_button.text() == "Go on"
    clock.advance(120)  # paused time does not count
    view.guide.clock.tick()
    assert view.guide.time_left.text() == "Paused · 0:59 left"
    _press(qtbot, Qt.Key.Key_Space)  # go on
    clock.advance(59)
    view.guide.clock.tick()  # 64 s: four whole boxes, the end

    assert view.pages.currentWidget() is view.after
    assert "You did 1:04 of Box breathing" in view.after.summary.text()
    assert QApplication.focusWidget() is view.after.stress.slider
    _press(qtbot, Qt.Key.Key_Left, 4)  # 8 → 4
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Space)  # Save
    [record] = window.session.coping.records_on(TODAY)
    assert (record.technique_id, record.stress_before, record.stress_after, record.duration_s,
            record.trigger, record.entry_id) == ("box_breathing", 8, 4, 64, "deadline", entry_id)
    assert view.pages.currentWidget() is view.before
    assert "stress 8 → 4" in view.before.saved_line.text()
    assert "stress 8 → 4" in window.save_state.text()
    window.close()


def test_stopping_early_records_what_was_done(qtbot, memory_journal, clock) -> None:
    window = open_window(qtbot, memory_journal, monotonic=clock)
    _open_stress(qtbot, window)
    view = window.stress.view
    _press(qtbot, Qt.Key.Key_Right)  # rated: 5 → 6
    view.before.choose("breathing_478")
    view.before.start_button.setFocus()
    _press(qtbot, Qt.Key.Key_Space)
    clock.advance(20.4)
    view.guide.clock.tick()
    _press(qtbot, Qt.Key.Key_Escape)
    assert "You stopped after 0:21 of 4-7-8 breathing" in view.after.summary.text()
    _press(qtbot, Qt.Key.Key_Left, 2)
    view.after.save_button.click()
    [record] = window.session.coping.records_on(TODAY)
    assert (record.technique_id, record.stress_before, record.stress_after, record.duration_s,
            record.entry_id) == ("breathing_478", 6, 4, 20, None)
    assert window.session.entry_count() == 0  # no entry was made for it
    window.close()


def test_naming_it_keeps_the_words_and_the_need_in_a_short_entry(qtbot, memory_journal,
                                                                  clock) -> None:
    window = open_window(qtbot, memory_journal, monotonic=clock)
    _open_stress(qtbot, window)
    view = window.stress.view
    view.before.choose("name_it")
    assert not view.before.minutes.isEnabled()
    view.start()
    assert QApplication.focusWidget() is view.naming.picker.search
    qtbot.keyClicks(view.naming.picker.search, "overwhelmed")
    _press(qtbot, Qt.Key.Key_Return)
    view.naming.need.setFocus()
    qtbot.keyClicks(view.naming.need, "one thing at a time")
    clock.advance(75)
    _press(qtbot, Qt.Key.Key_Return)  # Enter in the need: done
    assert view.pages.currentWidget() is view.after
    view.after.save_button.click()
    [record] = window.session.coping.records_on(TODAY)
    entry = window.session.entry(window.session.latest_on(TODAY))
    assert record.duration_s == 75 and record.entry_id == entry.id
    assert entry.body == "What I need: one thing at a time"
    assert [t.emotion_id for t in entry.emotions] == ["overwhelmed"]
    assert window.page.entry_model.row_of(entry.uuid) is not None  # the month list shows it
    window.close()


def test_reduced_motion_counts_down_instead_and_is_remembered(qtbot, memory_journal,
                                                              clock) -> None:
    window = open_window(qtbot, memory_journal, monotonic=clock)
    _open_stress(qtbot, window)
    view = window.stress.view
    view.before.reduce_motion.setChecked(True)
    assert window.session.setting("coping.reduce_motion") == "1"
    view.start()
    assert view.guide.circle.reduced_motion
    view.stop_for_lock()
    view.reset()
    assert view.before.reduce_motion.isChecked()
    window.close()


def test_the_session_view_names_every_control(qtbot, memory_journal, clock) -> None:
    window = open_window(qtbot, memory_journal, monotonic=clock)
    view = window.stress.view
    window.stress.show()
    assert unnamed_controls(window) == []
    view.start()
    assert unnamed_controls(window) == []
    view.guide.stop()
    assert unnamed_controls(window) == []
    view.reset()
    view.before.choose("name_it")
    view.start()
    assert unnamed_controls(window) == []
    window.close()


def test_the_quick_check_in_adds_an_entry_the_month_list_shows(qtbot, memory_journal) -> None:
    window = open_window(qtbot, memory_journal)
    seen: list[bool] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MoodCheckIn)
        try:
            fill(dialog)
        finally:
            if dialog.isVisible():  # a check above failed: end exec all the same
                dialog.reject()

    def fill(dialog: MoodCheckIn) -> None:
        seen.append(not dialog.save_button.isEnabled())  # nothing to save yet
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.mood.slider)
        _press(qtbot, Qt.Key.Key_Right, 2)  # mood 5 → 7
        _press(qtbot, Qt.Key.Key_Tab)
        _press(qtbot, Qt.Key.Key_Left, 2)  # stress 5 → 3
        _press(qtbot, Qt.Key.Key_Tab)
        for word in ("relieved", "hopeful", "grateful"):
            assert QApplication.focusWidget() is dialog.picker.search
            qtbot.keyClicks(dialog.picker.search, word)
            _press(qtbot, Qt.Key.Key_Return)
        assert [t.emotion_id for t in dialog.picker.tags()] == ["relieved", "hopeful", "grateful"]
        assert not dialog.picker.search.isEnabled()  # three is enough
        assert unnamed_controls(dialog) == []
        assert QApplication.focusWidget() is dialog.save_button
        _press(qtbot, Qt.Key.Key_Space)

    QTimer.singleShot(0, answer)
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL_SHIFT)
    assert seen == [True]
    [summary] = window.session.entries_between(TODAY, TODAY)
    assert (summary.title, summary.mood, summary.stress) == (CHECK_IN_TITLE, 7, 3)
    assert window.page.entry_model.row_of(summary.uuid) is not None
    assert "Check-in saved" in window.save_state.text()
    window.close()


def test_a_cancelled_check_in_writes_nothing(qtbot, memory_journal, monkeypatch) -> None:
    monkeypatch.setattr(MoodCheckIn, "ask", classmethod(lambda *_a, **_k: None))
    window = open_window(qtbot, memory_journal)
    window.stress.check_in.trigger()
    assert window.session.entry_count() == 0
    window.close()


def test_the_locked_window_hides_the_session_view(qtbot, journal_path: Path, clock) -> None:
    journal = Journal.open(journal_path, passphrase=SECRET)
    window = open_window(qtbot, journal, monotonic=clock)
    _open_stress(qtbot, window)
    view = window.stress.view
    view.start()
    assert view.guide.clock.running and view.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.locked
    assert window.views.currentWidget() is window.safety.lock_screen
    assert not view.isVisible() and not view.guide.clock.running
    for key in (Qt.Key.Key_B, Qt.Key.Key_M):  # neither shows anything, nothing raises
        qtbot.keyClick(window, key, CTRL_SHIFT)
    window.stress.show()
    window.stress.ask_check_in()
    view.save()
    assert window.views.currentWidget() is window.safety.lock_screen
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]

    assert window.safety.unlock(SECRET)
    assert window.views.currentWidget() is view
    assert view.pages.currentWidget() is view.before and not view.in_progress
    assert window.session.coping.records_on(TODAY) == []
    window.close()
    journal.close()
