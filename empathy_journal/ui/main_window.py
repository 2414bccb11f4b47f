"""MainWindow: navigation between days, the save path, and the Journal / Insights views."""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import sys
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QModelIndex, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)
from shiboken6 import isValid

from empathy_journal import APP_NAME
from empathy_journal.domain.calendar_math import month_bounds
from empathy_journal.domain.clock import in_zone, local_zone_name
from empathy_journal.domain.entry import Entry, EntryKind, new_entry
from empathy_journal.domain.prompts import PromptRotation, builtin_prompts
from empathy_journal.domain.text import find_tags
from empathy_journal.domain.vocabulary import builtin_families
from empathy_journal.session.changes import Change
from empathy_journal.session.journal_session import EntryDraft, JournalSession, SavedEntry
from empathy_journal.storage.errors import JournalError, UnreadableEntryError
from empathy_journal.ui.autosave import AutosaveController
from empathy_journal.ui.dates import clock_time, long_date, month_title, show_dates_again
from empathy_journal.ui.dialog_policy import can_show_dialogs
from empathy_journal.ui.journal_page import JournalPage
from empathy_journal.ui.main_actions import MainActions
from empathy_journal.ui.models.entry_list_model import UuidRole
from empathy_journal.ui.safe_text import make_plain
from empathy_journal.ui.session_signals import SessionSignals
from empathy_journal.ui.theme import Theme, current_theme
from empathy_journal.ui.widgets.undo_toast import UndoToast

if TYPE_CHECKING:
    from empathy_journal.ui.insights_view import InsightsView

PROMPT_STATE_KEY = "prompt_rotation_shown"
# Once the window has been idle this long, matplotlib is imported in the background so the
# first Ctrl+2 does not wait for it: the Qt-free modules on a worker thread, then the Qt
# backend and the view on this thread (class creation of Qt types stays on the UI thread).
WARM_UP_DELAY_MS = 1500
WARM_UP_IN_THREAD = ("matplotlib", "matplotlib.figure", "matplotlib.backends.backend_agg",
                     "matplotlib.ticker", "matplotlib.dates", "matplotlib.colors",
                     "empathy_journal.insights.review", "empathy_journal.insights.review_charts")
WARM_UP_ON_UI_THREAD = ("matplotlib.backends.backend_qtagg", "empathy_journal.ui.insights_view")
PREFERRED_SIZE = QSize(1440, 900)
log = logging.getLogger(__name__)


class DraftPart(Protocol):
    """A feature that shows part of an entry beside the text and saves it with the entry."""

    def show_entry(self, entry: Entry, stored: bool) -> None:
        """Show the feature's part of entry."""

    def has_content(self, entry: Entry) -> bool:
        """Whether a new, otherwise blank entry still holds something of this part."""

    def fill(self, draft: EntryDraft) -> None:
        """Put this part's fields into the draft about to be saved."""

    def saved(self, saved: SavedEntry) -> None:
        """The draft was stored."""


def default_window_size(available: QSize) -> QSize:
    """The first-run window size: up to 1440×900, never larger than the screen's free area."""
    return PREFERRED_SIZE.boundedTo(available)


