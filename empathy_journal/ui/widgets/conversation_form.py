"""The conversation debrief form shown beside a debrief's text; every field optional, autosaved."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.conversation import (
    DEBRIEF_TEXT_FIELDS,
    Debrief,
    DebriefField,
    PerspectiveResult,
)
from empathy_journal.domain.entry import EmotionTag, Subject
from empathy_journal.domain.vocabulary import Emotion
from empathy_journal.storage.conversation_repository import ConversationRepository
from empathy_journal.storage.people_repository import PeopleRepository
from empathy_journal.ui.widgets.form_parts import hint_label, section_heading, short_text_box
from empathy_journal.ui.widgets.person_picker import PersonPicker
from empathy_journal.ui.widgets.perspective_check import PerspectiveCheckControl
from empathy_journal.ui.widgets.their_emotions_section import EmotionSection

DEFAULT_DUE_DAYS = 7  # a follow-up date, once asked for, starts a week ahead

# Quiet headings placed before the field that opens each group.
SECTION_BEFORE = {"context": "The conversation", "i_felt": "Feelings, mine and theirs",
                  "their_needs": "Needs", "heard": "Listening", "differently": "Next time"}


class ConversationForm(QScrollArea):
    """Who, context, facts, feelings on both sides, needs, listening, next time, follow-up.

    Emits ``changed`` on every edit so the window's autosave saves the form with the entry
    (``ConversationRepository.save_debrief``). The guess check and "follow-up done" are
    written at once when the entry is already stored, so they never wait for an autosave.
    """

    changed = Signal()

    def __init__(self, people: PeopleRepository, conversations: ConversationRepository,
                 emotions: list[Emotion] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conversations = conversations
        self._entry_id: int | None = None
        self._status = Debrief()
        self.setWidgetResizable(True)
        self.setAccessibleName("Conversation debrief")
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setSpacing(4)
        self._layout.setContentsMargins(12, 8, 12, 12)
        self._layout.addWidget(section_heading("Conversation debrief"))
        self._layout.addWidget(hint_label(
            "Every field is optional. Write as much or as little as helps."))
        self.person = PersonPicker(people)
        self._add_field("Who", "A name or alias; a new one is added when you move on.",
                        self.person)
        self.person.personChanged.connect(lambda _id: self.changed.emit())
        self.sections: dict[Subject, EmotionSection] = {}
        self._texts: dict[str, QPlainTextEdit | QLineEdit] = {}
        for field in DEBRIEF_TEXT_FIELDS:
            self._add_text_field(field, emotions)
        self._add_due_date()
        self.perspective = PerspectiveCheckControl()
        self.perspective.checkChanged.connect(self._on_check)
        self._layout.addSpacing(8)
        self._layout.addWidget(self.perspective)
        self._layout.addStretch(1)
        self.setWidget(body)

    # -- building ----------------------------------------------------------------------------

    def _add_field(self, label_text: str, hint: str, editor: QWidget,
                   layout: QVBoxLayout | None = None) -> None:
        target = layout if layout is not None else self._layout
        label = QLabel(label_text)
        label.setBuddy(editor)
        target.addWidget(label)
        target.addWidget(editor)
        target.addWidget(hint_label(hint))

    def _add_text_field(self, field: DebriefField, emotions: list[Emotion] | None) -> None:
        if field.name in SECTION_BEFORE:
            self._layout.addWidget(section_heading(SECTION_BEFORE[field.name]))
        subject = {"i_felt": Subject.SELF, "they_felt": Subject.OTHER}.get(field.name)
        section: EmotionSection | None = None
        if subject is not None and emotions is not None:
            section = EmotionSection(emotions, subject)
            section.changed.connect(self.changed)
            self.sections[subject] = section
            self._layout.addWidget(section)
        if field.name == "follow_up":
            editor: QPlainTextEdit | QLineEdit = QLineEdit()
            editor.setAccessibleName(field.label)
            editor.textChanged.connect(lambda _t: self.changed.emit())
        else:
            editor = short_text_box(field.label, lines=2 if subject else 3)
            editor.textChanged.connect(self.changed)
        self._texts[field.name] = editor
        if section is not None:
            self._add_field("In my own words", field.hint, editor, section.notes_layout())
        else:
            self._add_field(field.label, field.hint, editor)

    def _add_due_date(self) -> None:
        row = QHBoxLayout()
        self.has_due = QCheckBox("Due on")
        self.has_due.setAccessibleName("Follow-up has a due date")
        self.due = QDateEdit(calendarPopup=True)
        self.due.setDisplayFormat("ddd d MMM yyyy")
        self.due.setAccessibleName("Follow-up due date")
        self.due.setDate(QDate.currentDate().addDays(DEFAULT_DUE_DAYS))
        self.due.setEnabled(False)
        self.done = QCheckBox("Done")
        self.done.setAccessibleName("Follow-up done")
        for widget in (self.has_due, self.due):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.done)
        self._layout.addLayout(row)
        self.has_due.toggled.connect(self._on_due_toggled)
        self.due.dateChanged.connect(lambda _d: self.changed.emit())
        self.done.toggled.connect(self._on_done)

    # -- reading and showing -----------------------------------------------------------------

    def debrief(self) -> Debrief:
        """What the form holds now."""
        texts = {name: (w.text() if isinstance(w, QLineEdit) else w.toPlainText())
                 for name, w in self._texts.items()}
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        return replace(self._status, person_id=self.person.person_id(),
                       follow_up_due=due, **texts)

    def emotion_tags(self) -> list[EmotionTag]:
        """The emotions chosen in the form's own sections (mine first, then theirs)."""
        return [tag for section in self.sections.values() for tag in section.tags()]

    def load(self, entry_id: int | None, debrief: Debrief | None,
             tags: list[EmotionTag] | None = None) -> None:
        """Show a stored debrief (or an empty form) without announcing a change."""
        shown = debrief or Debrief()
        self._entry_id = entry_id
        self._status = Debrief(follow_up_done_utc=shown.follow_up_done_utc,
                               perspective_check=shown.perspective_check,
                               perspective_checked_on=shown.perspective_checked_on,
                               perspective_note=shown.perspective_note)
        self.blockSignals(True)
        try:
            self.person.set_person_id(shown.person_id)
            for name, widget in self._texts.items():
                if isinstance(widget, QLineEdit):
                    widget.setText(getattr(shown, name))
                else:
                    widget.setPlainText(getattr(shown, name))
            self.has_due.setChecked(shown.follow_up_due is not None)
            self.due.setDate(QDate(shown.follow_up_due) if shown.follow_up_due
                             else QDate.currentDate().addDays(DEFAULT_DUE_DAYS))
            self.done.setChecked(shown.follow_up_done_utc is not None)
            self.perspective.set_check(shown.perspective_check, shown.perspective_checked_on)
            for section in self.sections.values():
                section.set_tags(tags or [])
        finally:
            self.blockSignals(False)

    def set_entry_id(self, entry_id: int | None) -> None:
        """Tell the form its entry is stored now (after the first autosave)."""
        self._entry_id = entry_id

    def focus_first(self) -> None:
        """Put the cursor in "Who"."""
        self.person.setFocus()

    # -- immediate writes --------------------------------------------------------------------

    def _on_due_toggled(self, checked: bool) -> None:
        self.due.setEnabled(checked)
        self.changed.emit()

    def _on_done(self, done: bool) -> None:
        if self.signalsBlocked():
            return
        moment = datetime.now(UTC).replace(microsecond=0) if done else None
        self._status = replace(self._status, follow_up_done_utc=moment)
        if self._entry_id is not None:
            if done:
                self._conversations.mark_follow_up_done(self._entry_id, now=moment)
            else:
                self._conversations.reopen_follow_up(self._entry_id)
        self.changed.emit()

    def _on_check(self, result: PerspectiveResult | None, checked_on: date | None) -> None:
        if self.signalsBlocked():
            return
        self._status = replace(self._status, perspective_check=result,
                               perspective_checked_on=checked_on)
        if self._entry_id is not None:
            self._conversations.record_perspective_check(self._entry_id, result, checked_on)
        self.changed.emit()
