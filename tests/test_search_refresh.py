"""The search sidebar keeps its results current after saves, trash and restore, quietly."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from journal_window import open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from empathy_journal.domain.entry import Entry
from empathy_journal.session.changes import Change
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.main_window import MainWindow
from empathy_journal.ui.search import search_panel
from empathy_journal.ui.search.search_panel import SearchPanel

NOW = datetime(2026, 1, 5, 20, tzinfo=UTC)
UuidRole = Qt.ItemDataRole.UserRole


@pytest.fixture(autouse=True)
def quick_refresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_panel, "REFRESH_MS", 50)


def _add(journal: Journal, number: int, title: str, body: str) -> None:
    journal.repository.save_entry(Entry(
        uuid=f"uuid-{number}", local_date=date(2026, 1, number), created_utc=NOW, tz="UTC",
        title=title, body=body), now=NOW)


@pytest.fixture
def journal(memory_journal: Journal) -> Journal:
    _add(memory_journal, 1, "Listening", "I listened to Ana today.")
    _add(memory_journal, 2, "Deadline", "The deadline moved; listening was hard.")
    _add(memory_journal, 3, "Walk", "A long walk by the river.")
    return memory_journal


def _uuids(panel: SearchPanel) -> list[str]:
    return [panel.results.item(row).data(UuidRole) for row in range(panel.results.count())]


def _window_searching(qtbot, journal: Journal, words: str) -> MainWindow:
    window = open_window(qtbot, journal, today=date(2026, 1, 3), zone_name="UTC", show=False)
    window.show()
    window.search.dock.show()
    panel = window.search.panel
    panel.query.setText(words)
    panel.run_search()
    return window


def test_saving_an_entry_refreshes_results_once_and_keeps_focus(qtbot, journal: Journal
                                                                 ) -> None:
    window = _window_searching(qtbot, journal, "river")
    panel = window.search.panel
    assert _uuids(panel) == ["uuid-3"]
    window.open_entry("uuid-1")
    body = window.page.editor.body_edit
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    body.moveCursor(body.textCursor().MoveOperation.End)
    searches = panel.search_count
    qtbot.keyClicks(body, " By the river.")  # 14 keystrokes, one autosave
    assert panel.search_count == searches  # typing alone never searches
    with qtbot.waitSignal(window.entry_saved, timeout=3000):
        pass
    qtbot.waitUntil(lambda: panel.search_count == searches + 1, timeout=2000)
    qtbot.wait(150)
    assert panel.search_count == searches + 1
    assert sorted(_uuids(panel)) == ["uuid-1", "uuid-3"]
    assert panel.status.text() == "2 entries"
    assert QApplication.focusWidget() is body


def test_many_saves_in_a_moment_cause_one_search(qtbot, journal: Journal) -> None:
    window = _window_searching(qtbot, journal, "listen")
    panel = window.search.panel
    searches = panel.search_count
    for _ in range(5):
        window.signals.journal_changed.emit(Change(entries={window.current_entry.uuid: None}))
    qtbot.waitUntil(lambda: panel.search_count == searches + 1, timeout=2000)
    qtbot.wait(150)
    assert panel.search_count == searches + 1


def _many_walks(journal: Journal) -> None:
    for number in range(4, 30):
        _add(journal, number, f"Walk {number}", f"Another walk, number {number}.")


def test_an_unchanged_result_set_is_not_redrawn(qtbot, journal: Journal) -> None:
    _many_walks(journal)
    window = _window_searching(qtbot, journal, "walk")
    panel = window.search.panel
    panel.order.setCurrentIndex(1)  # newest first: a stable order
    assert panel.results.count() == 27
    panel.results.setCurrentRow(20)
    bar = panel.results.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    scroll = bar.value()
    labels = [panel.results.itemWidget(panel.results.item(row)) for row in range(27)]
    order = _uuids(panel)
    searches = panel.search_count
    window.open_entry("uuid-1")  # an entry the search does not find
    window.page.editor.body_edit.appendPlainText("More about Ana.")
    assert window.save_current()
    qtbot.waitUntil(lambda: panel.search_count == searches + 1, timeout=2000)
    assert _uuids(panel) == order
    assert [panel.results.itemWidget(panel.results.item(r)) for r in range(27)] == labels
    assert bar.value() == scroll
    assert panel.results.currentRow() == 20


def test_a_changed_result_keeps_the_scroll_and_the_chosen_row(qtbot, journal: Journal) -> None:
    _many_walks(journal)
    window = _window_searching(qtbot, journal, "walk")
    panel = window.search.panel
    panel.order.setCurrentIndex(1)
    chosen = panel.results.item(20).data(UuidRole)
    panel.results.setCurrentRow(20)
    bar = panel.results.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    scroll = bar.value()
    searches = panel.search_count
    window.open_entry("uuid-1")
    window.page.editor.body_edit.appendPlainText("Then a short walk home.")
    assert window.save_current()
    qtbot.waitUntil(lambda: panel.search_count == searches + 1, timeout=2000)
    assert panel.results.count() == 28
    assert _uuids(panel)[-1] == "uuid-1"  # the oldest entry now matches too
    assert panel.results.currentItem().data(UuidRole) == chosen
    assert bar.value() == scroll


def test_trash_and_undo_update_the_results(qtbot, journal: Journal) -> None:
    window = _window_searching(qtbot, journal, "listen")
    panel = window.search.panel
    assert sorted(_uuids(panel)) == ["uuid-1", "uuid-2"]
    window.open_entry("uuid-2")
    window.actions_.delete.trigger()
    qtbot.waitUntil(lambda: _uuids(panel) == ["uuid-1"], timeout=2000)
    assert panel.status.text() == "1 entry"
    window.actions_.undo_delete.trigger()
    qtbot.waitUntil(lambda: panel.results.count() == 2, timeout=2000)
    assert sorted(_uuids(panel)) == ["uuid-1", "uuid-2"]


def test_a_hidden_sidebar_refreshes_when_shown_again(qtbot, journal: Journal) -> None:
    window = _window_searching(qtbot, journal, "river")
    panel = window.search.panel
    window.search.dock.hide()
    searches = panel.search_count
    window.open_entry("uuid-2")
    window.page.editor.body_edit.appendPlainText("Later, by the river.")
    assert window.save_current()
    qtbot.wait(150)
    assert panel.search_count == searches  # nothing is searched while nobody looks
    window.search.dock.show()
    qtbot.waitUntil(lambda: panel.search_count == searches + 1, timeout=2000)
    assert sorted(_uuids(panel)) == ["uuid-2", "uuid-3"]
