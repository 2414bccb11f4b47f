"""Window sizing: a debrief is a column beside the text at every width; nothing is clipped."""

from __future__ import annotations

import pytest
from journal_window import TODAY, open_window
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from empathy_journal.storage.journal import Journal
from empathy_journal.ui.journal_page import FORM_UNDER_TEXT_SHARE
from empathy_journal.ui.main_window import MainWindow, default_window_size

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def debrief_window(qtbot: QtBot, journal: Journal, width: int, height: int) -> MainWindow:
    window = open_window(qtbot, journal, today=TODAY, zone_name="UTC", show=False)
    window.resize(width, height)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    return window


def assert_fits(area: QScrollArea) -> None:
    """No sideways scroll bar and the content at least as wide as it needs."""
    assert not area.horizontalScrollBar().isVisible()
    assert area.widget().width() >= area.widget().minimumSizeHint().width()


def panes(window: MainWindow) -> list[QWidget]:
    splitter = window.page.splitter
    return [splitter.widget(i) for i in range(splitter.count()) if splitter.widget(i).isVisible()]


def test_with_the_search_sidebar_at_1024_the_debrief_goes_under_the_text_and_fits(
        qtbot: QtBot, memory_journal: Journal) -> None:
    window = debrief_window(qtbot, memory_journal, 1024, 700)
    page, empathy = window.page, window.conversations
    empathy.show_people()  # every view in the window's stack counts for its minimum width
    window.show_journal()
    window.search.show_search()
    # the dock is laid out and the debrief moves under the text (a few turns of the event
    # loop), then the window is made 1024 again
    qtbot.waitUntil(lambda: window.minimumWidth() <= 1024)  # the layout has caught up
    assert window.minimumSizeHint().width() <= 1024  # four columns and a dock would not fit

    def made_1024() -> bool:
        window.resize(1024, 700)
        QApplication.processEvents()
        return window.width() == 1024

    qtbot.waitUntil(made_1024)
    assert not page.side_pane_beside_text
    assert empathy.form_pane.parentWidget() is page.centre_splitter
    editor, form = page.centre_splitter.sizes()
    # both keep room (how much the form gets depends on the style sheet other tests applied:
    # the text keeps its minimum height, the form the rest up to its share)
    assert editor > 0 and form >= min(200, round((editor + form) * FORM_UNDER_TEXT_SHARE))
    assert_fits(page.panel)
    assert_fits(empathy.form)
    window.search.dock.hide()
    QApplication.processEvents()
    assert page.side_pane_beside_text and empathy.form_pane.isVisible()


@pytest.mark.parametrize(("available", "expected"), [
    (QSize(1920, 1040), QSize(1440, 900)), (QSize(1366, 728), QSize(1366, 728)),
    (QSize(1280, 1000), QSize(1280, 900))])
def test_the_first_window_size_follows_the_screen_up_to_1440_by_900(available, expected):
    assert default_window_size(available) == expected


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1024, 700)])
def test_on_a_narrow_window_the_debrief_is_its_own_column_and_nothing_is_clipped(
        qtbot: QtBot, memory_journal: Journal, width: int, height: int) -> None:
    window = debrief_window(qtbot, memory_journal, width, height)
    page, empathy = window.page, window.conversations
    assert empathy.form_pane.isVisible()
    assert page.side_pane_beside_text
    assert page.splitter.indexOf(empathy.form_pane) == 2
    assert not page.sidebar_shown  # the calendar steps aside while the debrief needs room
    assert panes(window) == [page.splitter.widget(1), empathy.form_pane,
                             page.splitter.widget(3)]  # text | debrief | emotions
    assert_fits(page.panel)
    assert_fits(empathy.form)
    for pane in panes(window):
        assert pane.width() >= max(pane.minimumWidth(), pane.minimumSizeHint().width())
    assert empathy.form_pane.height() > page.height() * 0.8  # the whole height, not a strip
    window.autosave.discard()
    window.new_entry()  # a plain entry: the form goes and the calendar comes back
    assert empathy.form_pane.isHidden() and page.sidebar_shown


def test_a_wide_window_shows_the_form_beside_the_text_and_keeps_it_when_narrowed(
        qtbot: QtBot, memory_journal: Journal) -> None:
    window = debrief_window(qtbot, memory_journal, 1600, 900)
    page, empathy = window.page, window.conversations
    assert page.side_pane_beside_text and page.sidebar_shown
    assert page.splitter.indexOf(empathy.form_pane) == 2
    assert_fits(page.panel)
    assert_fits(empathy.form)
    for pane in panes(window):
        assert pane.width() >= pane.minimumSizeHint().width()
    window.resize(1300, 820)
    QApplication.processEvents()
    assert page.splitter.indexOf(empathy.form_pane) == 2 and empathy.form_pane.isVisible()
    assert not page.sidebar_shown
    assert_fits(page.panel)
    page.editor.body_edit.setFocus()
    qtbot.keyClick(page.editor.body_edit, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is empathy.form.person or empathy.form.person.isAncestorOf(focused)
    window.resize(1600, 900)
    QApplication.processEvents()
    assert page.sidebar_shown


def test_a_plain_entry_hides_the_form_wherever_it_sits(qtbot: QtBot,
                                                      memory_journal: Journal) -> None:
    window = debrief_window(qtbot, memory_journal, 1280, 800)
    window.autosave.discard()
    window.new_entry()
    assert window.conversations.form_pane.isHidden()
    window.resize(1600, 900)
    QApplication.processEvents()
    assert window.conversations.form_pane.isHidden()
    assert page_columns(window) == 3


def page_columns(window: MainWindow) -> int:
    splitter = window.page.splitter
    return sum(1 for i in range(splitter.count()) if not splitter.widget(i).isHidden())
