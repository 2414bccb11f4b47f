"""Check-ins in the real window: the due line, a check-in filled with the keyboard, Insights."""

from __future__ import annotations

import json

from journal_window import TODAY, open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from empathy_journal.domain.check_in_schedule import Schedule
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.check_ins.check_in_dialog import AnswerButton, CheckInDialog
from empathy_journal.ui.check_ins.schedule_dialog import ScheduleDialog
from empathy_journal.ui.insights_view import InsightsView


def _focused() -> object:
    return QApplication.focusWidget()


def test_a_check_in_filled_with_the_keyboard_is_stored_and_insights_shows_it(
        qtbot, memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    line = window.check_ins.due_line
    assert line.isVisible() and "WHO-5 wellbeing" in line.text.text()
    line.take_button.setFocus()
    qtbot.keyClick(line.take_button, Qt.Key.Key_Space)
    dialog = window.check_ins.dialog
    assert isinstance(dialog, CheckInDialog) and dialog.instrument.id == "who5"
    qtbot.waitUntil(lambda: isinstance(_focused(), AnswerButton))
    for digit in "43324":  # a digit answers the focused question and moves to the next
        qtbot.keyClick(_focused(), digit)
    assert dialog.answers() == [4, 3, 3, 2, 4]
    assert _focused() is dialog.save_button
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert "64 % (16 of 25): good" in dialog.score.text()
    row = memory_journal.db.execute("SELECT instrument, answers, score, local_date "
                                    "FROM assessments").fetchone()
    assert (row[0], json.loads(row[1]), row[2], row[3]) == ("who5", [4, 3, 3, 2, 4], 16,
                                                            TODAY.isoformat())
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # Close
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "WHO-5" not in line.text.text() and "PSS-10" in line.text.text()
    window.activateWindow()  # offscreen Qt does not hand activation back by itself
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.views.currentWidget()
    assert isinstance(view, InsightsView)
    chart = view.cards["check-ins"].chart
    assert chart is not None and not chart.is_empty
    assert list(chart.figure.axes[0].get_lines()[0].get_ydata()) == [64]


def test_arrows_choose_within_a_question_and_tab_goes_to_the_next(
        qtbot, memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    dialog = window.check_ins.take("pss10")
    qtbot.waitUntil(lambda: isinstance(_focused(), AnswerButton))
    first = _focused()
    assert first.row == 0 and first.accessibleName().startswith("1. been upset")
    qtbot.keyClick(first, Qt.Key.Key_Space)
    qtbot.keyClick(_focused(), Qt.Key.Key_Right)
    assert dialog.answers()[0] == 1
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused().row == 1


def test_not_now_hides_the_line_for_the_period_and_the_schedule_is_kept(
        qtbot, memory_journal: Journal, monkeypatch) -> None:
    window = open_window(qtbot, memory_journal)
    line = window.check_ins.due_line
    qtbot.mouseClick(line.later_button, Qt.MouseButton.LeftButton)
    assert not line.isVisible()
    monkeypatch.setattr(ScheduleDialog, "ask", classmethod(
        lambda cls, schedule, parent=None: Schedule({"who5": 0, "pss10": 30, "empathy": 0})))
    window.check_ins.schedule_action.trigger()
    assert window.session.wellbeing.schedule().every("who5") == 0
    assert not line.isVisible()
