"""Marking searched words: snippets as rich text, and the hits in an opened entry's title and text."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QInputMethodEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

from empathy_journal.domain.search_query import snippet_parts

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


def hit_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """(start, length) of every word of text starting with one of terms, in text order."""
    spans = {(match.start(), match.end() - match.start())
             for term in terms if term
             for match in re.finditer(rf"(?<!\w){re.escape(term)}\w*", text, re.IGNORECASE)}
    return sorted(spans)


def _hit_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(HIT_BACKGROUND))
    fmt.setForeground(QColor(HIT_FOREGROUND))
    return fmt


def highlight_terms(editor: QPlainTextEdit | QTextEdit, terms: list[str]) -> int:
    """Mark every word of editor starting with one of terms; returns how many were marked."""
    selections = []
    fmt = _hit_format()
    document: QTextDocument = editor.document()
    for start, length in hit_spans(document.toPlainText(), terms):
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
    are). The event's positions count from the cursor.
    """
    spans = hit_spans(line_edit.text(), terms)
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
