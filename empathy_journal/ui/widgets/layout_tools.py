"""Small helpers for widgets that rebuild parts of themselves."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QScrollArea, QWidget


def discard_widget(widget: QWidget) -> None:
    """Take a widget out of sight at once and delete it later.

    ``deleteLater`` alone leaves the widget painted until the event loop runs, so a rebuilt
    list shows old rows under the new ones for a frame (or in a screenshot).
    """
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def content_minimum_size(area: QScrollArea, base: QSize) -> QSize:
    """A vertical scroll area's minimum size widened to its content's minimum width (plus
    the scroll bar), so the content is never clipped nor scrolled sideways."""
    content = area.widget()
    if content is None:
        return base
    width = (content.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width()
             + 2 * area.frameWidth())
    return QSize(max(width, base.width()), base.height())
