"""MainWindow: navigation between days, the save path, and the Journal / Insights views."""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from empathy_journal import APP_NAME
from empathy_journal.domain.calendar_math import month_bounds
from empathy_journal.domain.clock import in_zone, local_zone_name
from empathy_journal.domain.entry import Entry, EntryKind, new_entry
from empathy_journal.domain.prompts import PromptRotation, builtin_prompts
from empathy_journal.domain.text import find_tags
from empathy_journal.domain.vocabulary import builtin_families
from empathy_journal.storage.errors import JournalError
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.rescue import write_rescue_copy
from empathy_journal.ui.autosave import AutosaveController
from empathy_journal.ui.dialog_policy import can_show_dialogs
from empathy_journal.ui.empathy_integration import EmpathyFeatures
from empathy_journal.ui.interchange_wiring import InterchangeWiring
from empathy_journal.ui.journal_page import JournalPage
from empathy_journal.ui.main_actions import MainActions
from empathy_journal.ui.models.entry_list_model import UuidRole
from empathy_journal.ui.safe_text import make_plain
from empathy_journal.ui.theme import Theme, current_theme

if TYPE_CHECKING:
    from empathy_journal.ui.insights_view import InsightsView

PROMPT_STATE_KEY = "prompt_rotation_shown"
PREFERRED_SIZE = QSize(1440, 900)
log = logging.getLogger(__name__)


def default_window_size(available: QSize) -> QSize:
    """The first-run window size: up to 1440×900, never larger than the screen's free area."""
    return PREFERRED_SIZE.boundedTo(available)


