"""Stored text in widgets: plain-text labels, escaped rich text, links only to well-formed uuids."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

# Exactly what str(uuid.uuid4()) writes (any case): nothing else ever goes into an href.
ENTRY_UUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")


def is_entry_uuid(text: object) -> bool:
    """True when text is a uuid in the 8-4-4-4-12 hex form (and nothing more)."""
    return isinstance(text, str) and ENTRY_UUID.fullmatch(text) is not None


def entry_link(uuid: str, text_html: str, scheme: str = "entry") -> str:
    """``<a href="entry:UUID">text</a>``, or just the text when uuid is not a well-formed uuid."""
    if not is_entry_uuid(uuid):
        return text_html
    return f'<a href="{scheme}:{uuid}">{text_html}</a>'


def escaped(text: object) -> str:
    """Stored or imported text made safe to paste into rich text (tags shown, not run)."""
    return html.escape(str(text), quote=True)


def as_written(text: object) -> str:
    """Text for widgets that guess at HTML (tooltips, message boxes), shown exactly as written."""
    return f"<p>{escaped(text)}</p>" if str(text) else ""


def plain_label(text: str = "", parent: QWidget | None = None, **options: object) -> QLabel:
    """A label that shows text exactly as written, never as HTML (names, notes, messages)."""
    label = QLabel(text, parent, **options)  # type: ignore[arg-type]
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def make_plain(*labels: QLabel) -> None:
    """Switch existing labels to plain text, so stored text set on them later is never HTML."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