class MainWindow(QMainWindow):
    """The journal window: navigation, the save path and the views, all through the session.

    Features (debriefs, search, safety, import and export) are added by
    :mod:`empathy_journal.ui.window_composition`; the window knows them only as draft parts
    and as actions. While the session is locked no content is shown or reachable.
    """

    entry_saved = Signal(object)
    insights_warmed = Signal()  # the charts' modules are imported
    _warm_up_imported = Signal()  # from the warm-up thread, queued to this one

    def __init__(self, session: JournalSession, *, today: Callable[[], date] = date.today,
                 zone_name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.signals = SessionSignals(session, self)
        self._today = today
        self._zone = zone_name or local_zone_name()
        self._entry: Entry = new_entry(today(), tz=self._zone)
        self._stored = False
        self._last_trashed: str | None = None
        self._offered_prompt: str | None = None
        self.draft_parts: list[DraftPart] = []
        self.quitting_without_questions = False  # set on SIGTERM / logout: no modal questions
        self._insights: InsightsView | None = None
        self._warm_up: threading.Thread | None = None
        self._warm_up_imported.connect(self._finish_warm_up)
        self._shown_month: tuple[int, int] | None = None
        self._before_lock: tuple[QWidget | None, list[QAction], list[QWidget]] | None = None
        self.lock_screen: QWidget | None = None
        self.theme: Theme = current_theme()
        self.setWindowTitle(APP_NAME)
        self.resize(default_window_size(self.screen().availableGeometry().size()))
        self.page = JournalPage(session.emotions(), builtin_families(), self.theme)
        self.views = QStackedWidget()
        self.views.addWidget(self.page)
        self.setCentralWidget(self.views)
        self.save_state = QLabel(self.tr("Ready"))
        self.save_state.setAccessibleName(self.tr("Save state"))
        self.file_label = QLabel(str(session.path) if session.path else self.tr("in memory"))
        make_plain(self.save_state, self.file_label)  # they show error messages and file names
        self.statusBar().addWidget(self.save_state, 1)
        self.statusBar().addPermanentWidget(self.file_label)
        self.autosave = AutosaveController(self.save_current, self)
        self.undo_toast = UndoToast(self.page)
        self.prompts = PromptRotation(builtin_prompts(), self._stored_prompt_state())
        self.actions_ = MainActions(self)
        self._connect()
        if session.read_only:
            self.page.banner.show_message(
                "<b>" + self.tr("This journal is read-only here.") + "</b> "
                + self.tr("You can read it, but changes will not be saved."), None)
            self.page.editor.set_read_only(True)
            self.page.panel.setEnabled(False)
            self.page.editor.next_prompt_button.setEnabled(False)

    def add_draft_part(self, part: DraftPart) -> None:
        """Show and save part together with every entry."""
        self.draft_parts.append(part)

    def start(self) -> None:
        """Show today with the cursor in the text (once every feature is in place)."""
        self.open_day(self._today())
        self.page.editor.body_edit.setFocus()

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
        self.signals.journal_changed.connect(self._follow_change)
        self.signals.lock_changed.connect(self._show_lock_state)

    def _enable_entry_actions(self) -> None:
        """Star and Delete act on the shown entry, so only while the journal page is shown."""
        on_page = (self.views.currentWidget() is self.page and not self.session.read_only
                   and not self.session.locked)
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
    def zone_name(self) -> str:
        """The IANA zone new entries are written in."""
        return self._zone

    @property
    def current_day(self) -> date:
        """The day the editor shows."""
        return self._entry.local_date

    def _leave_current(self) -> bool:
        """Save before showing something else; False (staying put) when the save was refused."""
        if self.autosave.flush():
            return True
        self.save_state.setText(self.tr("{state} This entry stays open until it is saved.")
                                .format(state=self.save_state.text()))
        self.page.calendar.select_quietly(self.current_day)
        return False

    def open_day(self, day: date) -> None:
        """Show day: its most recent entry, or a fresh page for it."""
        if self.session.locked:
            return
        if not self._leave_current():
            return
        uuid = self.session.latest_on(day)
        if uuid is not None:
            self.open_entry(uuid)
        else:
            self._show_entry(new_entry(day, tz=self._zone), stored=False)

    def open_entry(self, uuid: str) -> None:
        """Show a stored entry."""
        if self.session.locked:
            return
        if not self._leave_current():
            return
        try:
            entry = self.session.entry(uuid)
        except UnreadableEntryError as error:  # shown as "Unreadable entry", kept as stored
            self.page.banner.show_text(str(error))
            self._select_in_list(self._entry.uuid)
            return
        if entry is None or entry.deleted_utc is not None:
            return
        self._show_entry(entry, stored=True)

    def new_entry(self, kind: EntryKind = EntryKind.REFLECTION) -> None:
        """Start another entry on the shown day (several per day are fine)."""
        if self.session.locked:
            return
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
        time_text = (self.tr("Written {time}").format(time=clock_time(written)) if stored
                     else self.tr("Not saved yet"))
        self.page.editor.load(entry.local_date, time_text, entry.title, entry.body)
        self.page.panel.load(entry.mood, entry.energy, entry.stress, entry.emotions)
        for part in self.draft_parts:
            part.show_entry(entry, stored)
        self.actions_.star.setChecked(entry.starred)
        self.show_month(entry.local_date.year, entry.local_date.month)
        self._select_in_list(entry.uuid)
        self.page.calendar.select_quietly(entry.local_date)

    def show_month(self, year: int, month: int) -> None:
        """Fill the calendar colours and the entry list for a month."""
        if self.session.locked:
            return
        if self._shown_month == (year, month):
            return
        self._shown_month = (year, month)
        first, last = month_bounds(year, month)
        self.page.entry_model.set_rows(self.session.entries_between(first, last))
        self.page.calendar.set_days(self.session.daily_ratings(first, last))
        if (self.page.calendar.yearShown(), self.page.calendar.monthShown()) != (year, month):
            self.page.calendar.setCurrentPage(year, month)
        self.page.month_label.setText(self.month_heading(year, month))
        self._update_empty_hint()
        if self._insights is not None:
            self._insights.show_month(year, month)

    def month_heading(self, year: int, month: int) -> str:
        """The heading of the month's entries ("ENTRIES IN NOVEMBER 2026")."""
        return self.tr("Entries in {month}").format(month=month_title(year, month)).upper()

    def show_dates_again(self) -> None:
        """Write every date shown in the chosen date format and lay the calendars out from the
        chosen first day of the week (after Preferences changed them)."""
        show_dates_again(self)
        shown = self.current_day
        self.page.editor.day_heading.setText(long_date(shown))
        if self._shown_month is not None:
            year, month = self._shown_month
            self.page.month_label.setText(self.month_heading(year, month))
        self.page.entry_list.viewport().update()
        if self._insights is not None:
            self._insights.show_dates_again()

    def follow_theme(self) -> None:
        """Recolour what paints with the theme's colours itself and size the columns for the
        font (after the theme or the text size changed)."""
        self.theme = current_theme()
        self.page.editor.highlighter.set_theme(self.theme)
        self.page.calendar.follow_theme()
        self.page.follow_font()
        self.page.entry_list.viewport().update()
        if self._insights is not None:
            self._insights.set_dark(self.theme.dark)

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
        if self.session.read_only or self.session.locked:
            return True
        entry = self.collect_entry()
        has_more = any(part.has_content(entry) for part in self.draft_parts)
        if entry.is_blank and not self._stored and not has_more:
            return True
        draft = EntryDraft(entry)
        for part in self.draft_parts:
            part.fill(draft)
        try:
            saved = self.session.save(draft, now=datetime.now(UTC))
        except JournalError as error:
            self._show_save_error(str(error))
            return False
        except Exception as error:  # our bug: say so plainly, keep the text, keep retrying
            log.exception("saving entry %s failed", entry.uuid)
            self._show_save_error(
                self.tr("Something unexpected went wrong ({error}). Your text is still in the "
                        "window and saving will be tried again; nothing saved before was lost.")
                .format(error=type(error).__name__))
            return False
        stored = saved.entry
        if stored.prompt and stored.prompt == self._offered_prompt:
            self._offered_prompt = None  # it is used: the next new page gets a fresh one
            self._persist_prompt_state()
        stored.emotions, stored.tags = entry.emotions, entry.tags
        self._entry, self._stored = stored, True
        for part in self.draft_parts:
            part.saved(saved)
        self.save_state.setObjectName("")
        self.save_state.setStyleSheet("")
        saved_at = datetime.now()
        self.save_state.setText(self.tr("Saved {time}").format(time=f"{saved_at:%H:%M:%S}"))
        self.page.editor.set_time_text(self.tr("Saved {time}").format(time=clock_time(saved_at)))
        self._select_in_list(stored.uuid)
        self.entry_saved.emit(stored)
        return True

    # -- following the session -----------------------------------------------------------------

    def _follow_change(self, change: Change) -> None:
        """Bring the month list and the calendar up to date with a committed write."""
        if self.session.locked:
            return
        if change.whole_journal:
            self._reload_after_replacement()
            return
        if self._shown_month is None:
            return
        year, month = self._shown_month
        for uuid, summary in change.entries.items():
            if summary is not None and (summary.local_date.year,
                                        summary.local_date.month) == (year, month):
                self.page.entry_model.upsert(summary)
            else:
                self.page.entry_model.remove(uuid)
        for day, ratings in change.days.items():
            if (day.year, day.month) == (year, month):
                self.page.calendar.update_day(ratings, day)
        self._update_empty_hint()

    def _reload_after_replacement(self) -> None:
        """Everything may differ (restore, repair, import, unlock): show the month afresh and
        the same entry when it is still there."""
        uuid = self._entry.uuid if self._stored else None
        self.autosave.discard()
        self._shown_month = None
        try:
            entry = self.session.entry(uuid) if uuid else None
        except UnreadableEntryError:
            entry = None
        if entry is not None and entry.deleted_utc is None:
            self._show_entry(entry, stored=True)
        else:
            self.open_day(self.current_day)

    def _show_save_error(self, message: str) -> None:
        self.save_state.setText(self.tr("Not saved: {message}").format(message=message))
        self.save_state.setStyleSheet(f"color: {self.theme.danger}; font-weight: 600;")

    def _show_dirty(self, dirty: bool) -> None:
        error_start = self.tr("Not saved: {message}").partition("{message}")[0]
        if dirty and not self.save_state.text().startswith(error_start):
            self.save_state.setText(self.tr("Editing…"))

    # -- prompts -------------------------------------------------------------------------------

    def _stored_prompt_state(self) -> list[str]:
        try:
            shown = json.loads(self.session.setting(PROMPT_STATE_KEY, "[]") or "[]")
        except ValueError:
            return []
        return [s for s in shown if isinstance(s, str)]

    def _persist_prompt_state(self) -> None:
        if self.session.read_only:
            return
        # The rotation is a nicety; a full disk is reported by the entry save itself.
        with contextlib.suppress(JournalError):
            self.session.set_setting(PROMPT_STATE_KEY, json.dumps(self.prompts.shown))

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
        if self.session.read_only or self.session.locked:
            return
        if not self._stored:
            self.autosave.discard()
            self._show_entry(new_entry(self.current_day, tz=self._zone), stored=False)
            self.save_state.setText(self.tr("Draft discarded (it had not been saved)."))
            return
        if not self._leave_current():
            return
        uuid, day = self._entry.uuid, self._entry.local_date
        try:
            self.session.trash(uuid)
        except JournalError as error:
            QMessageBox.warning(self, self.tr("Could not delete"), str(error))
            return
        self._last_trashed = uuid
        self.actions_.undo_delete.setEnabled(True)
        self._stored = False  # the shown entry is gone: showing the day must not save it again
        self.open_day(day)
        self.save_state.setText(self.tr("Entry moved to the trash. Undo with Ctrl+Alt+Z or "
                                        "Edit ▸ Undo delete."))
        self.undo_toast.show_message(self.tr("Entry moved to the trash."), self.undo_delete)

    def undo_delete(self) -> None:
        """Restore the entry deleted last."""
        if not self._last_trashed:
            return
        uuid, self._last_trashed = self._last_trashed, None
        self.actions_.undo_delete.setEnabled(False)
        self.undo_toast.hide()
        self.restore_from_trash(uuid)

    def restore_from_trash(self, uuid: str) -> None:
        """Take an entry out of the trash and show it."""
        if uuid == self._last_trashed:  # restored from the Trash dialog: nothing left to undo
            self._last_trashed = None
            self.actions_.undo_delete.setEnabled(False)
        try:
            restored = self.session.restore(uuid)
        except JournalError as error:
            QMessageBox.warning(self, self.tr("Could not restore"), str(error))
            return
        if not restored:
            self.save_state.setText(self.tr("That entry is gone: the trash was emptied since."))
            return
        self.show_entry_from_elsewhere(uuid)
        self.save_state.setText(self.tr("Entry restored."))

    def show_entry_from_elsewhere(self, uuid: str) -> None:
        """Open an entry chosen outside the writing page (search, People, Trash, Insights)."""
        if self.session.locked:
            return
        self.show_journal()
        self.open_entry(uuid)

    # -- views ---------------------------------------------------------------------------------

    def show_journal(self) -> None:
        """Switch to the writing view."""
        if self.session.locked:
            return
        self.actions_.journal_view.setChecked(True)
        self.views.setCurrentWidget(self.page)
        self.page.editor.body_edit.setFocus()

    def warm_up_insights_later(self) -> None:
        """Warm the charts up once the window has been idle for a moment (see warm_up_insights)."""
        QTimer.singleShot(WARM_UP_DELAY_MS, self.warm_up_insights)

    def warm_up_insights(self) -> None:
        """Import matplotlib and the chart code in the background; nothing is drawn."""
        if self._insights is not None or self._warm_up is not None:
            return
        self._warm_up = threading.Thread(target=self._import_in_thread, name="insights-warm-up",
                                         daemon=True)
        self._warm_up.start()

    def finish_warm_up_before_exit(self, timeout_s: float = 10.0) -> None:
        """Wait for a warm-up still importing (at exit): its thread must not signal a window
        that the interpreter is tearing down."""
        if self._warm_up is not None and self._warm_up.is_alive():
            self._warm_up.join(timeout_s)

    def _import_in_thread(self) -> None:
        try:
            for name in WARM_UP_IN_THREAD:
                importlib.import_module(name)
        except Exception:  # the view imports them again when opened, and says what failed
            log.exception("warming up the charts failed")
        self._warm_up_imported.emit()

    def _finish_warm_up(self) -> None:
        for name in WARM_UP_ON_UI_THREAD:
            importlib.import_module(name)
        self.insights_warmed.emit()

    def show_insights(self) -> None:
        """Switch to the charts, importing matplotlib the first time only."""
        if self.session.locked:
            return
        self.autosave.flush()
        if self._warm_up is not None and self._warm_up.is_alive():
            self._warm_up.join()  # never import the same modules on two threads at once
        if self._insights is None:
            from empathy_journal.ui.insights_view import InsightsView

            self._insights = InsightsView(self.session, self)
            self._insights.set_dark(self.theme.dark)
            self._insights.day_activated.connect(self._open_day_from_insights)
            self._insights.entry_activated.connect(self.show_entry_from_elsewhere)
            self.signals.journal_changed.connect(self._insights.follow_change)
            self.views.addWidget(self._insights)
        year, month = self._shown_month or (self.current_day.year, self.current_day.month)
        self._insights.show_month(year, month)
        self.actions_.insights_view.setChecked(True)
        self.views.setCurrentWidget(self._insights)

    def _open_day_from_insights(self, day: date) -> None:
        if self.session.locked:
            return
        self.show_journal()
        self.open_day(day)

    # -- the lock -----------------------------------------------------------------------------

    def lock(self) -> None:
        """Save what is typed, then lock the session (the window follows its lock state)."""
        if self.session.path is None or self.session.locked:
            return
        self.save_before_quit()
        self.autosave.discard()
        self.session.lock()

    def _show_lock_state(self, locked: bool) -> None:
        if locked:
            self._hide_content()
        else:
            self._show_content()

    def _hide_content(self) -> None:
        """No journal text visible or reachable: dialogs closed, docks hidden, every action but
        Quit disabled, the lists and the editor emptied, the lock screen in front."""
        self.undo_toast.hide()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        docks = [d for d in self.findChildren(QDockWidget) if d.isVisible()]
        docks += [t for t in self.findChildren(QToolBar) if t.isVisible()]  # calm, and no clicks
        for dock in docks:
            dock.hide()
        enabled = [a for a in self._lockable_actions() if a.isEnabled()]
        for action in enabled:
            action.setEnabled(False)
        self._before_lock = (self.views.currentWidget(), enabled, docks)
        self.autosave.discard()
        self.page.editor.load(self.current_day, "", "", "")
        self.page.panel.load(None, None, None, [])
        self.page.entry_model.set_rows([])
        self.page.calendar.set_days([])
        self._shown_month = None
        if self.lock_screen is not None:
            self.views.setCurrentWidget(self.lock_screen)
            self.lock_screen.setFocus()

    def _lockable_actions(self) -> list[QAction]:
        """Every action that reads or writes: the window's, the docks' toggles and the
        submenus' (Quit stays)."""
        found = [a for a in self.actions() if a is not self.actions_.quit]
        found += [d.toggleViewAction() for d in self.findChildren(QDockWidget)]
        top_menus = set(self.menuBar().actions())
        found += [m.menuAction() for m in self.findChildren(QMenu)
                  if m.menuAction() not in top_menus]
        return found

    def _show_content(self) -> None:
        """Back where the window was before it locked."""
        view, enabled, docks = self._before_lock or (self.page, [], [])
        self._before_lock = None
        for action in enabled:
            if isValid(action):
                action.setEnabled(True)
        self.views.setCurrentWidget(view if view is not None else self.page)
        for dock in docks:
            dock.show()
        self._enable_entry_actions()

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
        if not self.autosave.dirty:
            return None
        try:
            path = self.session.rescue_copy(self.collect_entry())
        except OSError:
            log.exception("could not write a rescue copy")
            return None
        if path is None:
            return None
        self.autosave.discard()
        print(f"empathy-journal: the last change could not be saved in the journal; "
              f"it was kept in {path}", file=sys.stderr)
        return path

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.save_before_quit() or not self.autosave.dirty:
            event.accept()
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Your last change is not saved"),
                          self.tr("{state}\n\nEverything saved before is safe.").format(
                              state=self.save_state.text()), parent=self)
        keep = box.addButton(self.tr("Keep a copy and close"), QMessageBox.ButtonRole.AcceptRole)
        lose = box.addButton(self.tr("Close without it"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Stay"), QMessageBox.ButtonRole.RejectRole)
        box.setInformativeText(self.tr("“Keep a copy” writes the text to a file in the "
                                       "“unsaved” folder beside your journal."))
        if self.session.encrypted or self.session.path is None:
            keep.setVisible(False)
        box.exec()
        if box.clickedButton() is keep and self.rescue_unsaved() is not None:
            event.accept()
        elif box.clickedButton() is lose:
            self.autosave.discard()
            event.accept()
        else:
            event.ignore()