class MainWindow(QMainWindow):
    """The journal window. Everything it stores goes through ``journal.repository``."""

    entry_saved = Signal(object)

    def __init__(self, journal: Journal, *, today: Callable[[], date] = date.today,
                 zone_name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.repository = journal.repository
        self._today = today
        self._zone = zone_name or local_zone_name()
        self._entry: Entry = new_entry(today(), tz=self._zone)
        self._stored = False
        self._last_trashed: str | None = None
        self._offered_prompt: str | None = None
        self.quitting_without_questions = False  # set on SIGTERM / logout: no modal questions
        self._insights: InsightsView | None = None
        self._shown_month: tuple[int, int] | None = None
        self.theme: Theme = current_theme()
        self.setWindowTitle(APP_NAME)
        self.resize(default_window_size(self.screen().availableGeometry().size()))
        self.page = JournalPage(journal.emotions(), builtin_families(), self.theme)
        self.views = QStackedWidget()
        self.views.addWidget(self.page)
        self.setCentralWidget(self.views)
        self.save_state = QLabel("Ready")
        self.save_state.setAccessibleName("Save state")
        self.file_label = QLabel(str(journal.path) if journal.path else "in memory")
        make_plain(self.save_state, self.file_label)  # they show error messages and file names
        self.statusBar().addWidget(self.save_state, 1)
        self.statusBar().addPermanentWidget(self.file_label)
        self.autosave = AutosaveController(self.save_current, self)
        self.prompts = PromptRotation(builtin_prompts(), self._stored_prompt_state())
        self.actions_ = MainActions(self)
        self.interchange = InterchangeWiring(self)
        self.empathy = EmpathyFeatures(self)
        self._connect()
        self.open_day(today())
        self.page.editor.body_edit.setFocus()  # the window opens with the cursor in the text
        if journal.read_only:
            self.page.banner.show_message(
                "<b>This journal is read-only here.</b> You can read it, but changes "
                "will not be saved.", None)
            self.page.editor.set_read_only(True)
            self.page.panel.setEnabled(False)
            self.page.editor.next_prompt_button.setEnabled(False)

    # -- wiring --------------------------------------------------------------------------------

    def _connect(self) -> None:
        page = self.page
        page.editor.changed.connect(self.autosave.mark_dirty)
        page.panel.changed.connect(self.autosave.mark_dirty)
        page.editor.focus_left.connect(self.autosave.flush)
        page.editor.next_prompt_requested.connect(self.next_prompt)
        page.calendar.day_chosen.connect(self.open_day)
        page.calendar.month_shown.connect(self.show_month)
        page.entry_list.activated.connect(self._open_index)
        page.entry_list.clicked.connect(self._open_index)
        self.autosave.dirty_changed.connect(self._show_dirty)
        self.views.currentChanged.connect(self._enable_entry_actions)

    def _enable_entry_actions(self) -> None:
        """Star and Delete act on the shown entry, so only while the journal page is shown."""
        on_page = self.views.currentWidget() is self.page and not self.journal.read_only
        for action in (self.actions_.star, self.actions_.delete):
            action.setEnabled(on_page)

    def _open_index(self, index: QModelIndex) -> None:
        uuid = index.data(UuidRole)
        if uuid and uuid != self._entry.uuid:
            self.open_entry(uuid)

    # -- navigation ----------------------------------------------------------------------------

    @property
    def current_entry(self) -> Entry:
        """The entry in the editor, as last loaded or saved."""
        return self._entry

    @property
    def current_day(self) -> date:
        """The day the editor shows."""
        return self._entry.local_date

    def _leave_current(self) -> bool:
        """Save before showing something else; False (staying put) when the save was refused."""
        if self.autosave.flush():
            return True
        self.save_state.setText(f"{self.save_state.text()} This entry stays open until it "
                                "is saved.")
        self.page.calendar.select_quietly(self.current_day)
        return False

    def open_day(self, day: date) -> None:
        """Show day: its most recent entry, or a fresh page for it."""
        if not self._leave_current():
            return
        first, last = day, day
        entries = self.repository.entries_between(first, last)
        if entries:
            self.open_entry(entries[-1].uuid)
        else:
            self._show_entry(new_entry(day, tz=self._zone), stored=False)

    def open_entry(self, uuid: str) -> None:
        """Show a stored entry."""
        if not self._leave_current():
            return
        entry = self.repository.get_entry(uuid)
        if entry is None:
            return
        self._show_entry(entry, stored=True)

    def new_entry(self, kind: EntryKind = EntryKind.REFLECTION) -> None:
        """Start another entry on the shown day (several per day are fine)."""
        if not self._leave_current():
            return
        self._show_entry(new_entry(self.current_day, tz=self._zone, kind=kind), stored=False)
        self.page.editor.body_edit.setFocus()

    def go_today(self) -> None:
        """Jump to today."""
        self.open_day(self._today())

    def go_relative(self, days: int) -> None:
        """Jump days forward (or back)."""
        self.open_day(self.current_day + timedelta(days=days))

    def _show_entry(self, entry: Entry, *, stored: bool) -> None:
        self.autosave.discard()
        self._entry, self._stored = entry, stored
        if not entry.prompt and not stored:
            entry.prompt = self._offer_prompt()
        self.page.editor.set_prompt(entry.prompt)
        written = in_zone(entry.created_utc, entry.tz)
        time_text = f"written {written:%H:%M}" if stored else "new entry"
        self.page.editor.load(entry.local_date, time_text, entry.title, entry.body)
        self.page.panel.load(entry.mood, entry.energy, entry.stress, entry.emotions)
        self.empathy.show_entry(entry, stored)
        self.actions_.star.setChecked(entry.starred)
        self.show_month(entry.local_date.year, entry.local_date.month)
        self._select_in_list(entry.uuid)
        self.page.calendar.select_quietly(entry.local_date)

    def show_month(self, year: int, month: int) -> None:
        """Fill the calendar colours and the entry list for a month."""
        if self._shown_month == (year, month):
            return
        self._shown_month = (year, month)
        first, last = month_bounds(year, month)
        self.page.entry_model.set_rows(self.repository.entries_between(first, last))
        self.page.calendar.set_days(self.repository.daily_ratings(first, last))
        if (self.page.calendar.yearShown(), self.page.calendar.monthShown()) != (year, month):
            self.page.calendar.setCurrentPage(year, month)
        self.page.month_label.setText(f"ENTRIES IN {date(year, month, 1):%B %Y}".upper())
        self._update_empty_hint()
        if self._insights is not None:
            self._insights.show_month(year, month)

    def reload_month(self) -> None:
        """Re-read the shown month (after entries arrived from elsewhere, e.g. an import)."""
        self._shown_month = None
        self.open_day(self.current_day)

    def _update_empty_hint(self) -> None:
        self.page.empty_month.setVisible(self.page.entry_model.rowCount() == 0)

    def _select_in_list(self, uuid: str) -> None:
        row = self.page.entry_model.row_of(uuid)
        view = self.page.entry_list
        if row is None:
            view.clearSelection()
        else:
            view.setCurrentIndex(self.page.entry_model.index(row))

    # -- the save path -------------------------------------------------------------------------

    def collect_entry(self) -> Entry:
        """The shown entry with everything the widgets hold now."""
        entry = self._entry
        editor, panel = self.page.editor, self.page.panel
        entry.title, entry.body = editor.title(), editor.body()
        entry.mood, entry.energy, entry.stress = panel.ratings()
        entry.emotions = panel.emotion_tags()
        entry.tags = find_tags(f"{entry.title}\n{entry.body}")
        entry.starred = self.actions_.star.isChecked()
        return entry

    def save_current(self) -> bool:
        """Write the shown entry; False (and a plain message) when the disk refused it."""
        if self.journal.read_only:
            return True
        entry = self.collect_entry()
        if entry.is_blank and not self._stored and not self.empathy.has_content(entry):
            return True
        try:
            saved = self.empathy.save(entry, now=datetime.now(UTC))
        except JournalError as error:
            self._show_save_error(str(error))
            return False
        except Exception as error:  # our bug: say so plainly, keep the text, keep retrying
            log.exception("saving entry %s failed", entry.uuid)
            self._show_save_error(
                f"Something unexpected went wrong ({type(error).__name__}). Your text is still "
                "in the window and saving will be tried again; nothing saved before was lost.")
            return False
        if saved.prompt and saved.prompt == self._offered_prompt:
            self._offered_prompt = None  # it is used: the next new page gets a fresh one
            self._persist_prompt_state()
        saved.emotions, saved.tags = entry.emotions, entry.tags
        self._entry, self._stored = saved, True
        self._after_save(saved)
        return True

    def _after_save(self, saved: Entry) -> None:
        self.save_state.setObjectName("")
        self.save_state.setStyleSheet("")
        self.save_state.setText(f"Saved {datetime.now():%H:%M:%S}")
        day = saved.local_date
        if self._shown_month == (day.year, day.month):
            summaries = [s for s in self.repository.entries_between(day, day)
                         if s.uuid == saved.uuid]
            if summaries:
                self.page.entry_model.upsert(summaries[0])
                self._select_in_list(saved.uuid)
            ratings = self.repository.daily_ratings(day, day)
            self.page.calendar.update_day(ratings[0] if ratings else None, day)
            self._update_empty_hint()
        self.entry_saved.emit(saved)

    def _show_save_error(self, message: str) -> None:
        self.save_state.setText(f"Not saved: {message}")
        self.save_state.setStyleSheet(f"color: {self.theme.danger}; font-weight: 600;")

    def _show_dirty(self, dirty: bool) -> None:
        if dirty and not self.save_state.text().startswith("Not saved"):
            self.save_state.setText("Editing…")

    def reload(self) -> None:
        """Show the journal afresh after its file was replaced (restore, repair, unlock)."""
        self.autosave.discard()
        self._shown_month = None
        self.open_day(self.current_day)

    # -- prompts -------------------------------------------------------------------------------

    def _stored_prompt_state(self) -> list[str]:
        try:
            shown = json.loads(self.repository.get_setting(PROMPT_STATE_KEY, "[]") or "[]")
        except ValueError:
            return []
        return [s for s in shown if isinstance(s, str)]

    def _persist_prompt_state(self) -> None:
        if self.journal.read_only:
            return
        # The rotation is a nicety; a full disk is reported by the entry save itself.
        with contextlib.suppress(JournalError):
            self.repository.set_setting(PROMPT_STATE_KEY, json.dumps(self.prompts.shown))

    def _offer_prompt(self) -> str:
        """The prompt for a new page: the same one until an entry using it is saved.

        Looking through empty days neither uses up prompts nor writes to the journal; the
        rotation is stored when an entry that showed the prompt is first saved.
        """
        if self._offered_prompt is None:
            self._offered_prompt = self.prompts.next().text
        return self._offered_prompt

    def next_prompt(self) -> None:
        """Show a different prompt for this entry."""
        self._offered_prompt = None
        self._entry.prompt = self._offer_prompt()
        if self._stored:
            self._persist_prompt_state()
        self.page.editor.set_prompt(self._entry.prompt)
        if self._stored or not self.collect_entry().is_blank:
            self.autosave.mark_dirty()

    # -- trash ---------------------------------------------------------------------------------

    def delete_current(self) -> None:
        """Move the shown entry to the trash; Undo brings it back."""
        if self.journal.read_only:
            return
        if not self._stored:
            self.autosave.discard()
            self._show_entry(new_entry(self.current_day, tz=self._zone), stored=False)
            self.save_state.setText("Draft discarded (it had not been saved).")
            return
        if not self._leave_current():
            return
        uuid, day = self._entry.uuid, self._entry.local_date
        try:
            self.repository.trash_entry(uuid)
        except JournalError as error:
            QMessageBox.warning(self, "Could not delete", str(error))
            return
        self._last_trashed = uuid
        self.page.entry_model.remove(uuid)
        ratings = self.repository.daily_ratings(day, day)
        self.page.calendar.update_day(ratings[0] if ratings else None, day)
        self.actions_.undo_delete.setEnabled(True)
        self.save_state.setText("Entry moved to the trash. Undo with Ctrl+Alt+Z or Edit ▸ Undo delete.")
        self._shown_month = None
        self.open_day(day)

    def undo_delete(self) -> None:
        """Restore the entry deleted last."""
        if not self._last_trashed:
            return
        uuid, self._last_trashed = self._last_trashed, None
        self.actions_.undo_delete.setEnabled(False)
        self.restore_from_trash(uuid)

    def restore_from_trash(self, uuid: str) -> None:
        """Show an entry that was just taken out of the trash."""
        if uuid == self._last_trashed:  # restored from the Trash dialog: nothing left to undo
            self._last_trashed = None
            self.actions_.undo_delete.setEnabled(False)
        try:
            self.repository.restore_entry(uuid)
        except JournalError as error:
            QMessageBox.warning(self, "Could not restore", str(error))
            return
        if self.repository.get_entry(uuid) is None:
            self.save_state.setText("That entry is gone: the trash was emptied since.")
            return
        self._shown_month = None
        self.open_entry(uuid)
        self.save_state.setText("Entry restored.")

    # -- views ---------------------------------------------------------------------------------

    def show_journal(self) -> None:
        """Switch to the writing view."""
        self.actions_.journal_view.setChecked(True)
        self.views.setCurrentWidget(self.page)
        self.page.editor.body_edit.setFocus()

    def show_insights(self) -> None:
        """Switch to the charts, importing matplotlib the first time only."""
        self.autosave.flush()
        if self._insights is None:
            from empathy_journal.ui.insights_view import InsightsView

            self._insights = InsightsView(self.journal, self)
            self._insights.set_dark(self.theme.dark)
            self._insights.day_activated.connect(self._open_day_from_insights)
            self._insights.entry_activated.connect(self._open_entry_from_insights)
            self.entry_saved.connect(lambda _e: self._insights and self._insights.refresh())
            self.views.addWidget(self._insights)
        year, month = self._shown_month or (self.current_day.year, self.current_day.month)
        self._insights.show_month(year, month)
        self.actions_.insights_view.setChecked(True)
        self.views.setCurrentWidget(self._insights)

    def _open_day_from_insights(self, day: date) -> None:
        self.show_journal()
        self.open_day(day)

    def _open_entry_from_insights(self, uuid: str) -> None:
        self.show_journal()
        self.open_entry(uuid)

    # -- closing -------------------------------------------------------------------------------

    def save_before_quit(self) -> bool:
        """Flush pending edits (close, aboutToQuit, SIGTERM).

        When the journal refuses the save while the app must quit without asking (SIGTERM,
        logout, no screen), the text is kept in a rescue file beside the journal instead.
        """
        if self.autosave.flush():
            return True
        if self.quitting_without_questions or not can_show_dialogs():
            self.rescue_unsaved()
        return False

    def rescue_unsaved(self) -> Path | None:
        """Write the unsaved entry to ``unsaved/`` beside the journal (never for encrypted ones)."""
        if self.journal.path is None or self.journal.encrypted or not self.autosave.dirty:
            return None
        try:
            path = write_rescue_copy(self.journal.path, self.collect_entry())
        except OSError:
            log.exception("could not write a rescue copy")
            return None
        self.autosave.discard()
        print(f"empathy-journal: the last change could not be saved in the journal; "
              f"it was kept in {path}", file=sys.stderr)
        return path

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.save_before_quit() or not self.autosave.dirty:
            event.accept()
            return
        box = QMessageBox(QMessageBox.Icon.Warning, "Your last change is not saved",
                          f"{self.save_state.text()}\n\nEverything saved before is safe.",
                          parent=self)
        keep = box.addButton("Keep a copy and close", QMessageBox.ButtonRole.AcceptRole)
        lose = box.addButton("Close without it", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Stay", QMessageBox.ButtonRole.RejectRole)
        box.setInformativeText("“Keep a copy” writes the text to a file in the “unsaved” "
                               "folder beside your journal.")
        if self.journal.encrypted or self.journal.path is None:
            keep.setVisible(False)
        box.exec()
        if box.clickedButton() is keep and self.rescue_unsaved() is not None:
            event.accept()
        elif box.clickedButton() is lose:
            self.autosave.discard()
            event.accept()
        else:
            event.ignore()
