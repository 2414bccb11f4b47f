"""Search hits marked in the opened entry's title, and the several-emotions filter."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from journal_window import open_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit

from empathy_journal.domain.entry import EmotionTag, Entry
from empathy_journal.domain.vocabulary import Emotion
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.search.emotion_filter import EmotionFilter
from empathy_journal.ui.search.search_highlight import (
    HIT_BACKGROUND,
    clear_line_highlight,
    highlight_line,
    hit_spans,
)
from empathy_journal.ui.search.search_panel import SearchPanel

NOW = datetime(2026, 1, 5, 20, tzinfo=UTC)


def _marked_pixels(widget: QLineEdit) -> int:
    image = widget.grab().toImage()
    hit = QColor(HIT_BACKGROUND)
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y) == hit)


@pytest.fixture
def journal(memory_journal: Journal) -> Journal:
    rows = [("Listening to Ana", "I listened properly.", ["anxious"]),
            ("Deadline", "The deadline moved.", ["angry", "anxious"]),
            ("Walk", "A long walk; I listened to the river.", ["calm"]),
            ("Rain", "Rain all day.", [])]
    for number, (title, body, emotions) in enumerate(rows, start=1):
        memory_journal.repository.save_entry(Entry(
            uuid=f"uuid-{number}", local_date=date(2026, 1, number), created_utc=NOW, tz="UTC",
            title=title, body=body, emotions=[EmotionTag(e) for e in emotions]), now=NOW)
    return memory_journal


def test_hit_spans_find_word_starts_in_order() -> None:
    assert hit_spans("Listening to Ana, LISTEN; enlisted", ["listen", "ana"]) == [
        (0, 9), (13, 3), (18, 6)]
    assert hit_spans("anything", [""]) == []


def test_highlight_line_marks_and_clears_without_editing(qtbot) -> None:
    line = QLineEdit("Listening to Ana")
    qtbot.addWidget(line)
    line.resize(320, 32)
    line.show()
    line.setCursorPosition(5)
    edits: list[str] = []
    line.textChanged.connect(edits.append)
    assert _marked_pixels(line) == 0
    assert highlight_line(line, ["listen", "ana"]) == [(0, 9), (13, 3)]
    assert _marked_pixels(line) > 0
    assert (line.text(), line.cursorPosition(), line.isModified(), edits) == (
        "Listening to Ana", 5, False, [])
    clear_line_highlight(line)
    assert _marked_pixels(line) == 0


def test_opening_a_result_marks_title_and_body_until_edited(qtbot, journal: Journal) -> None:
    window = open_window(qtbot, journal, today=date(2026, 1, 4), zone_name="UTC", show=False)
    window.show()
    wiring = window.search
    wiring.show_search()
    wiring.panel.query.setText("listen")
    wiring.panel.run_search()
    row = next(r for r in range(wiring.panel.results.count())
               if wiring.panel.results.item(r).data(Qt.ItemDataRole.UserRole) == "uuid-1")
    wiring.panel.results.itemActivated.emit(wiring.panel.results.item(row))
    editor = window.page.editor
    assert window.current_entry.uuid == "uuid-1"
    assert len(editor.body_edit.extraSelections()) == 1
    assert _marked_pixels(editor.title_edit) > 0
    assert not window.autosave.dirty  # marking is not an edit
    editor.title_edit.setFocus()
    editor.title_edit.end(False)
    qtbot.keyClicks(editor.title_edit, "!")
    assert editor.title_edit.text() == "Listening to Ana!"
    assert _marked_pixels(editor.title_edit) == 0
    assert editor.body_edit.extraSelections() == []


def test_opening_a_result_without_a_title_hit_leaves_the_title_plain(qtbot, journal: Journal
                                                                     ) -> None:
    window = open_window(qtbot, journal, today=date(2026, 1, 4), zone_name="UTC", show=False)
    window.show()
    window.search.panel.query.setText("river")
    window.search.open_result("uuid-3")
    assert window.page.editor.title_edit.text() == "Walk"
    assert _marked_pixels(window.page.editor.title_edit) == 0
    assert len(window.page.editor.body_edit.extraSelections()) == 1


WORDS = [Emotion(id=i, label=i, family="f", pleasantness=0.0, energy=0.0, definition="")
         for i in ("angry", "anxious", "calm", "grateful")]


def _shown(widget: EmotionFilter) -> list[str]:
    return [widget.words.item(r).text() for r in range(widget.words.count())
            if not widget.words.item(r).isHidden()]


def test_emotion_filter_by_keyboard(qtbot) -> None:
    widget = EmotionFilter(WORDS)
    qtbot.addWidget(widget)
    widget.show()
    widget.find.setFocus()
    qtbot.waitUntil(widget.find.hasFocus)
    qtbot.keyClicks(widget.find, "an")
    assert _shown(widget) == ["angry", "anxious"]
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClick(widget.find, Qt.Key.Key_Return)  # ticks the first word shown
    assert widget.selected_ids() == ("angry",)
    qtbot.keyClick(widget.find, Qt.Key.Key_Down)
    assert widget.words.hasFocus()
    assert widget.words.currentItem().text() == "angry"
    qtbot.keyClick(widget.words, Qt.Key.Key_Down)
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClick(widget.words, Qt.Key.Key_Space)
    assert widget.selected_ids() == ("angry", "anxious")
    assert widget.summary.text() == "Any of: angry, anxious"
    assert widget.clear_button.isEnabled()
    widget.clear()
    assert widget.selected_ids() == ()
    assert widget.summary.text() == "Any feeling"
    assert not widget.clear_button.isEnabled()


def test_emotion_filter_set_selected_and_narrowing_back(qtbot) -> None:
    widget = EmotionFilter(WORDS)
    qtbot.addWidget(widget)
    widget.find.setText("gr")
    assert _shown(widget) == ["grateful"]
    widget.find.setText("")
    assert _shown(widget) == ["angry", "anxious", "calm", "grateful"]
    with qtbot.waitSignal(widget.changed):
        widget.set_selected(["grateful", "calm", "unknown"])
    assert widget.selected_ids() == ("calm", "grateful")


def test_search_panel_filters_by_any_of_several_emotions(qtbot, journal: Journal) -> None:
    panel = SearchPanel(JournalSession(journal))
    qtbot.addWidget(panel)
    panel.filters_button.setChecked(True)
    panel.order.setCurrentIndex(1)  # newest first
    panel.filters_box.emotion.set_selected(["anxious"])
    assert [h.uuid for h in panel.run_search()] == ["uuid-2", "uuid-1"]
    panel.filters_box.emotion.set_selected(["angry", "calm"])
    assert [h.uuid for h in panel.run_search()] == ["uuid-3", "uuid-2"]
    panel.query.setText("listen")
    assert [h.uuid for h in panel.run_search()] == ["uuid-3"]
    panel.filters_box.emotion.clear()
    assert [h.uuid for h in panel.run_search()] == ["uuid-3", "uuid-1"]
