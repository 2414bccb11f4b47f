"""How the two sides of the emotion picker look: mine, and (in amber) what they might have felt."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.entry import Subject
from empathy_journal.insights.theme import MINE_LIGHT, THEIRS
from empathy_journal.ui.theme import current_theme
from empathy_journal.ui.widgets.form_parts import hint_label

# Translated where they are shown (QCoreApplication.translate).
SUBJECT_TITLES = {Subject.SELF: QT_TRANSLATE_NOOP("TheirEmotionsSection", "What I felt"),
                  Subject.OTHER: QT_TRANSLATE_NOOP("TheirEmotionsSection",
                                                   "What they might have felt")}
SUBJECT_HINTS = {
    Subject.SELF: QT_TRANSLATE_NOOP("TheirEmotionsSection",
                                    "Your own feelings, with how strong each was (1–5)."),
    Subject.OTHER: QT_TRANSLATE_NOOP("TheirEmotionsSection",
                                     "Your guess about the other person's feelings, not yours."),
}
# Mine and theirs: the charts' two colours (insights/theme.py), the same in every place.
SUBJECT_COLOURS = {Subject.SELF: MINE_LIGHT, Subject.OTHER: THEIRS}


def subject_text(texts: dict[Subject, str], subject: Subject) -> str:
    """A title or hint of SUBJECT_TITLES / SUBJECT_HINTS in the window's language."""
    return QCoreApplication.translate("TheirEmotionsSection", texts[subject])


def subject_colour(subject: Subject) -> str:
    """The colour of my feelings or theirs in the current theme."""
    theme = current_theme()
    return theme.theirs if subject == Subject.OTHER else theme.mine


def their_emotions_box(picker: QWidget) -> QFrame:
    """Frame a picker of the other person's feelings in the amber band with its own title,
    so it never reads as the user's own emotions."""
    colour = subject_colour(Subject.OTHER)
    box = QFrame(objectName="TheirEmotions")
    box.setStyleSheet(f"QFrame#TheirEmotions {{ border: none; border-left: 4px solid {colour}; }}")
    column = QVBoxLayout(box)
    column.setContentsMargins(10, 6, 0, 6)
    title = QLabel(subject_text(SUBJECT_TITLES, Subject.OTHER).upper(),
                   objectName="SectionTitle")
    title.setStyleSheet(f"color: {colour};")
    title.setAccessibleName(QCoreApplication.translate(
        "TheirEmotionsSection", "What they might have felt: your guess, not your own emotions"))
    column.addWidget(title)
    column.addWidget(hint_label(subject_text(SUBJECT_HINTS, Subject.OTHER)))
    column.addWidget(picker)
    return box
