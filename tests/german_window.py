"""The English still left on a German widget (conftest.py's ``window_in_german`` speaks German)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# English words that German does not use ("an", "in", "was", "die" are German words too).
ENGLISH = re.compile(r"\b(the|and|your|you|with|this|of|to|is|are|for|from|no|not|will|it|a|"
                     r"on|at|by|or|today|yesterday|entry|entries|day|days)\b", re.IGNORECASE)
# Names that stay as they are in German: the app's, the formats', the questionnaires'.
KEPT = re.compile(r"Empathy Journal|Markdown|JSON|CSV|PDF|HTML|WHO-5|PSS-10|jrnl|Day[- ]One|"
                  r"Daylio|RedNotebook|SQLCipher|(?:Ctrl|Strg|Shift|Umschalt|Alt)\+\S+|ISO 8601|"
                  r"https?://\S+|\S+@\S+|(?:/[^\s/]+)+/?")  # and file paths


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a person reads or hears on widget and below it."""
    for child in [widget, *widget.findChildren(QWidget)]:
        where = f"{type(child).__name__}#{child.objectName()}"
        yield where, child.windowTitle() if child.isWindow() else ""
        yield where, child.toolTip()
        yield where, child.accessibleName()
        if isinstance(child, (QLabel, QAbstractButton)):
            yield where, child.text()
        if isinstance(child, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield where, child.placeholderText()
        if isinstance(child, QGroupBox):
            yield where, child.title()
        if isinstance(child, QComboBox):
            for index in range(child.count()):
                yield where, child.itemText(index)
        if isinstance(child, QTabWidget):
            for index in range(child.count()):
                yield where, child.tabText(index)
        for action in child.actions():
            yield f"{where} action", action.text()
            yield f"{where} action", action.toolTip()


def english_left(widget: QWidget) -> list[str]:
    """The texts on widget that still read as English."""
    left = set()
    for where, text in _texts(widget):
        plain = KEPT.sub("", re.sub(r"<[^>]+>", " ", text or "")).replace("&", "")
        if ENGLISH.search(plain):
            left.add(f"{where}: {text!r}")
    return sorted(left)


