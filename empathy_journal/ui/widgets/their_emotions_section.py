"""An emotion section for one subject: mine ("What I felt") or, kept apart, theirs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.entry import EmotionTag, Subject
from empathy_journal.domain.vocabulary import Emotion
from empathy_journal.ui.widgets.form_parts import hint_label

SUBJECT_TITLES = {Subject.SELF: "What I felt", Subject.OTHER: "What they might have felt"}
SUBJECT_HINTS = {
    Subject.SELF: "Your own feelings, with how strong each was (1–5).",
    Subject.OTHER: "Your guess about the other person's feelings, not yours.",
}
# Calm accents that read on light and dark backgrounds: blue for mine, amber for theirs.
SUBJECT_COLOURS = {Subject.SELF: "#3b7dd8", Subject.OTHER: "#c98a1b"}


class EmotionSection(QFrame):
    """Search-as-you-type over the vocabulary; each chosen word gets an intensity 1–5."""

    changed = Signal()

    def __init__(self, emotions: list[Emotion], subject: Subject = Subject.OTHER,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subject = subject
        self._by_label = {e.label.casefold(): e for e in emotions}
        self._by_id = {e.id: e for e in emotions}
        self._rows: dict[str, QSpinBox] = {}
        colour = SUBJECT_COLOURS[subject]
        self.setObjectName(f"emotionSection{subject.capitalize()}")
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ border: none;"
                           f" border-left: 4px solid {colour}; }}")
        layout = self._outer = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        title = QLabel(f"<b style='color:{colour}'>{SUBJECT_TITLES[subject]}</b>")
        hint = hint_label(SUBJECT_HINTS[subject])
        self._search = QLineEdit()
        self._search.setPlaceholderText("Type a feeling and press Enter")
        self._search.setAccessibleName(f"{SUBJECT_TITLES[subject]}: add an emotion")
        completer = QCompleter(sorted(e.label for e in emotions), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self._search.setCompleter(completer)
        self._search.returnPressed.connect(self._add_typed)
        completer.activated.connect(lambda text: self._add_label(text))
        self._chosen = QVBoxLayout()
        self._chosen.setSpacing(2)
        for widget in (title, hint, self._search):
            layout.addWidget(widget)
        layout.addLayout(self._chosen)

    def notes_layout(self) -> QVBoxLayout:
        """The section's own layout, for a free-text note placed inside the coloured band."""
        return self._outer

    def tags(self) -> list[EmotionTag]:
        """The chosen words of this section, in the order chosen."""
        return [EmotionTag(emotion_id, spin.value(), self.subject)
                for emotion_id, spin in self._rows.items()]

    def set_tags(self, tags: list[EmotionTag]) -> None:
        """Show the tags of this section's subject (others are ignored) without announcing."""
        self.blockSignals(True)
        for emotion_id in list(self._rows):
            self._remove(emotion_id)
        for tag in tags:
            if tag.subject == self.subject and tag.emotion_id in self._by_id:
                self._add(self._by_id[tag.emotion_id], tag.intensity)
        self.blockSignals(False)

    def _add_typed(self) -> None:
        self._add_label(self._search.text())

    def _add_label(self, text: str) -> None:
        emotion = self._by_label.get(text.strip().casefold())
        if emotion is None:
            return
        self._search.clear()
        if emotion.id not in self._rows:
            self._add(emotion, 3)
            self.changed.emit()

    def _add(self, emotion: Emotion, intensity: int) -> None:
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(emotion.label)
        label.setToolTip(emotion.definition)
        spin = QSpinBox(minimum=1, maximum=5, value=intensity)
        spin.setAccessibleName(f"Intensity of {emotion.label} ({self._whose()})")
        spin.valueChanged.connect(lambda _v: self.changed.emit())
        remove = QToolButton(text="×")
        remove.setAccessibleName(f"Remove {emotion.label} ({self._whose()})")
        remove.clicked.connect(lambda: self._remove_and_announce(emotion.id))
        row_layout.addWidget(label, 1)
        row_layout.addWidget(spin)
        row_layout.addWidget(remove)
        self._chosen.addWidget(row)
        previous = self._last_remove_button() or self._search
        QWidget.setTabOrder(previous, spin)
        QWidget.setTabOrder(spin, remove)
        self._rows[emotion.id] = spin

    def _last_remove_button(self) -> QWidget | None:
        if not self._rows:
            return None
        last_row = list(self._rows.values())[-1].parentWidget()
        return last_row.findChild(QToolButton)

    def _whose(self) -> str:
        return "mine" if self.subject == Subject.SELF else "theirs"

    def _remove_and_announce(self, emotion_id: str) -> None:
        self._remove(emotion_id)
        self._search.setFocus()
        self.changed.emit()

    def _remove(self, emotion_id: str) -> None:
        spin = self._rows.pop(emotion_id)
        row = spin.parentWidget()
        self._chosen.removeWidget(row)
        row.deleteLater()


class TheirEmotionsSection(EmotionSection):
    """The section for what the other person might have felt (subject ``other``)."""

    def __init__(self, emotions: list[Emotion], parent: QWidget | None = None) -> None:
        super().__init__(emotions, Subject.OTHER, parent)
