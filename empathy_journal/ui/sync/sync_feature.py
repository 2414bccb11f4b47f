"""SyncFeature: sync in the window (at start, after saves, on changes in the folder, on a
timer), off the UI thread; its status line, progress and Cancel, conflict banner and folder
dialog."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QFileSystemWatcher,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressDialog

from empathy_journal.session.changes import Change
from empathy_journal.session.sync_state import (
    ConflictCopy,
    conflict_copies,
    remembered_folder_of,
)
from empathy_journal.storage.errors import JournalError
from empathy_journal.storage.sync_schema import LAST_SETTING as LAST_KEY
from empathy_journal.ui.main_actions import window_action
from empathy_journal.ui.safe_text import plain_label
from empathy_journal.ui.sync.conflict_compare import ConflictBanner, entry_name
from empathy_journal.ui.sync.sync_status import (
    NOT_SYNCING,
    SYNCING,
    missing_folder_text,
    problem_text,
    status_words,
    synced_status,
    synced_text,
)

# The sync engine (with cryptography), the worker and the dialogs are imported when first
# used: a journal that does not sync never loads them.
if TYPE_CHECKING:
    from empathy_journal.session.syncing import SyncOverview
    from empathy_journal.sync import SyncOutcome
    from empathy_journal.ui.main_window import MainWindow
    from empathy_journal.ui.sync.conflict_compare import ConflictCompareDialog
    from empathy_journal.ui.sync.sync_preferences_page import SyncFolderDialog
    from empathy_journal.ui.sync.sync_runner import SyncRunner

START_DELAY_MS = 1500  # after the first paint (and the daily backup's start)
SAVE_DELAY_MS = 5000  # after the last save: a few seconds of quiet, then sync
FOLDER_DELAY_MS = 2000  # after the folder changed (a sync tool writes a file in pieces)
PERIODIC_MS = 5 * 60 * 1000  # and every five minutes in any case
log = logging.getLogger(__name__)
LARGE_SYNC = 400  # records or files: a sync this big shows its progress, with Cancel
# English as the tests compare it; shown translated.
CANCELLED_TEXT = QT_TRANSLATE_NOOP(
    "SyncFeature", "Sync cancelled: nothing was changed. File ▸ Sync now starts it again.")


class SyncFeature(QObject):
    """When the window syncs, and what it shows about it. One sync at a time."""

    status_changed = Signal(str)
    sync_ended = Signal()  # after every sync that started (done, failed or cancelled)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window, self.session, self.theme = window, window.session, window.theme
        self.clock: Callable[[], datetime] = datetime.now
        self._runner: SyncRunner | None = None  # made by the first sync
        self.status_label = plain_label()
        self.status_label.setAccessibleName(self.tr("Sync status"))
        self.banner = ConflictBanner()
        self.banner.compare_requested.connect(self.compare)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.folder_timer.start())
        self.save_timer = self._timer(SAVE_DELAY_MS, single=True)
        self.folder_timer = self._timer(FOLDER_DELAY_MS, single=True)
        self.periodic_timer = self._timer(PERIODIC_MS, single=False)
        # Window actions, so the lock disables them with the others.
        self.sync_now_action = window_action(
            window, self.tr("Sync now"), None, self.sync_now,
            self.tr("Exchange changes with your other computers now"))
        self.folder_action = window_action(
            window, self.tr("Sync folder…"), None, self.open_folder_dialog,
            self.tr("Choose the folder your sync tool shares; see the computers that sync"))
        self.status_text = ""
        self.conflicts: list[ConflictCopy] = []
        self.progress_dialog: QProgressDialog | None = None
        self.dialog: SyncFolderDialog | None = None
        self.compare_dialog: ConflictCompareDialog | None = None
        self._again = False  # something asked for a sync while one ran
        self._paused = False  # the person cancelled: only Sync now starts again
        self._announcing = False
        self._first = False
        # Whether this journal has a sync folder (read once, then kept by use_folder and
        # stop_syncing): a journal that does not sync arms no timer and reads nothing.
        self.syncing = self._folder_or_none() is not None
        window.autosave.dirty_changed.connect(
            lambda dirty: dirty and self._cancel(by_person=False))
        window.signals.journal_changed.connect(self._follow_change)
        window.signals.lock_changed.connect(self._follow_lock)
        self._show_status(self._initial_status())

    @property
    def runner(self) -> SyncRunner:
        """The worker thread's runner, made (and its engine imported) the first time it is needed."""
        if self._runner is None:
            from empathy_journal.ui.sync.sync_runner import SyncRunner

            runner = SyncRunner(self.session, self)
            runner.progress.connect(self._progress)
            runner.finished.connect(self._finished)
            runner.failed.connect(self._failed)
            runner.cancelled.connect(self._cancelled)
            self._runner = runner
        return self._runner

    def _cancel(self, *, by_person: bool) -> None:
        """Cancel a running sync (none ran when there is no runner yet)."""
        if self._runner is not None:
            self._runner.cancel(by_person=by_person)

    def _timer(self, interval: int, *, single: bool) -> QTimer:
        timer = QTimer(self, singleShot=single, interval=interval)
        timer.timeout.connect(self._timed_sync)
        return timer

    def _timed_sync(self) -> None:
        """A timer's sync: never an exception into the event loop (the journal may be closed
        by now, the window about to go)."""
        if not self.syncing:
            return
        try:
            self.start_sync()
        except Exception as error:  # our bug, or a journal closed under the window
            # log(WARNING, …), not warning(…): a log line stays English, and the window's
            # string scan (tests/test_qt_translations.py) takes warning() for QMessageBox's.
            log.log(logging.WARNING, "a sync could not start", exc_info=True)
            self._show_status(problem_text(error))

    def _folder_or_none(self) -> Path | None:
        if self.session.locked:
            return None
        return remembered_folder_of(self.session)

    def file_actions(self) -> list[QAction]:
        """File menu: Sync now, Sync folder…."""
        return [self.sync_now_action, self.folder_action]

    # -- when it runs ------------------------------------------------------------------------

    def after_show(self) -> None:
        """Once the window is painted: the conflicts waiting, a first sync soon, the timer."""
        self.refresh_conflicts()
        QTimer.singleShot(START_DELAY_MS, self.window, self._timed_sync)
        self.periodic_timer.start()

    def sync_now(self) -> None:
        """Sync now (File ▸ Sync now), even after a Cancel."""
        if self.session.locked:
            return
        self._paused = False
        self.start_sync(by_person=True)

    def start_sync(self, *, by_person: bool = False) -> bool:
        """Start a sync on the worker thread; False when none could start (why is shown)."""
        session = self.session
        if session.path is None or session.read_only or session.locked:
            return False
        if self._paused and not by_person:
            return False
        if self.runner.running:
            self._again = True
            return False
        folder = remembered_folder_of(session)
        if folder is None:
            self._show_status(status_words(NOT_SYNCING))
            return False
        if not folder.is_dir():
            self._show_status(missing_folder_text(folder))
            return False
        # Unsaved typing first: a sync never lands under edits it has not seen (a save during
        # the sync makes it give way, and so does typing: see __init__).
        if not self.window.autosave.flush():
            self.save_timer.start()
            return False
        self._first = session.setting(LAST_KEY) is None
        from empathy_journal.session.syncing import prepare_sync
        from empathy_journal.sync import SyncFolderError

        try:
            job = prepare_sync(session)
        except (SyncFolderError, JournalError, OSError) as error:
            self._show_status(problem_text(error))
            return False
        self._again = False
        self.runner.start(job)
        self._show_status(status_words(SYNCING))
        return True

    def _follow_change(self, change: Change) -> None:
        if self._announcing or change.locked is not None or not self.syncing:
            return
        if change.touches_entries():
            self.refresh_conflicts()
        if change.settings and all(key.startswith("sync.") for key in change.settings):
            return
        self.save_timer.start()

    def _follow_lock(self, locked: bool) -> None:
        if locked:
            for timer in (self.save_timer, self.folder_timer, self.periodic_timer):
                timer.stop()
            self._cancel(by_person=False)
            self._close_progress()
            self.banner.hide()
        else:
            self.syncing = self._folder_or_none() is not None
            self.refresh_conflicts()
            if self.syncing:
                self.periodic_timer.start()
                self.save_timer.start()

    def stop(self) -> None:
        """Stop syncing for good (the window closes): cancel a running sync and wait for it."""
        for timer in (self.save_timer, self.folder_timer, self.periodic_timer):
            timer.stop()
        if self._runner is not None:
            self._runner.cancel(by_person=False)
            self._runner.wait()

    def on_exit(self) -> None:
        """The window closes: stop a running sync, then send what was written since the last
        one (a short sync here; the other computers get the last words too). Never raises."""
        self.stop()
        session = self.session
        if session.path is None or session.read_only or session.locked or self._paused:
            return
        if session.setting(LAST_KEY) is None:
            return  # a first sync can be long: it waits for the next start, not the exit
        folder = remembered_folder_of(session)
        if folder is None or not folder.is_dir():
            return
        try:
            session.apply_sync(who="window")
        except Exception:  # the journal is as it was; the next start syncs
            log.log(logging.WARNING, "the sync at exit did not complete", exc_info=True)

    # -- a sync's progress and end ------------------------------------------------------------

    def _progress(self, step: str, done: int, total: int) -> None:
        if self.progress_dialog is None and (self._first or total >= LARGE_SYNC):
            dialog = QProgressDialog(step, self.tr("Cancel"), 0, max(total, 1), self.window)
            dialog.setWindowTitle(self.tr("Syncing"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0 if total >= LARGE_SYNC else 800)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(lambda: self.runner.cancel(by_person=True))
            self.progress_dialog = dialog
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(
                self.tr("{step}…").format(step=step) if total <= 1 else
                self.tr("{step}… ({done} of {total})").format(step=step, done=done, total=total))
            self.progress_dialog.setMaximum(max(total, 1))
            self.progress_dialog.setValue(min(done, max(total, 1)))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            dialog, self.progress_dialog = self.progress_dialog, None
            dialog.canceled.disconnect()
            dialog.close()
            dialog.deleteLater()

    def _finished(self, outcome: SyncOutcome) -> None:
        self._close_progress()
        from empathy_journal.session.syncing import announce_sync

        self._announcing = True
        try:
            if not self.session.locked:
                announce_sync(self.session, outcome)
                self.show_again(outcome.report.changed.get("entry", set()))
        finally:
            self._announcing = False
        self._show_status(synced_text(outcome, self.clock()))
        self._watch(outcome)
        self.refresh_conflicts()
        self._end()

    def show_again(self, uuids: set[str]) -> None:
        """Show the stored state of the entry in the editor when another writer changed it
        (and nothing typed is waiting to be saved); a shown entry now in the trash gives way
        to its day."""
        window = self.window
        shown = window.current_entry.uuid
        if shown not in uuids or window.autosave.dirty or self.session.locked:
            return
        entry = self.session.entry(shown)
        if entry is None or entry.deleted_utc is not None:
            window.open_day(window.current_day)
        else:
            window.open_entry(shown)

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        from empathy_journal.sync.sync_lock import SyncBusy

        self._show_status(problem_text(error))
        if isinstance(error, SyncBusy):  # another sync of this journal: try again soon
            self._again = True
        self._end()

    def _cancelled(self, by_person: bool) -> None:
        self._close_progress()
        if by_person:
            self._paused = True
            self._again = False
            self._show_status(QCoreApplication.translate("SyncFeature", CANCELLED_TEXT))
        else:  # a save came first: sync again once it is quiet
            self._show_status(self._initial_status())
            if not self.session.locked:
                self.save_timer.start()
        self._end()

    def _end(self) -> None:
        self.sync_ended.emit()
        if self._again and not self.session.locked:
            self._again = False
            self.folder_timer.start()

    def _watch(self, outcome: SyncOutcome) -> None:
        """Watch the journal's folder and every other computer's (not this one's own)."""
        journal = outcome.folder / outcome.journal_id
        wanted = [str(outcome.folder), str(journal)]
        if journal.is_dir():
            wanted += [str(p) for p in journal.iterdir()
                       if p.is_dir() and p.name != outcome.device_id]
        present = set(self.watcher.directories())
        stale = [p for p in present if p not in wanted]
        if stale:
            self.watcher.removePaths(stale)
        new = [p for p in wanted if p not in present]
        if new:
            self.watcher.addPaths(new)

    # -- status --------------------------------------------------------------------------------

    def _initial_status(self) -> str:
        if self.session.locked or remembered_folder_of(self.session) is None:
            return status_words(NOT_SYNCING)
        try:
            last = json.loads(self.session.setting(LAST_KEY) or "")
            at, devices = datetime.fromtimestamp(int(last["at"])), int(last["devices"])
        except (ValueError, KeyError, TypeError):
            return self.tr("Not synced yet")
        return synced_status(at, devices)

    def _show_status(self, text: str) -> None:
        self.status_text = text
        self.status_label.setText(text)
        self.status_label.setToolTip(text)
        # A journal that does not sync says nothing about it in the status bar (the folder
        # page says so); every other state is shown.
        self.status_label.setHidden(text == status_words(NOT_SYNCING))
        self.status_changed.emit(text)

    # -- the folder ----------------------------------------------------------------------------

    def overview(self) -> SyncOverview:
        """The folder and the computers, as the folder page shows them."""
        from empathy_journal.session.syncing import SyncOverview, sync_overview

        if self.session.locked:
            return SyncOverview(None, False, [], None, None)
        return sync_overview(self.session)

    def use_folder(self, folder: Path) -> str | None:
        """Sync through folder from now on; the reason it cannot be, or None."""
        from empathy_journal.session.syncing import choose_sync_folder
        from empathy_journal.sync import SyncFolderError

        try:
            choose_sync_folder(self.session, folder)
        except (SyncFolderError, JournalError, OSError) as error:
            return str(error) if not isinstance(error, OSError) else problem_text(error)
        self._paused = False
        self.syncing = True
        self.start_sync(by_person=True)
        return None

    def stop_syncing(self) -> None:
        """This journal stops syncing (the folder is left as it is)."""
        from empathy_journal.session.syncing import forget_sync_folder

        self._cancel(by_person=False)
        forget_sync_folder(self.session)
        self.syncing = False
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self._show_status(status_words(NOT_SYNCING))

    def open_folder_dialog(self) -> SyncFolderDialog | None:
        """File ▸ Sync folder… (nothing while locked)."""
        if self.session.locked:
            return None
        from empathy_journal.ui.sync.sync_preferences_page import SyncFolderDialog

        self.dialog = SyncFolderDialog(self, self.window)
        self.dialog.open()
        return self.dialog

    # -- conflicts -----------------------------------------------------------------------------

    def refresh_conflicts(self) -> None:
        """Show the banner while conflict copies wait for a choice."""
        if self.session.locked:
            self.conflicts = []
            self.banner.hide()
            return
        self.conflicts = conflict_copies(self.session)
        names = []
        for conflict in self.conflicts:
            original = self.session.entry(conflict.original)
            if original is not None:
                names.append(entry_name(original))
        self.banner.show_names(names)

    def compare(self) -> ConflictCompareDialog | None:
        """Open the side-by-side compare of the first waiting conflict."""
        if not self.conflicts:
            return None
        conflict = self.conflicts[0]
        original = self.session.entry(conflict.original)
        copy = self.session.entry(conflict.copy)
        if original is None or copy is None:
            self.refresh_conflicts()
            return None
        words = {e.id: e.label for e in self.session.emotions()}
        from empathy_journal.session.syncing import settle_conflict
        from empathy_journal.ui.sync.conflict_compare import ConflictCompareDialog

        def keep(choice: str) -> str | None:
            self.window.autosave.flush()
            try:
                settle_conflict(self.session, conflict, choice)
            except JournalError as error:
                return str(error)
            self.show_again({conflict.copy, conflict.original})
            self.refresh_conflicts()
            return None

        self.compare_dialog = ConflictCompareDialog(original, copy, keep, self.theme.selection,
                                                    words, self.window)
        self.compare_dialog.open()
        return self.compare_dialog
