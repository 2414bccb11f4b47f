"""The written summary at the top of the Insights view: a card with its key numbers in bold."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from empathy_journal.ui.safe_text import entry_link

# The numbers a reader looks for: counts, averages "of 10", changes, a day's mood, in the
# summary's English or German (insights/summary_text.py). Only the part of a line before any
# quoted or free text is searched, so words the person wrote are never emphasised.
KEY_NUMBER = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)(?= (?:entry|entries|days?|of 10|open follow-ups?"
    r"|Eintrag|Einträge|Tage[n]?|Tag|von 10|offene Nachfassung(?:en)?)\b)"
    r"|(?<=\()([+−±]\d+(?:[.,]\d+)?)(?= (?:vs\.|ggü\.))"
    r"|(?:(?<=, mood )|(?<=, Stimmung ))(\d+(?:[.,]\d+)?)")
FREE_TEXT_STARTS = ("“", "„", "; next:", "; als Nächstes:")
LINE_HEIGHT_PERCENT = 145


def _emphasise(escaped: str) -> str:
    """Bold the key numbers of one escaped line, leaving quoted or free text untouched."""
    cut = min((i for i in (escaped.find(m, 1) for m in FREE_TEXT_STARTS) if i > 0),
              default=len(escaped))
    head, tail = escaped[:cut], escaped[cut:]
    return KEY_NUMBER.sub(lambda m: f"<b>{m.group(0)}</b>", head) + tail


def summary_html(lines: Sequence[str], links: Mapping[str, str]) -> str:
    """The summary sentences as rich text: links keyed by the start of a line, numbers bold."""
    parts = []
    for line in lines:
        text = _emphasise(html.escape(line))
        for start, uuid in links.items():
            if line.startswith(start):
                rest = _emphasise(html.escape(line[len(start):]))
                text = entry_link(uuid, html.escape(start)) + rest
        parts.append(text)
    return (f'<div style="line-height: {LINE_HEIGHT_PERCENT}%;">'
            + "<br>".join(parts) + "</div>")


class SummaryCard(QFrame):
    """A card in the chart cards' colours holding the summary label (links open entries)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryCard")
        self.setStyleSheet("QFrame#summaryCard { background: palette(base); margin: 6px; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.setAccessibleName(self.tr("Summary of the period"))
        self.label.setStyleSheet("font-size: 10.5pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.label)
