"""How the two sides of the emotion picker look: mine, and (in amber) what they might have felt."""

from __future__ import annotations

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

SUBJECT_TITLES = {Subject.SELF: "What I felt", Subject.OTHER: "What they might have felt"}
SUBJECT_HINTS = {
    Subject.SELF: "Your own feelings, with how strong each was (1–5).",
    Subject.OTHER: "Your guess about the other person's feelings, not yours.",
}
# Mine and theirs: the charts' two colours (insights/theme.py), the same in every place.
SUBJECT_COLOURS = {Subject.SELF: MINE_LIGHT, Subject.OTHER: THEIRS}


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
    title = QLabel(SUBJECT_TITLES[Subject.OTHER].upper(), objectName="SectionTitle")
    title.setStyleSheet(f"color: {colour};")
    title.setAccessibleName("What they might have felt: your guess, not your own emotions")
    column.addWidget(title)
    column.addWidget(hint_label(SUBJECT_HINTS[Subject.OTHER]))
    column.addWidget(picker)
    return box
