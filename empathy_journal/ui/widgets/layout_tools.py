"""Small helpers for widgets that rebuild parts of themselves."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def discard_widget(widget: QWidget) -> None:
    """Take a widget out of sight at once and delete it later.

    ``deleteLater`` alone leaves the widget painted until the event loop runs, so a rebuilt
    list shows old rows under the new ones for a frame (or in a screenshot).
    """
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()
