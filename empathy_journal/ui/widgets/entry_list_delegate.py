"""Paints one entry row: date, title, first line and a mood dot, with comfortable spacing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from empathy_journal.ui.dates import weekday_and_day
from empathy_journal.ui.models.entry_list_model import (
    DateRole,
    KindRole,
    MoodRole,
    PreviewRole,
    StarredRole,
)
from empathy_journal.ui.theme import current_theme, mood_colour

ROW_PADDING = 26  # above, between and below the two lines: 58 px rows at a 16 px line spacing


def row_height(metrics: QFontMetrics) -> int:
    """A row's height for a font: two lines of text and the padding, so it grows with the font."""
    return 2 * metrics.lineSpacing() + ROW_PADDING


class EntryListDelegate(QStyledItemDelegate):
    """Two-line rows: '26 Thu · title ★' above a muted first line of text."""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.rect.width(), row_height(option.fontMetrics))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        theme = current_theme()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 2, -4, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected or hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.selection if selected else theme.surface))
            painter.drawRoundedRect(rect, 8, 8)
        self._paint_mood_dot(painter, rect, index.data(MoodRole), theme.border)
        self._paint_texts(painter, rect.adjusted(30, 6, -8, -6), index, theme.text, theme.muted)
        painter.restore()

    @staticmethod
    def _paint_mood_dot(painter: QPainter, rect: QRect, mood: int | None, empty: str) -> None:
        colour = mood_colour(mood, current_theme())
        painter.setBrush(colour if colour is not None else QColor(empty))
        # A darker rim of the same colour keeps the pale middle of the ramp visible.
        painter.setPen(colour.darker(135) if colour is not None else Qt.PenStyle.NoPen)
        painter.drawEllipse(rect.left() + 10, rect.center().y() - 5, 10, 10)

    @staticmethod
    def _paint_texts(painter: QPainter, rect: QRect, index: QModelIndex | QPersistentModelIndex,
                     text: str, muted: str) -> None:
        day = index.data(DateRole)
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        # The list names a debrief without a title after its person (EntryListModel).
        talk_with = QCoreApplication.translate("EntryListModel", "Talk with {person}")
        named = title.startswith(talk_with.split("{person}")[0].rstrip() or "\0")
        kind_mark = ("  ·  " + QCoreApplication.translate("EntryListDelegate", "debrief")
                     if index.data(KindRole) == "conversation" and not named else "")
        star = "  ★" if index.data(StarredRole) else ""
        font = QFont(painter.font())
        date_text = weekday_and_day(day) if day else ""
        painter.setPen(QColor(muted))
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, date_text)
        date_width = painter.fontMetrics().horizontalAdvance("Www 00") + 10
        title_rect = rect.adjusted(date_width, 0, 0, 0)
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(QColor(text))
        title = painter.fontMetrics().elidedText(
            f"{index.data()}{star}", Qt.TextElideMode.ElideRight, title_rect.width())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        painter.setFont(font)
        painter.setPen(QColor(muted))
        preview = painter.fontMetrics().elidedText(
            f"{index.data(PreviewRole) or ''}{kind_mark}", Qt.TextElideMode.ElideRight,
            rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, preview)
