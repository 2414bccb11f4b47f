"""MoodCheckIn: a one-minute check-in from anywhere: mood, stress and up to three words."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.entry import EmotionTag
from empathy_journal.domain.vocabulary import Emotion, Family
from empathy_journal.ui.widgets.emotion_picker import EmotionPicker
from empathy_journal.ui.widgets.rating_control import RatingControl

MAX_WORDS = 3
# The dialog's title, and the new entry's (written in the language of the window).
CHECK_IN_TITLE = QT_TRANSLATE_NOOP("MoodCheckIn", "Mood check-in")
DIALOG_EMS = 26  # the dialog's width in font heights


def check_in_title() -> str:
    """The title "Mood check-in" in the language of the window."""
    return QCoreApplication.translate("MoodCheckIn", CHECK_IN_TITLE)


@dataclass(frozen=True)
class CheckIn:
    """What a check-in holds."""

    mood: int | None
    stress: int | None
    emotions: list[EmotionTag] = field(default_factory=list)

    @property
    def is_blank(self) -> bool:
        """True when nothing was rated or chosen."""
        return self.mood is None and self.stress is None and not self.emotions


class MoodCheckIn(QDialog):
    """Two sliders and a short word list; Save adds a short entry to today.

    Enter in the word search adds a word (no button is the default, so it never saves by
    accident); Tab reaches Save.
    """

    def __init__(self, emotions: list[Emotion], families: list[Family],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="MoodCheckIn")
        self.setWindowTitle(check_in_title())
        self.setMinimumWidth(self.fontMetrics().height() * DIALOG_EMS)
        self.heading = QLabel(self.tr("How are you, right now?"), objectName="CalmHeading")
        self.mood = RatingControl(self.tr("Mood"), 1, 10, self.tr("low"), self.tr("great"))
        self.stress = RatingControl(self.tr("Stress"), 0, 10, self.tr("calm"),
                                     self.tr("overwhelmed"))
        for control in (self.mood, self.stress):
            control.set_value(None)  # not rated, the handle in the middle
        self.words_label = QLabel(self._words_hint(), objectName="Hint")
        self.picker = EmotionPicker(emotions, families)
        self.picker.results.setMinimumHeight(self.picker.results.minimumHeight() // 2)
        # Plain buttons, not a QDialogButtonBox: that makes Save the default when shown, and
        # Enter in the word search would then save instead of adding the word.
        self.save_button = QPushButton(self.tr("Save"), objectName="Primary")
        self.save_button.setAccessibleName(self.tr("Save the check-in to today"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.save_button)
        self.buttons.addWidget(self.cancel_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 18)
        column.setSpacing(10)
        for widget in (self.heading, self.mood, self.stress, self.words_label, self.picker):
            column.addWidget(widget)
        column.addLayout(self.buttons)
        self.picker.tab_anchor = self.stress.slider
        QWidget.setTabOrder(self.mood.slider, self.stress.slider)
        QWidget.setTabOrder(self.stress.slider, self.picker.search)
        self.picker.changed.connect(self._keep_to_three)
        self.mood.changed.connect(self._enable_save)
        self.stress.changed.connect(self._enable_save)
        self.picker.changed.connect(self._enable_save)
        self.save_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self._enable_save()
        self.mood.slider.setFocus()

    def _keep_to_three(self) -> None:
        tags = self.picker.tags()
        for tag in tags[MAX_WORDS:]:
            self.picker.remove(tag.emotion_id)
        full = len(self.picker.tags()) >= MAX_WORDS
        if full and self.picker.search.hasFocus():
            self.save_button.setFocus()  # the keyboard goes on to Save, not nowhere
        self.picker.search.setEnabled(not full)
        self.picker.results.setEnabled(not full)
        self.words_label.setText(self.tr("Three words chosen; remove one to pick another.")
                                 if full else self._words_hint())

    def _words_hint(self) -> str:
        return self.tr("Up to %n words for what you feel", "", MAX_WORDS)

    def _enable_save(self) -> None:
        self.save_button.setEnabled(not self.check_in().is_blank)

    def check_in(self) -> CheckIn:
        """What the dialog holds now."""
        return CheckIn(self.mood.value(), self.stress.value(), self.picker.tags())

    @classmethod
    def ask(cls, emotions: list[Emotion], families: list[Family],
            parent: QWidget | None = None) -> CheckIn | None:
        """Show the dialog; the check-in, or None when cancelled."""
        dialog = cls(emotions, families, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.check_in() if accepted else None
        finally:
            dialog.deleteLater()
