"""The conversation debrief form shown beside a debrief's text; every field optional, autosaved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QSize, Qt, Signal
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
from empathy_journal.session.debriefs import Debriefs
from empathy_journal.session.people import People
from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.conversations.person_picker import PersonPicker
from empathy_journal.ui.conversations.perspective_check import PerspectiveCheckControl
from empathy_journal.ui.dates import use_date_format
from empathy_journal.ui.widgets.form_parts import hint_label, section_heading, short_text_box
from empathy_journal.ui.widgets.layout_tools import content_minimum_size

DEFAULT_DUE_DAYS = 7  # a follow-up date, once asked for, starts a week ahead

# Quiet headings placed before the field that opens each group.
SECTION_BEFORE = {"context": QT_TRANSLATE_NOOP("ConversationForm", "The conversation"),
                  "i_felt": QT_TRANSLATE_NOOP("ConversationForm", "Feelings, mine and theirs"),
                  "their_needs": QT_TRANSLATE_NOOP("ConversationForm", "Needs"),
                  "heard": QT_TRANSLATE_NOOP("ConversationForm", "Listening"),
                  "differently": QT_TRANSLATE_NOOP("ConversationForm", "Next time")}


class ConversationForm(QScrollArea):
    """Who, context, facts, feelings on both sides, needs, listening, next time, follow-up.

    Emits ``changed`` on every edit so the window's autosave saves the form with the entry
    (``JournalSession.save``). The guess check and "follow-up done" are
    written at once when the entry is already stored, so they never wait for an autosave.
    """

    changed = Signal()

    def __init__(self, people: People, conversations: Debriefs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conversations = conversations
        self._entry_id: int | None = None
        self._status = Debrief()
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName(self.tr("Conversation debrief"))
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setSpacing(4)
        self._layout.setContentsMargins(12, 8, 12, 12)
        self._layout.addWidget(section_heading(self.tr("Conversation debrief")))
        self._layout.addWidget(hint_label(
            self.tr("Every field is optional. Write as much or as little as helps.")))
        self.message = hint_label("")
        self.message.hide()
        self._layout.addWidget(self.message)
        self.person = PersonPicker(people)
        self.person.problem.connect(self.show_problem)
        self._add_field(self.tr("Who"),
                        self.tr("A name or alias; a new one is added when you move on."),
                        self.person)
        self.person.person_changed.connect(lambda _id: self.changed.emit())
        self._texts: dict[str, QPlainTextEdit | QLineEdit] = {}
        for field in DEBRIEF_TEXT_FIELDS:
            self._add_text_field(field)
        self._add_due_date()
        self.perspective = PerspectiveCheckControl()
        self.perspective.check_changed.connect(self._on_check)
        self.perspective.note_changed.connect(self._on_note)
        self._layout.addSpacing(8)
        self._layout.addWidget(self.perspective)
        self._layout.addStretch(1)
        self.setWidget(body)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """As wide as the fields need, so no label or hint is clipped at the right edge."""
        return content_minimum_size(self, super().minimumSizeHint())

    # -- building ----------------------------------------------------------------------------

    def _add_field(self, label_text: str, hint: str, editor: QWidget) -> None:
        label = QLabel(label_text, wordWrap=True)  # a long label (German) wraps, never widens
        label.setBuddy(editor)
        self._layout.addWidget(label)
        self._layout.addWidget(editor)
        self._layout.addWidget(hint_label(hint))

    def _add_text_field(self, field: DebriefField) -> None:
        if field.name in SECTION_BEFORE:
            self._layout.addWidget(section_heading(
                QCoreApplication.translate("ConversationForm", SECTION_BEFORE[field.name])))
        if field.name == "i_felt":
            self._layout.addWidget(hint_label(self.tr(
                "Choose the emotion words in the panel on the right: yours, and theirs in "
                "the amber section. Add anything else here.")))
        if field.name == "follow_up":
            editor: QPlainTextEdit | QLineEdit = QLineEdit()
            editor.setAccessibleName(field.label)
            editor.textChanged.connect(lambda _t: self.changed.emit())
        else:
            short = field.name in ("i_felt", "they_felt")
            editor = short_text_box(field.label, lines=2 if short else 3)
            editor.textChanged.connect(self.changed)
        self._texts[field.name] = editor
        self._add_field(field.label, field.hint, editor)

    def _add_due_date(self) -> None:
        row = QHBoxLayout()
        self.has_due = QCheckBox(self.tr("Due on"))
        self.has_due.setAccessibleName(self.tr("Follow-up has a due date"))
        self.due = QDateEdit(calendarPopup=True)
        use_date_format(self.due)
        self.due.setAccessibleName(self.tr("Follow-up due date"))
        self.due.setDate(QDate.currentDate().addDays(DEFAULT_DUE_DAYS))
        self.due.setEnabled(False)
        self.done = QCheckBox(self.tr("Done"))
        self.done.setAccessibleName(self.tr("Follow-up done"))
        for widget in (self.has_due, self.due):
            row.addWidget(widget)
        row.addStretch(1)
        self._layout.addLayout(row)
        self._layout.addWidget(self.done)
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

    def load(self, entry_id: int | None, debrief: Debrief | None) -> None:
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
            self.perspective.set_check(shown.perspective_check, shown.perspective_checked_on,
                                       note=shown.perspective_note)
        finally:
            self.blockSignals(False)

    def set_entry_id(self, entry_id: int | None) -> None:
        """Tell the form its entry is stored now (after the first autosave)."""
        self._entry_id = entry_id

    def focusable_widgets(self) -> list[QWidget]:
        """The form's keyboard stops in tab order (Who first)."""
        found: list[QWidget] = [self.person]
        widget = self.person.nextInFocusChain()
        while widget is not None and widget is not self.person:
            inside = self.isAncestorOf(widget) and widget not in (self, self.widget(), self.viewport())
            part_of_found = any(other.isAncestorOf(widget) for other in found)
            if inside and not part_of_found and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                found.append(widget)
            widget = widget.nextInFocusChain()
        return found

    def focus_after_person(self) -> None:
        """Put the cursor in "Context" (when "Who" is already known)."""
        self._texts["context"].setFocus()

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
            entry_id = self._entry_id
            self._write_now(lambda: self._conversations.mark_follow_up_done(entry_id, now=moment)
                            if done else self._conversations.reopen_follow_up(entry_id))
        self.changed.emit()

    def _on_check(self, result: PerspectiveResult | None, checked_on: date | None) -> None:
        if self.signalsBlocked():
            return
        self._status = replace(self._status, perspective_check=result,
                               perspective_checked_on=checked_on)
        if self._entry_id is not None:
            entry_id = self._entry_id
            self._write_now(lambda: self._conversations.record_perspective_check(
                entry_id, result, checked_on))
        self.changed.emit()

    def _on_note(self, note: str) -> None:
        if self.signalsBlocked():
            return
        self._status = replace(self._status, perspective_note=note)
        result = self._status.perspective_check
        if self._entry_id is not None and result is not None:
            entry_id, checked_on = self._entry_id, self._status.perspective_checked_on
            self._write_now(lambda: self._conversations.record_perspective_check(
                entry_id, result, checked_on, note))
        self.changed.emit()

    def _write_now(self, write: Callable[[], object]) -> None:
        try:
            write()
        except JournalError as error:
            self.show_problem(self.tr("That change was not saved: {error} Everything written "
                                      "before is safe; please try it again in a moment.")
                              .format(error=error))
        else:
            self.message.hide()

    def show_problem(self, text: str) -> None:
        """Say plainly at the top of the form that something could not be written."""
        self.message.setText(text)
        self.message.show()
