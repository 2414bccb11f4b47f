"""Wires debriefs, people, follow-ups, practices, values and templates into the main window.

The window calls three hooks: ``show_entry`` when it shows an entry, ``has_content`` before
deciding a new entry is blank, and ``save`` in place of ``repository.save_entry``.
"""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from empathy_journal.domain.conversation import Debrief
from empathy_journal.domain.entry import Entry, EntryKind
from empathy_journal.domain.templates import Template
from empathy_journal.storage.empathy_stores import EmpathyStores
from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.journal_page import card
from empathy_journal.ui.main_actions import window_action
from empathy_journal.ui.widgets.conversation_form import ConversationForm
from empathy_journal.ui.widgets.follow_ups_panel import FollowUpsPanel
from empathy_journal.ui.widgets.practices_panel import PracticesPanel

if TYPE_CHECKING:
    from empathy_journal.ui.main_window import MainWindow
    from empathy_journal.ui.people_view import PeopleView


class EmpathyFeatures:
    """The debrief form beside (or under) the text, the sidebar follow-ups, practices and the People view."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.stores = EmpathyStores(window.journal)
        page = window.page
        self.form = ConversationForm(self.stores.people, self.stores.conversations)
        self.form_pane = card(self.form)
        page.add_side_pane(self.form_pane)
        self.follow_ups = FollowUpsPanel(self.stores.conversations, window._today)
        # Folded to its header (with the open and overdue counts) so the month's entry list
        # keeps at least six rows at 800 px; the app restores the person's own choice.
        self.follow_ups.set_collapsed(True)
        sidebar = page.splitter.widget(0).layout()
        sidebar.addWidget(card(self.follow_ups))
        self.practices = PracticesPanel(self.stores.practices, self.stores.values)
        page.panel.sections.insertWidget(page.panel.sections.count() - 1, self.practices)
        self.people_view: PeopleView | None = None
        self._last_follow_up: tuple[object, ...] = ()
        self.form.changed.connect(window.autosave.mark_dirty)
        self.practices.changed.connect(window.autosave.mark_dirty)
        self.follow_ups.open_entry.connect(self.open_from_elsewhere)
        self._add_actions()
        self._link_tab_order()

    # -- actions -----------------------------------------------------------------------------

    def _add_actions(self) -> None:
        w, actions = self.window, self.window.actions_
        self.new_debrief = self._action("New conversation debrief", "Ctrl+Shift+N",
                                        lambda: self.start_debrief(),
                                        "Reflect on a conversation with someone")
        self.people_action = self._action("People", "Ctrl+3", self.show_people,
                                          "Everyone you have written about")
        self.people_action.setCheckable(True)
        group = actions.journal_view.actionGroup()
        if group is not None:
            group.addAction(self.people_action)
        actions.journal_view.triggered.connect(self._leave_people)
        actions.insights_view.triggered.connect(self._leave_people)
        actions.file_menu.insertAction(actions.new_entry, self.new_debrief)
        actions.file_menu.insertAction(self.new_debrief, actions.new_entry)
        self.templates_menu = QMenu("New from template", w)
        actions.file_menu.insertMenu(actions.trash, self.templates_menu)
        self.save_template = self._action("Save text as a template…", None, self.save_as_template)
        actions.file_menu.insertAction(actions.trash, self.save_template)
        actions.view_menu.addAction(self.people_action)
        toolbar = actions.toolbar
        toolbar_actions = toolbar.actions()
        after_new = toolbar_actions[toolbar_actions.index(actions.new_entry) + 1]
        toolbar.insertAction(after_new, self.new_debrief)
        toolbar.insertAction(actions.star, self.people_action)
        self.rebuild_templates_menu()
        if w.journal.read_only:
            for action in (self.new_debrief, self.save_template):
                action.setEnabled(False)
            for widget in (self.form, self.practices, self.follow_ups):
                widget.setEnabled(False)

    def _action(self, text: str, shortcut: str | None, slot: object, tip: str = "") -> QAction:
        return window_action(self.window, text, shortcut, slot, tip)

    def _link_tab_order(self) -> None:
        """Tab runs title → text → the debrief form → ratings, so the keyboard reaches it all
        (the form is skipped while hidden)."""
        fields = self.form.focusable_widgets()
        page = self.window.page
        chain = [page.editor.body_edit, *fields, page.panel.mood.slider]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- hooks the window calls --------------------------------------------------------------

    def show_entry(self, entry: Entry, stored: bool) -> None:
        """Show the form for a debrief (hidden otherwise) and the entry's practices and values."""
        is_debrief = entry.kind == EntryKind.CONVERSATION
        self.window.page.panel.set_conversation_mode(is_debrief)
        self._show_form_pane(is_debrief)
        entry_id = entry.id if stored else None
        if is_debrief:
            self.form.person.reload_names()
            debrief = self.stores.conversations.load(entry_id) if entry_id else None
            self.form.load(entry_id, debrief)
        self.follow_ups.refresh()  # cheap, and keeps up with trash, restore and imports
        ticked = self.stores.practices.ticked(entry_id) if entry_id else set()
        marks = self.stores.values.marks(entry_id) if entry_id else []
        self.practices.load(ticked, marks)

    def _show_form_pane(self, show: bool) -> None:
        """The form beside the text on wide windows, under it on narrower ones."""
        self.window.page.show_side_pane(show)

    def has_content(self, entry: Entry) -> bool:
        """Whether an otherwise blank new entry still holds something worth saving."""
        if self.practices.has_content():
            return True
        return entry.kind == EntryKind.CONVERSATION and not self.form.debrief().is_blank

    def save(self, entry: Entry, now: datetime) -> Entry:
        """Save the entry with its debrief, practices and values in one transaction."""
        is_debrief = entry.kind == EntryKind.CONVERSATION
        saved = self.stores.save_entry(
            entry, debrief=self.form.debrief() if is_debrief else None,
            practices=self.practices.ticked(), values=self.practices.marks(), now=now)
        if is_debrief:
            self.form.set_entry_id(saved.id)
            for person_id in self.form.person.take_abandoned():
                self.stores.people.delete_if_unused(person_id)
            debrief = self.form.debrief()
            shown = (saved.id, debrief.person_id, debrief.follow_up, debrief.follow_up_due)
            if shown != self._last_follow_up:
                self._last_follow_up = shown
                self.follow_ups.refresh()
        return saved

    # -- commands ----------------------------------------------------------------------------

    def start_debrief(self, person_id: int | None = None) -> None:
        """Ctrl+Shift+N: a new conversation debrief on the shown day, cursor in "Who"
        (or, when started from a person's page, already filled in and the cursor in Context)."""
        self._leave_people()
        self.window.actions_.journal_view.setChecked(True)
        self.window.show_journal()
        self.window.new_entry(EntryKind.CONVERSATION)
        if person_id is None:
            self.form.focus_first()
            return
        self.form.load(None, Debrief(person_id=person_id))
        self.window.autosave.mark_dirty()
        self.form.focus_after_person()

    def open_from_elsewhere(self, uuid: str) -> None:
        """Open an entry chosen in the follow-ups list or a person's timeline."""
        self.window.actions_.journal_view.setChecked(True)
        self.window.show_journal()
        self.window.open_entry(uuid)

    def show_people(self) -> None:
        """Ctrl+3: the People view."""
        self.window.autosave.flush()
        if self.people_view is None:
            from empathy_journal.ui.people_view import PeopleView

            self.people_view = PeopleView(self.stores, self.window._today)
            self.people_view.open_entry.connect(self.open_from_elsewhere)
            self.people_view.changed.connect(self.follow_ups.refresh)
            self.people_view.new_debrief.connect(self.start_debrief)
            self.window.views.addWidget(self.people_view)
        self.people_view.refresh()
        self.people_action.setChecked(True)
        self.window.views.setCurrentWidget(self.people_view)
        self.people_view.people_list.setFocus()

    def _leave_people(self) -> None:
        """Back from the People view: names may have been renamed, merged or archived there."""
        self.form.person.reload_names()
        entry = self.window.current_entry
        if entry.kind == EntryKind.CONVERSATION and entry.id is not None:
            # The window saved before People opened, so the stored row is current; a merge
            # may have moved this debrief to another person.
            self.form.load(entry.id, self.stores.conversations.load(entry.id))
        self.follow_ups.refresh()

    def rebuild_templates_menu(self) -> None:
        """List the built-in and the user's templates under File ▸ New from template."""
        self.templates_menu.clear()
        templates = self.stores.templates.templates()
        for template in templates:
            action = self.templates_menu.addAction(template.name)
            action.triggered.connect(lambda _c=False, t=template: self.start_from_template(t))
        own = [t for t in templates if not t.builtin]
        if own:
            self.templates_menu.addSeparator()
            delete_menu = self.templates_menu.addMenu("Delete one of your templates")
            for template in own:
                action = delete_menu.addAction(template.name)
                action.triggered.connect(lambda _c=False, t=template: self.delete_template(t))

    def start_from_template(self, template: Template) -> None:
        """A new entry whose text starts as the template's."""
        self._leave_people()
        self.window.actions_.journal_view.setChecked(True)
        self.window.show_journal()
        self.window.new_entry(template.kind)
        self.window.page.editor.body_edit.setPlainText(template.body)

    def delete_template(self, template: Template) -> None:
        """Delete one of the user's templates (entries written from it are untouched)."""
        try:
            self.stores.templates.delete_template(template.uuid)
        except JournalError as error:
            QMessageBox.warning(self.window, "Template not deleted", f"{error} Nothing was lost.")
            return
        self.rebuild_templates_menu()

    def save_as_template(self) -> None:
        """Keep the current text as one of the user's templates."""
        body = self.window.page.editor.body()
        if not body.strip():
            QMessageBox.information(self.window, "Save as a template",
                                    "Write the text you want to reuse first.")
            return
        name, ok = QInputDialog.getText(self.window, "Save as a template", "Template name:")
        if not ok or not name.strip():
            return
        try:
            self.stores.templates.add_template(name, body, self.window.current_entry.kind)
        except JournalError as error:
            QMessageBox.warning(self.window, "Template not saved",
                                f"{error} Your entry itself is safe.")
            return
        self.rebuild_templates_menu()
