"""Keyboard only: Tab reaches the Insights entries table, arrows pick an entry, Enter opens it."""

from __future__ import annotations

from datetime import date

import pytest
from insights_helpers import add_entry
from journal_window import open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.insights_view import InsightsView

# Not the shared window TODAY: Insights shows the month of today and the entries below are in
# March 2024 (one in February on purpose), so this file keeps a day in that month.
TODAY = date(2024, 3, 20)


@pytest.fixture
def view(qtbot, memory_journal: Journal) -> InsightsView:
    widget = InsightsView(JournalSession(memory_journal), today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    return widget


def tab_to(qtbot, target, presses: int = 40) -> int:
    """Press Tab until target has the focus; how many presses it took."""
    for count in range(1, presses + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is target:
            return count
    raise AssertionError(f"Tab never reached {target!r}")


def show_and_focus(qtbot, view: InsightsView) -> None:
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.kind.setFocus()  # where the pointer-free person starts: the top bar


def test_the_table_lists_each_entry_of_the_period_with_its_ratings(qtbot, view, memory_journal):
    add_entry(memory_journal, date(2024, 3, 12), mood=3, stress=8, body="Late deploy\nand more")
    add_entry(memory_journal, date(2024, 3, 4), mood=9, title="Lunch with Ana")
    add_entry(memory_journal, date(2024, 2, 28), mood=5, title="Not this month")
    view.show()
    qtbot.waitExposed(view)
    table = view.entries_table.table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert rows == [["Mon 4 Mar 2024", "9", "–", "Lunch with Ana"],
                    ["Tue 12 Mar 2024", "3", "8", "Late deploy"]]
    assert view.entries_table.heading.text() == "ENTRIES IN MARCH 2024"
    assert table.accessibleName() == "Entries in March 2024: Enter opens the selected one"


def test_tab_arrows_and_enter_open_an_entry_without_the_mouse(qtbot, view, memory_journal):
    add_entry(memory_journal, date(2024, 3, 4), mood=9, title="Lunch with Ana")
    late = add_entry(memory_journal, date(2024, 3, 12), mood=3, title="Late deploy")
    opened: list[str] = []
    view.entry_activated.connect(opened.append)
    show_and_focus(qtbot, view)
    tab_to(qtbot, view.entries_table.table)
    qtbot.keyClick(view.entries_table.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.entries_table.table, Qt.Key.Key_Return)
    assert opened == [late.uuid]


def test_without_a_listener_enter_opens_the_entrys_day(qtbot, view, memory_journal):
    add_entry(memory_journal, date(2024, 3, 4), mood=9, title="Lunch with Ana")
    days: list[date] = []
    view.day_activated.connect(days.append)
    show_and_focus(qtbot, view)
    tab_to(qtbot, view.entries_table.table)
    qtbot.keyClick(view.entries_table.table, Qt.Key.Key_Enter)
    assert days == [date(2024, 3, 4)]


def test_an_empty_period_says_so_and_has_no_table_to_tab_into(qtbot, view):
    view.show()
    qtbot.waitExposed(view)
    assert view.entries_table.heading.text() == "NO ENTRIES IN MARCH 2024 YET"
    assert view.entries_table.table.isHidden()


def test_in_the_window_ctrl_2_tab_and_enter_open_an_entry_in_the_editor(qtbot, memory_journal):

    add_entry(memory_journal, date(2024, 3, 4), mood=8, title="Lunch with Ana")
    add_entry(memory_journal, date(2024, 3, 12), mood=3, title="Late deploy")
    window = open_window(qtbot, memory_journal, today=TODAY, zone_name="UTC", show=False)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.views.currentWidget()
    assert isinstance(view, InsightsView)
    tab_to(qtbot, view.entries_table.table)
    qtbot.keyClick(view.entries_table.table, Qt.Key.Key_Return)
    assert window.views.currentWidget() is window.page
    assert window.page.editor.title() == "Lunch with Ana"
