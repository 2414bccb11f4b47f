"""EmotionPanel: the right-hand side — how are you feeling (ratings) and which words fit."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from empathy_journal.domain.entry import EmotionTag, Subject
from empathy_journal.domain.vocabulary import Emotion, Family
from empathy_journal.ui.widgets.emotion_picker import EmotionPicker
from empathy_journal.ui.widgets.layout_tools import content_minimum_size
from empathy_journal.ui.widgets.rating_control import RatingControl


def section_title(text: str) -> QLabel:
    """A small upper-case heading for a panel section."""
    return QLabel(text.upper(), objectName="SectionTitle")


class EmotionPanel(QScrollArea):
    """Mood, energy and stress sliders plus the emotion picker; ``changed`` on any edit."""

    changed = Signal()

    def __init__(self, emotions: list[Emotion], families: list[Family],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop itself: Tab goes straight to the sliders, and the scroll area still
        # scrolls the focused control into view.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("How you are feeling and which emotions fit"))
        self.mood = RatingControl(self.tr("Mood"), 1, 10, self.tr("very low"),
                                  self.tr("wonderful"), in_sentence=self.tr("mood"))
        self.energy = RatingControl(self.tr("Energy"), 1, 10, self.tr("drained"),
                                    self.tr("full of energy"), in_sentence=self.tr("energy"))
        self.stress = RatingControl(self.tr("Stress"), 0, 10, self.tr("none"),
                                    self.tr("overwhelming"), in_sentence=self.tr("stress"))
        self.picker = EmotionPicker(emotions, families, Subject.SELF)
        content = QWidget()
        self.sections = QVBoxLayout(content)
        self.sections.setContentsMargins(16, 18, 18, 18)
        self.sections.setSpacing(12)
        self.sections.addWidget(section_title(self.tr("How are you feeling?")))
        for control in (self.mood, self.energy, self.stress):
            self.sections.addWidget(control)
        self.sections.addSpacing(8)
        self.sections.addWidget(section_title(self.tr("Emotions")))
        hint = QLabel(self.tr("The most precise words you can find; a word's meaning shows "
                              "below it."), objectName="Hint", wordWrap=True)
        self.sections.addWidget(hint)
        self.sections.addWidget(self.picker)
        self._vocabulary = (emotions, families)
        self._their: tuple[EmotionPicker, QFrame] | None = None  # made for the first debrief
        self._conversation_mode = False
        self.sections.addStretch(1)
        self.setWidget(content)
        self.picker.tab_anchor = self.stress.slider
        for source in (self.mood, self.energy, self.stress, self.picker):
            source.changed.connect(self.changed.emit)

    @property
    def their_picker(self) -> EmotionPicker:
        """The words for what the other person might have felt (debriefs)."""
        return self._their_section()[0]

    @property
    def their_box(self) -> QFrame:
        """The section around ``their_picker``, shown for debriefs only."""
        return self._their_section()[1]

    def _their_section(self) -> tuple[EmotionPicker, QFrame]:
        """Made, hidden, under the person's own words the first time it is needed (most
        entries are not debriefs, and the first paint does not show it)."""
        if self._their is None:
            from empathy_journal.ui.widgets.their_emotions_section import their_emotions_box

            picker = EmotionPicker(*self._vocabulary, Subject.OTHER)
            box = their_emotions_box(picker)
            box.setVisible(False)
            self.sections.insertWidget(self.sections.indexOf(self.picker) + 1, box)
            picker.tab_anchor = self.picker.results
            picker.changed.connect(self.changed.emit)
            chain = [self.picker.results, *picker.tab_chain()]  # Tab goes on from my words
            for first, second in pairwise(chain):
                QWidget.setTabOrder(first, second)
            self._their = (picker, box)
        return self._their

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """As wide as the sections need: the panel never scrolls sideways or clips a word."""
        return content_minimum_size(self, super().minimumSizeHint())

    def tab_chain(self) -> list[QWidget]:
        """Focusable parts in Tab order: mood, energy, stress, then the two pickers."""
        chain: list[QWidget] = []
        for control in (self.mood, self.energy, self.stress):
            chain += control.tab_chain()
        theirs = self._their[0].tab_chain() if self._their is not None else []
        return chain + self.picker.tab_chain() + theirs

    def add_section(self, widget: QWidget) -> None:
        """Add a section under the emotion words (the practices checklist)."""
        self.sections.insertWidget(self.sections.count() - 1, widget)

    def set_conversation_mode(self, on: bool) -> None:
        """Show the second section, "What they might have felt", for a conversation debrief."""
        if on == self._conversation_mode:
            return  # nothing shows or hides: no layout pass (the first paint lays it out)
        self._conversation_mode = on
        self.their_box.setVisible(on)
        self.widget().adjustSize()
        self.updateGeometry()

    def load(self, mood: int | None, energy: int | None, stress: int | None,
             emotions: list[EmotionTag]) -> None:
        """Show an entry's ratings and words without reporting a change."""
        self.mood.set_value(mood)
        self.energy.set_value(energy)
        self.stress.set_value(stress)
        self.picker.set_tags(emotions)
        if self._their is not None or any(tag.subject == Subject.OTHER for tag in emotions):
            self.their_picker.set_tags(emotions)

    def ratings(self) -> tuple[int | None, int | None, int | None]:
        """(mood, energy, stress), each None when not rated."""
        return self.mood.value(), self.energy.value(), self.stress.value()

    def emotion_tags(self) -> list[EmotionTag]:
        """Every chosen word: mine first, then what they might have felt (kept apart by subject)."""
        theirs = self._their[0].tags() if self._their is not None else []
        return self.picker.tags() + theirs
