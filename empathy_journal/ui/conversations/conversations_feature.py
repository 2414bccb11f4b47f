"""ConversationsFeature: the debrief form, follow-ups, practices, templates and the People view.

It is one of the window's draft parts: the window shows each entry through ``show_entry`` and
saves what the form and the checklist hold with the entry (``fill``), in one transaction of the
session. It places nothing itself; ``ui.window_composition`` puts its widgets and actions in
the window.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QInputDialog, QMenu, QMessageBox, QVBoxLayout, QWidget

from empathy_journal.domain.conversation import Debrief
from empathy_journal.domain.entry import Entry, EntryKind
from empathy_journal.domain.templates import Template
from empathy_journal.session.changes import Change
from empathy_journal.session.journal_session import EntryDraft, SavedEntry
from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.conversations.follow_ups_panel import FollowUpsPanel
from empathy_journal.ui.main_actions import window_action
from empathy_journal.ui.widgets.practices_panel import PracticesPanel

if TYPE_CHECKING:
    from empathy_journal.ui.conversations.conversation_form import ConversationForm
    from empathy_journal.ui.conversations.people_view import PeopleView
    from empathy_journal.ui.main_window import MainWindow


class ConversationsFeature:
    """The debrief form beside (or under) the text, follow-ups, practices and the People view."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        session = self.session = window.session
        # The debrief form is made the first time a debrief is shown (most days have none);
        # its card is placed at once, empty and hidden.
        self._form: ConversationForm | None = None
        self.form_pane = QFrame(objectName="Card")
        QVBoxLayout(self.form_pane).setContentsMargins(0, 0, 0, 0)
        self.follow_ups = FollowUpsPanel(session.debriefs, window._today)
        # Folded to its header (with the open and overdue counts) so the month's entry list
        # keeps at least six rows at 800 px; the app restores the person's own choice.
        self.follow_ups.set_collapsed(True)
        self.practices = PracticesPanel(session.practices, session.values)
        self.people_view: PeopleView | None = None
        self.practices.changed.connect(window.autosave.mark_dirty)
        self.follow_ups.open_entry.connect(window.show_entry_from_elsewhere)
        window.signals.journal_changed.connect(self.follow_change)
        self._make_actions()

    # -- actions -----------------------------------------------------------------------------

    def _make_actions(self) -> None:
        w = self.window
        self.new_debrief = window_action(
            w, QCoreApplication.translate("ConversationsFeature", "New conversation debrief"),
            "Ctrl+Shift+N", lambda: self.start_debrief(),
            QCoreApplication.translate("ConversationsFeature",
                                       "Reflect on a conversation with someone"))
        self.people_action = window_action(
            w, QCoreApplication.translate("ConversationsFeature", "People"), "Ctrl+3",
            self.show_people,
            QCoreApplication.translate("ConversationsFeature", "Everyone you have written about"))
        self.people_action.setCheckable(True)
        self.templates_menu = QMenu(
            QCoreApplication.translate("ConversationsFeature", "New from template"), w)
        self._templates_stale = True  # filled when it opens (and again after a change)
        self.templates_menu.aboutToShow.connect(self._fill_templates_menu)
        self.save_template = window_action(
            w, QCoreApplication.translate("ConversationsFeature", "Save text as a template…"),
            None, self.save_as_template)
        if self.session.read_only:
            for action in (self.new_debrief, self.save_template):
                action.setEnabled(False)
            for widget in (self.practices, self.follow_ups):
                widget.setEnabled(False)

    @property
    def form(self) -> ConversationForm:
        """The debrief form, made (and put in its card) the first time it is needed."""
        if self._form is None:
            from empathy_journal.ui.conversations.conversation_form import ConversationForm

            form = self._form = ConversationForm(self.session.people, self.session.debriefs)
            self.form_pane.layout().addWidget(form)
            form.changed.connect(self.window.autosave.mark_dirty)
            form.setEnabled(not self.session.read_only)
            self.link_tab_order()
        return self._form

    def file_actions(self) -> list[QAction]:
        """What goes in the File menu after New entry."""
        return [self.new_debrief]

    def link_tab_order(self) -> None:
        """Tab runs title → text → the debrief form → ratings, so the keyboard reaches it all
        (the form is skipped while hidden; until it is made, text → ratings)."""
        if self._form is None:
            return
        page = self.window.page
        chain = [page.editor.body_edit, *self.form.focusable_widgets(), page.panel.mood.slider]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- the draft part ----------------------------------------------------------------------

    def show_entry(self, entry: Entry, stored: bool) -> None:
        """Show the form for a debrief (hidden otherwise) and the entry's practices and values."""
        is_debrief = entry.kind == EntryKind.CONVERSATION
        if is_debrief:
            self.form  # noqa: B018  (made before its pane is shown and sized)
        self.window.page.panel.set_conversation_mode(is_debrief)
        self.window.page.show_side_pane(is_debrief)
        entry_id = entry.id if stored else None
        if is_debrief:
            debrief = self.session.debriefs.load(entry_id) if entry_id else None
            self.form.load(entry_id, debrief)
        ticked = self.session.practices.ticked(entry_id) if entry_id else set()
        marks = self.session.values.marks(entry_id) if entry_id else []
        self.practices.load(ticked, marks)

    def has_content(self, entry: Entry) -> bool:
        """Whether an otherwise blank new entry still holds something worth saving."""
        if self.practices.has_content():
            return True
        return entry.kind == EntryKind.CONVERSATION and not self.form.debrief().is_blank

    def fill(self, draft: EntryDraft) -> None:
        """The debrief, the ticked practices and the value marks go with the entry."""
        if draft.entry.kind == EntryKind.CONVERSATION:
            draft.debrief = self.form.debrief()
            draft.abandoned_people = self.form.person.take_abandoned()
        draft.practices = self.practices.ticked()
        draft.values = self.practices.marks()

    def saved(self, saved: SavedEntry) -> None:
        """The form learns its entry's id after the first save."""
        if saved.entry.kind == EntryKind.CONVERSATION:
            self.form.set_entry_id(saved.entry.id)

    # -- following the session ---------------------------------------------------------------

    def follow_change(self, change: Change) -> None:
        """Names, follow-ups, the checklist and the templates follow every announced write."""
        if self.session.locked:
            return
        if (change.people or change.whole_journal) and self._form is not None:
            self._form.person.reload_names()
        if change.touches_follow_ups():
            self.follow_ups.refresh()
            if self.window.current_entry.uuid not in change.entries:  # not its own save
                self._reload_shown_status()
        if change.practices or change.whole_journal:
            self.practices.reload()
        if change.templates or change.whole_journal:
            self.rebuild_templates_menu()
        if self.people_view is not None:
            self.people_view.follow_change(change)

    def _reload_shown_status(self) -> None:
        """A follow-up marked done elsewhere (or a merge) shows in the open form too."""
        entry = self.window.current_entry
        if (entry.kind == EntryKind.CONVERSATION and entry.id is not None
                and not self.window.autosave.dirty):
            self.form.load(entry.id, self.session.debriefs.load(entry.id))

    # -- commands ----------------------------------------------------------------------------

    def start_debrief(self, person_id: int | None = None) -> None:
        """Ctrl+Shift+N: a new conversation debrief on the shown day, cursor in "Who"
        (or, when started from a person's page, already filled in and the cursor in Context)."""
        if self.session.locked:
            return
        self.window.show_journal()
        self.window.new_entry(EntryKind.CONVERSATION)
        if person_id is None:
            self.form.focus_first()
            return
        self.form.load(None, Debrief(person_id=person_id))
        self.window.autosave.mark_dirty()
        self.form.focus_after_person()

    def show_people(self) -> None:
        """Ctrl+3: the People view."""
        if self.session.locked:
            return
        self.window.autosave.flush()
        if self.people_view is None:
            from empathy_journal.ui.conversations.people_view import PeopleView

            self.people_view = PeopleView(self.session, self.window._today)
            self.people_view.open_entry.connect(self.window.show_entry_from_elsewhere)
            self.people_view.new_debrief.connect(self.start_debrief)
            self.window.views.addWidget(self.people_view)
        self.people_view.refresh()
        self.people_action.setChecked(True)
        self.window.views.setCurrentWidget(self.people_view)
        self.people_view.people_list.setFocus()

    def rebuild_templates_menu(self) -> None:
        """The templates changed: File ▸ New from template lists them afresh when next opened."""
        self._templates_stale = True

    def _fill_templates_menu(self) -> None:
        """List the built-in and the user's templates under File ▸ New from template."""
        if not self._templates_stale or self.session.locked:
            return
        self._templates_stale = False
        self.templates_menu.clear()
        templates = self.session.templates.templates()
        for template in templates:
            action = self.templates_menu.addAction(template.name)
            action.triggered.connect(lambda _c=False, t=template: self.start_from_template(t))
        own = [t for t in templates if not t.builtin]
        if own:
            self.templates_menu.addSeparator()
            delete_menu = self.templates_menu.addMenu(QCoreApplication.translate(
                "ConversationsFeature", "Delete one of your templates"))
            for template in own:
                action = delete_menu.addAction(template.name)
                action.triggered.connect(lambda _c=False, t=template: self.delete_template(t))

    def start_from_template(self, template: Template) -> None:
        """A new entry whose text starts as the template's."""
        if self.session.locked:
            return
        self.window.show_journal()
        self.window.new_entry(template.kind)
        self.window.page.editor.body_edit.setPlainText(template.body)

    def delete_template(self, template: Template) -> None:
        """Delete one of the user's templates (entries written from it are untouched)."""
        try:
            self.session.templates.delete_template(template.uuid)
        except JournalError as error:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("ConversationsFeature", "Template not deleted"),
                QCoreApplication.translate("ConversationsFeature",
                                           "{error} Nothing was lost.").format(error=error))

    def save_as_template(self) -> None:
        """Keep the current text as one of the user's templates."""
        title = QCoreApplication.translate("ConversationsFeature", "Save as a template")
        body = self.window.page.editor.body()
        if not body.strip():
            QMessageBox.information(self.window, title, QCoreApplication.translate(
                "ConversationsFeature", "Write the text you want to reuse first."))
            return
        name, ok = QInputDialog.getText(
            self.window, title,
            QCoreApplication.translate("ConversationsFeature", "Template name:"))
        if not ok or not name.strip():
            return
        try:
            self.session.templates.add_template(name, body, self.window.current_entry.kind)
        except JournalError as error:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("ConversationsFeature", "Template not saved"),
                QCoreApplication.translate("ConversationsFeature",
                                           "{error} Your entry itself is safe.").format(
                    error=error))
