"""Light Markdown formatting in the editor: headings, emphasis, lists, quotes, code and #tags."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from empathy_journal.ui.theme import Theme

_RULES = [
    ("heading", re.compile(r"^#{1,6}\s.*$")),
    ("quote", re.compile(r"^>\s?.*$")),
    ("bullet", re.compile(r"^\s*([-*+]|\d+[.)])\s")),
    ("bold", re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")),
    # One star or underscore, never part of a pair (so **bold** is never taken for italics).
    ("italic", re.compile(r"(?<![*_\w])([*_])(?![*_\s])(.+?)(?<![*_\s])\1(?![*_\w])")),
    ("code", re.compile(r"`[^`]+`")),
    ("tag", re.compile(r"(?<![\w#])#[^\W\d_][\w-]*")),
]


class MarkdownHighlighter(QSyntaxHighlighter):
    """Shows the Markdown source with its meaning (bigger headings, bold, italics) while typing."""

    def __init__(self, document: QTextDocument, theme: Theme) -> None:
        super().__init__(document)
        self._formats: dict[str, QTextCharFormat] = {}
        self.set_theme(theme)

    def set_theme(self, theme: Theme) -> None:
        """Recolour for a theme."""
        accent, muted = QColor(theme.accent), QColor(theme.muted)
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setForeground(accent)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        italic = QTextCharFormat()
        italic.setFontItalic(True)
        quote = QTextCharFormat()
        quote.setForeground(muted)
        quote.setFontItalic(True)
        bullet = QTextCharFormat()
        bullet.setForeground(accent)
        bullet.setFontWeight(QFont.Weight.Bold)
        code = QTextCharFormat()
        code.setFontFamilies(["monospace"])
        code.setForeground(muted)
        tag = QTextCharFormat()
        tag.setForeground(accent)
        self._formats = {"heading": heading, "bold": bold, "italic": italic, "quote": quote,
                         "bullet": bullet, "code": code, "tag": tag}
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        for name, pattern in _RULES:
            for match in pattern.finditer(text):
                for position in range(match.start(), match.end()):  # merged, so bold stays bold
                    merged = QTextCharFormat(self.format(position))
                    merged.merge(self._formats[name])
                    self.setFormat(position, 1, merged)
