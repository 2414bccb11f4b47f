"""Marks for every script in the window (Qt counts UTF-16 units: an emoji is two), and imports
that bring CJK text in are searchable at once."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from empathy_journal.interchange.importer import import_file
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.search import search_entries
from empathy_journal.ui.search.search_highlight import (
    highlight_line,
    highlight_terms,
    qt_spans,
    snippet_html,
)


def test_qt_spans_count_an_emoji_as_two_units() -> None:
    assert qt_spans("ab", [(0, 1)]) == [(0, 1)]
    assert qt_spans("😢 同事", [(0, 1), (2, 2)]) == [(0, 2), (3, 2)]


def test_the_opened_entry_marks_cjk_words_and_emoji(qtbot) -> None:
    editor = QPlainTextEdit("😢 我的同事很好。Listening to 친구와 👍🏽")
    qtbot.addWidget(editor)
    assert highlight_terms(editor, ["同事", "listen", "친구", "👍"]) == 4
    marked = [s.cursor.selectedText() for s in editor.extraSelections()]
    assert marked == ["同事", "Listening", "친구", "👍🏽"]


def test_the_title_marks_a_cjk_word_after_an_emoji(qtbot) -> None:
    title = QLineEdit("🌧 担心的一天")
    qtbot.addWidget(title)
    assert highlight_line(title, ["担心"]) == [(3, 2)]


def test_snippet_html_marks_every_script() -> None:
    html = snippet_html("我有点\ue000担心\ue001明天 \ue000😢\ue001")
    assert html.count("<b ") == 2 and ">担心</b>" in html and ">😢</b>" in html


def test_imported_cjk_entries_are_searchable_at_once(memory_journal: Journal,
                                                     tmp_path: Path) -> None:
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps({"tags": {}, "entries": [
        {"date": "2026-01-02", "time": "09:00", "title": "会议", "body": "我很担心明天的会议 😢",
         "tags": [], "starred": False},
        {"date": "2026-01-03", "time": "09:00", "title": "Walk", "body": "A long walk.",
         "tags": [], "starred": False},
    ]}, ensure_ascii=False), encoding="utf-8")
    import_file(memory_journal, source)
    assert [h.title for h in search_entries(memory_journal.db, "担心")] == ["会议"]
    assert [h.title for h in search_entries(memory_journal.db, "😢")] == ["会议"]
    assert [h.title for h in search_entries(memory_journal.db, "walk")] == ["Walk"]
    import_file(memory_journal, source)  # again: nothing changes, still found once
    assert [h.title for h in search_entries(memory_journal.db, "会议")] == ["会议"]
