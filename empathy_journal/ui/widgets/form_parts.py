"""Small building blocks shared by the empathy forms: grey hints, short text boxes, headings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A short grey line under a field saying what a good answer looks like (plain text: it
    also says what went wrong, naming people and values as they were typed)."""
    label = QLabel(text, parent, objectName="Hint")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText,
                     palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    font = label.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


def section_heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A quiet upper-case heading that groups a few fields (styled like the emotion panel's)."""
    label = QLabel(text.upper(), parent, objectName="SectionTitle")
    font = label.font()
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setContentsMargins(0, 12, 0, 2)
    return label


def short_text_box(accessible_name: str, lines: int = 3,
                   parent: QWidget | None = None) -> QPlainTextEdit:
    """A plain text box a few lines high where Tab moves on to the next field."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setAccessibleName(accessible_name)
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setMinimumHeight(height)
    box.setMaximumHeight(height + height // 2)
    return box
