"""EmotionPicker: search-as-you-type over the vocabulary, chosen words with intensity 1–5 or unset."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.entry import EmotionTag, Subject
from empathy_journal.domain.vocabulary import Emotion, Family, matches, rank
from empathy_journal.ui.safe_text import escaped, plain_label
from empathy_journal.ui.theme import current_theme
from empathy_journal.ui.widgets.layout_tools import discard_widget
from empathy_journal.ui.widgets.mood_meter import MoodMeter

EmotionRole = Qt.ItemDataRole.UserRole + 1
RESULT_ROWS_MIN, RESULT_ROWS_MAX = 4, 6  # compact: ratings, words and practices fit 900 px
RESULT_ROW_PADDING = 6


def emotion_tooltip(emotion: Emotion, family: str | None = None) -> str:
    """The one-line definition shown when hovering a word, with its family's name (family, in
    the journal's language; the family's id when not given)."""
    return (f"<b>{escaped(emotion.label)}</b> ({escaped(family or emotion.family)}): "
            f"{escaped(emotion.definition)}")


class ChosenEmotionRow(QWidget):
    """One chosen word: label with its definition as tooltip, intensity, remove."""

    changed = Signal()
    removed = Signal(str)

    def __init__(self, emotion: Emotion, intensity: int | None, parent: QWidget | None = None, *,
                 theirs: bool = False, family: str | None = None) -> None:
        super().__init__(parent)
        from empathy_journal.ui.widgets.intensity_dots import IntensityDots  # with the first chip

        self.emotion = emotion
        self.label = plain_label(emotion.label)
        self.label.setToolTip(emotion_tooltip(emotion, family))
        self.intensity = IntensityDots(intensity, theirs=theirs)
        self.intensity.setAccessibleName(self.tr("Intensity of {word}, 1 to 5").format(
            word=emotion.label))
        self.remove_button = QToolButton(text="✕", objectName="Flat")
        remove = self.tr("Remove {word}").format(word=emotion.label)
        self.remove_button.setAccessibleName(remove)
        self.remove_button.setToolTip(remove)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.intensity)
        row.addWidget(self.remove_button)
        self.intensity.valueChanged.connect(lambda _v: self.changed.emit())
        self.remove_button.clicked.connect(lambda: self.removed.emit(emotion.id))


class EmotionPicker(QWidget):
    """Find a precise word and add it; ``changed`` fires when the chosen set changes."""

    changed = Signal()

    def __init__(self, emotions: list[Emotion], families: list[Family],
                 subject: Subject = Subject.SELF, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subject = subject
        self._emotions = {e.id: e for e in emotions}
        self._families = {f.id: f.label for f in families}
        self._family_order = {f.id: n for n, f in enumerate(families)}
        self._rows: dict[str, ChosenEmotionRow] = {}
        self.tab_anchor: QWidget | None = None  # the Tab stop before this picker's
        self.search = QLineEdit(placeholderText=self.tr("Find a word…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(
            self.tr("Search emotion words they might have felt") if subject == Subject.OTHER
            else self.tr("Search emotion words you feel"))
        self.search.setToolTip(
            self.tr("Type part of a word (try “frustrated”); Down, then Enter adds it"))
        self.quadrant = MoodMeter()
        self.results = QListWidget()
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setAccessibleName(self.tr("Matching emotion words; Enter adds the word"))
        row = self.results.fontMetrics().lineSpacing() + RESULT_ROW_PADDING
        self.results.setMinimumHeight(RESULT_ROWS_MIN * row)
        self.results.setMaximumHeight(RESULT_ROWS_MAX * row)
        self.chosen_box = QVBoxLayout()
        self.chosen_box.setSpacing(4)
        self.empty_label = QLabel(self.tr("No words chosen yet."), objectName="Hint")
        self.empty_label.setAccessibleName(self.tr("No emotion words chosen yet"))
        # The highlighted word's definition, shown for the keyboard and the mouse alike.
        self.definition = QLabel(objectName="Definition", wordWrap=True)
        self.definition.setTextFormat(Qt.TextFormat.RichText)
        self.definition.setAccessibleName(self.tr("Definition of the highlighted word"))
        self._layout()
        self.search.textChanged.connect(self._refresh_results)
        self.quadrant.changed.connect(self._refresh_results)
        self.results.currentItemChanged.connect(self._show_definition)
        self.search.returnPressed.connect(self._add_current)
        self.results.itemActivated.connect(self._add_item)
        self.search.installEventFilter(self)
        self._refresh_results()

    def _layout(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(self.chosen_box)
        column.addWidget(self.empty_label)
        column.addSpacing(4)
        finder = QHBoxLayout()
        finder.setSpacing(8)
        words = QVBoxLayout()
        words.setSpacing(6)
        words.addWidget(self.search)
        words.addWidget(self.results)
        finder.addLayout(words, 3)
        finder.addWidget(self.quadrant, 2)
        column.addLayout(finder)
        column.addWidget(self.definition)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                if self.results.currentRow() < 0:
                    self.results.setCurrentRow(self._first_selectable_row())
                return True
        return super().eventFilter(watched, event)

    def _visible_emotions(self) -> list[Emotion]:
        query = self.search.text().strip()
        quadrant = self.quadrant.quadrant()
        found = [e for e in self._emotions.values()
                 if matches(e, query) and (quadrant is None or e.quadrant == quadrant)]
        if query:
            return sorted(found, key=lambda e: (rank(e, query), e.label))
        return sorted(found, key=lambda e: (self._family_order.get(e.family, 99), e.label))

    def _refresh_results(self) -> None:
        self.results.clear()
        query = self.search.text().strip()
        family = None
        muted = QBrush(QColor(current_theme().muted))
        for emotion in self._visible_emotions():
            if not query and emotion.family != family:
                family = emotion.family
                header = QListWidgetItem(self._families.get(family, family).upper())
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                header.setForeground(muted)
                self.results.addItem(header)
            family_label = self._families.get(emotion.family, emotion.family)
            item = QListWidgetItem(f"{emotion.label}  ·  {family_label}" if query else emotion.label)
            item.setData(EmotionRole, emotion.id)
            item.setToolTip(emotion_tooltip(emotion, family_label))
            self.results.addItem(item)
        if query and self.results.count() == 0:
            nothing = QListWidgetItem(self.tr("No word matches “{query}”. Try a shorter or "
                                              "simpler word.").format(query=query))
            nothing.setFlags(Qt.ItemFlag.NoItemFlags)
            nothing.setForeground(muted)
            self.results.addItem(nothing)
        if query:
            self.results.setCurrentRow(self._first_selectable_row())
        self._show_definition(self.results.currentItem())

    def _show_definition(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        emotion = self._emotions.get(item.data(EmotionRole)) if item is not None else None
        self.definition.setText("" if emotion is None else emotion_tooltip(
            emotion, self._families.get(emotion.family)))
        self.definition.setVisible(emotion is not None)

    def _first_selectable_row(self) -> int:
        for row in range(self.results.count()):
            if self.results.item(row).data(EmotionRole):
                return row
        return -1

    def _add_current(self) -> None:
        item = self.results.currentItem()
        if item is None or not item.data(EmotionRole):
            row = self._first_selectable_row()
            item = self.results.item(row) if row >= 0 else None
        if item is not None:
            self._add_item(item)
            self.search.clear()

    def _add_item(self, item: QListWidgetItem) -> None:
        emotion_id = item.data(EmotionRole)
        if not emotion_id:
            return
        from_keyboard = self.results.hasFocus()
        self.add(emotion_id, None, notify=True)
        if from_keyboard:  # Down, Enter: back in an empty search, ready for the next word
            self.search.clear()
            self.search.setFocus()

    def add(self, emotion_id: str, intensity: int | None = None, *, notify: bool = True) -> None:
        """Choose a word, its intensity not rated unless given (ignored if unknown or chosen)."""
        emotion = self._emotions.get(emotion_id)
        if emotion is None or emotion_id in self._rows:
            return
        row = ChosenEmotionRow(emotion, intensity, theirs=self.subject == Subject.OTHER,
                               family=self._families.get(emotion.family))
        row.changed.connect(self.changed.emit)
        row.removed.connect(self.remove)
        self._rows[emotion_id] = row
        self.chosen_box.addWidget(row)
        self._link_tab_order()
        self.empty_label.setVisible(False)
        if notify:
            self.changed.emit()

    def tab_chain(self) -> list[QWidget]:
        """Tab stops in order: each chosen word's intensity and remove button, as they show
        above the search, then the search, the filter and the matches."""
        rows = [part for row in self._rows.values() for part in (row.intensity, row.remove_button)]
        return [*rows, self.search, self.quadrant, self.results]

    def _link_tab_order(self) -> None:
        """Chain a new word's controls in after ``tab_anchor`` (a new widget would otherwise be
        last in the window's chain): Shift+Tab from the search reaches the word added last."""
        if self.tab_anchor is None or self.tab_anchor.window() is not self.window():
            return
        for first, second in pairwise([self.tab_anchor, *self.tab_chain()]):
            QWidget.setTabOrder(first, second)

    def remove(self, emotion_id: str) -> None:
        """Un-choose a word."""
        row = self._rows.pop(emotion_id, None)
        if row is None:
            return
        discard_widget(row)
        self.empty_label.setVisible(not self._rows)
        self.changed.emit()
        self.search.setFocus()

    def tags(self) -> list[EmotionTag]:
        """The chosen words with their intensities, in the order chosen."""
        return [EmotionTag(eid, row.intensity.value(), self.subject)
                for eid, row in self._rows.items()]

    def set_tags(self, tags: list[EmotionTag]) -> None:
        """Show stored tags of this picker's subject without reporting a change."""
        for emotion_id in list(self._rows):
            row = self._rows.pop(emotion_id)
            discard_widget(row)
        for tag in tags:
            if tag.subject == self.subject:
                self.add(tag.emotion_id, tag.intensity, notify=False)
        self.empty_label.setVisible(not self._rows)
