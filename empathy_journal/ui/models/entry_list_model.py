"""EntryListModel: the entries of the visible month as a Qt list model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from empathy_journal.domain.entry import EntryKind
from empathy_journal.domain.text import first_line
from empathy_journal.storage.summaries import EntrySummary
from empathy_journal.ui.dates import long_date

UuidRole = Qt.ItemDataRole.UserRole + 1
DateRole = Qt.ItemDataRole.UserRole + 2
MoodRole = Qt.ItemDataRole.UserRole + 3
PreviewRole = Qt.ItemDataRole.UserRole + 4
KindRole = Qt.ItemDataRole.UserRole + 5
StarredRole = Qt.ItemDataRole.UserRole + 6
EmotionsRole = Qt.ItemDataRole.UserRole + 7
SummaryRole = Qt.ItemDataRole.UserRole + 8

AnyIndex = QModelIndex | QPersistentModelIndex


def display_title(summary: EntrySummary) -> str:
    """What the list shows as an entry's title: its title, else (a debrief) the person it was
    with, else its first line, else a kind word."""
    if summary.title.strip():
        return summary.title.strip()
    if summary.kind == EntryKind.CONVERSATION and summary.person.strip():
        return QCoreApplication.translate("EntryListModel", "Talk with {person}").format(
            person=summary.person.strip())
    line = first_line(summary.preview, 60)
    if line:
        return line
    if summary.kind == EntryKind.CONVERSATION:
        return QCoreApplication.translate("EntryListModel", "Conversation debrief")
    return QCoreApplication.translate("EntryListModel", "Untitled entry")


class EntryListModel(QAbstractListModel):
    """Rows of EntrySummary, newest day first, updated row by row as entries are saved."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[EntrySummary] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_title(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return first_line(row.preview, 120) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            day, title = long_date(row.local_date), display_title(row)
            if row.mood is None:
                return self.tr("{date}: {title}").format(date=day, title=title)
            return self.tr("{date}: {title}, mood {mood}").format(date=day, title=title,
                                                                  mood=row.mood)
        return self._custom_role(row, role)

    @staticmethod
    def _custom_role(row: EntrySummary, role: int) -> Any:
        values = {
            UuidRole: row.uuid, DateRole: row.local_date, MoodRole: row.mood,
            PreviewRole: first_line(row.preview, 120), KindRole: str(row.kind),
            StarredRole: row.starred, EmotionsRole: ", ".join(row.emotion_labels),
            SummaryRole: row,
        }
        return values.get(role)

    def roleNames(self) -> dict[int, bytes]:  # noqa: N802
        names = dict(super().roleNames())
        names.update({UuidRole: b"uuid", DateRole: b"date", MoodRole: b"mood",
                      PreviewRole: b"preview", KindRole: b"kind", StarredRole: b"starred",
                      EmotionsRole: b"emotions"})
        return names

    def set_rows(self, rows: list[EntrySummary]) -> None:
        """Replace every row (a new month), newest first."""
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: (r.local_date, r.created_utc), reverse=True)
        self.endResetModel()

    def upsert(self, summary: EntrySummary) -> None:
        """Insert or update one row in place (after a save), keeping the order."""
        existing = self.row_of(summary.uuid)
        if existing is not None:
            if self._rows[existing].local_date == summary.local_date:
                self._rows[existing] = summary
                index = self.index(existing)
                self.dataChanged.emit(index, index)
                return
            self.remove(summary.uuid)
        key = (summary.local_date, summary.created_utc)
        position = 0
        while position < len(self._rows) and \
                (self._rows[position].local_date, self._rows[position].created_utc) > key:
            position += 1
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, summary)
        self.endInsertRows()

    def remove(self, uuid: str) -> None:
        """Drop the row of uuid, if present."""
        row = self.row_of(uuid)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def row_of(self, uuid: str) -> int | None:
        """The row number of uuid, or None."""
        for number, summary in enumerate(self._rows):
            if summary.uuid == uuid:
                return number
        return None
