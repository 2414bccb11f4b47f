"""EmotionFilter: tick several emotion words to search by; type to narrow the list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.vocabulary import Emotion
from empathy_journal.ui.safe_text import plain_label

IdRole = Qt.ItemDataRole.UserRole
LIST_HEIGHT = 132


class EmotionFilter(QWidget):
    """A checkable list of emotion words; an entry matches when it has any ticked word.

    Keyboard: type in the find box to narrow the list to words starting so, Enter ticks (or unticks) the first
    word shown, Down moves into the list, where Space ticks the current word.
    """

    changed = Signal()

    def __init__(self, emotions: list[Emotion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find = QLineEdit(placeholderText=self.tr("Find a feeling…"), clearButtonEnabled=True,
                              accessibleName=self.tr("Find a feeling to filter by"))
        self.words = QListWidget(accessibleName=self.tr("Feelings to filter by"))
        self.words.setMaximumHeight(LIST_HEIGHT)
        self.summary = plain_label(self.tr("Any feeling"), objectName="Hint", wordWrap=True)
        self.clear_button = QToolButton(text=self.tr("Clear"),
                                        accessibleName=self.tr("Clear the chosen feelings"))
        self.clear_button.setEnabled(False)
        for word in sorted(emotions, key=lambda e: e.label.casefold()):
            item = QListWidgetItem(word.label)
            item.setData(IdRole, word.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.words.addItem(item)
        self._layout()
        self.find.textChanged.connect(self._narrow)
        self.find.returnPressed.connect(self._toggle_first_shown)
        self.find.installEventFilter(self)
        self.words.itemChanged.connect(self._ticked)
        self.clear_button.clicked.connect(self.clear)

    def _layout(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.find)
        column.addWidget(self.words)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.clear_button)
        column.addLayout(row)

    def _items(self) -> list[QListWidgetItem]:
        return [self.words.item(row) for row in range(self.words.count())]

    def _shown(self) -> list[QListWidgetItem]:
        return [item for item in self._items() if not item.isHidden()]

    def _narrow(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._items():
            words = item.text().casefold().split()
            item.setHidden(bool(needle) and not any(w.startswith(needle) for w in words))

    def _toggle_first_shown(self) -> None:
        shown = self._shown()
        if shown:
            checked = shown[0].checkState() == Qt.CheckState.Checked
            shown[0].setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            self.find.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (watched is self.find and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down):
            shown = self._shown()
            if shown:
                self.words.setCurrentItem(shown[0])
                self.words.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _ticked(self, _item: QListWidgetItem | None = None) -> None:
        labels = [item.text() for item in self._items()
                  if item.checkState() == Qt.CheckState.Checked]
        self.summary.setText(self.tr("Any of: {feelings}").format(feelings=", ".join(labels))
                             if labels else self.tr("Any feeling"))
        self.clear_button.setEnabled(bool(labels))
        self.changed.emit()

    def selected_ids(self) -> tuple[str, ...]:
        """The ids of the ticked words, in the list's (alphabetical) order."""
        return tuple(item.data(IdRole) for item in self._items()
                     if item.checkState() == Qt.CheckState.Checked)

    def set_selected(self, ids: tuple[str, ...] | list[str]) -> None:
        """Tick exactly the words with these ids (one ``changed`` at the end)."""
        wanted = set(ids)
        self.words.blockSignals(True)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if item.data(IdRole) in wanted
                               else Qt.CheckState.Unchecked)
        self.words.blockSignals(False)
        self._ticked()

    def clear(self) -> None:
        """Untick every word."""
        self.set_selected(())
