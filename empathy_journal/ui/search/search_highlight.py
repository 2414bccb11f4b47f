"""Marking searched words: snippets as rich text, and the hits in an opened entry's title and text."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QInputMethodEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

from empathy_journal.domain.search_query import hit_spans, snippet_parts

HIT_BACKGROUND = "#fde68a"
HIT_FOREGROUND = "#1f2937"


def snippet_html(snippet: str) -> str:
    """A snippet as rich text: hits in bold on a soft highlight, everything else escaped."""
    pieces = []
    for text, is_hit in snippet_parts(" ".join(snippet.split())):
        escaped = html.escape(text)
        pieces.append(f"<b style='background:{HIT_BACKGROUND};color:{HIT_FOREGROUND}'>"
                      f"{escaped}</b>" if is_hit else escaped)
    return "".join(pieces)


__all__ = ["clear_line_highlight", "highlight_line", "highlight_terms", "hit_spans",
           "qt_spans", "snippet_html"]  # hit_spans (words, CJK runs, emoji) lives in domain/search_query


def qt_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in Python characters turned into Qt's UTF-16 positions (an emoji counts two)."""
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return spans

    def units(end: int) -> int:
        return end + sum(1 for c in text[:end] if ord(c) >= 0x10000)

    return [(units(start), units(start + length) - units(start)) for start, length in spans]


def _hit_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(HIT_BACKGROUND))
    fmt.setForeground(QColor(HIT_FOREGROUND))
    return fmt


def highlight_terms(editor: QPlainTextEdit | QTextEdit, terms: list[str]) -> int:
    """Mark every hit of terms in editor (words they start, CJK runs and emoji anywhere);
    returns how many were marked."""
    selections = []
    fmt = _hit_format()
    document: QTextDocument = editor.document()
    text = document.toPlainText()
    for start, length in qt_spans(text, hit_spans(text, terms)):
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor, selection.format = cursor, fmt
        selections.append(selection)
    editor.setExtraSelections(selections)
    return len(selections)


def highlight_line(line_edit: QLineEdit, terms: list[str]) -> list[tuple[int, int]]:
    """Mark the hits in a one-line field (a title); returns their (start, length) spans.

    QLineEdit has no extra selections; its text layout takes formats from an input-method
    event (with nothing to insert, so the text, the cursor and the undo history stay as they
    are). The event's positions count from the cursor. Spans are in Qt's UTF-16 positions.
    """
    text = line_edit.text()
    spans = qt_spans(text, hit_spans(text, terms))
    cursor = line_edit.cursorPosition()
    fmt = _hit_format()
    attributes = [QInputMethodEvent.Attribute(QInputMethodEvent.AttributeType.TextFormat,
                                              start - cursor, length, fmt)
                  for start, length in spans]
    QCoreApplication.sendEvent(line_edit, QInputMethodEvent("", attributes))
    return spans


def clear_line_highlight(line_edit: QLineEdit) -> None:
    """Remove the marks highlight_line made."""
    QCoreApplication.sendEvent(line_edit, QInputMethodEvent("", []))
