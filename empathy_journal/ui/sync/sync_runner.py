"""SyncRunner: one sync at a time on a worker thread, its progress and its end queued back."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from empathy_journal.session.journal_session import JournalSession
from empathy_journal.session.syncing import SyncJob, run_sync_job
from empathy_journal.storage.errors import JournalError
from empathy_journal.sync import SyncCancelled, SyncFolderError
from empathy_journal.sync.sync_lock import SyncBusy

log = logging.getLogger(__name__)
# What a sync meets in the world (said in plain words, not logged as a bug).
EXPECTED = (SyncFolderError, SyncBusy, JournalError, OSError)


class SyncRunner(QObject):
    """Runs :func:`run_sync_job` on a worker thread; never two at once.

    ``finished(outcome)``, ``failed(error)`` and ``cancelled(by_person)`` arrive on the thread
    that owns the runner (queued), exactly one per started sync; ``progress(step, done,
    total)`` while it runs.
    """

    progress = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal(bool)

    def __init__(self, session: JournalSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._by_person = False

    @property
    def running(self) -> bool:
        """True while a sync runs (or its end is on its way)."""
        return self._thread is not None

    def start(self, job: SyncJob) -> bool:
        """Start a sync of job; False when one is already running."""
        if self._thread is not None:
            return False
        self._stop.clear()
        self._by_person = False
        self._thread = threading.Thread(target=self._run, args=(job,), name="sync",
                                        daemon=True)
        self._thread.start()
        return True

    def cancel(self, *, by_person: bool = True) -> None:
        """Stop the running sync; the journal stays as it was."""
        self._by_person = self._by_person or by_person
        self._stop.set()

    def wait(self) -> None:
        """Wait until the worker thread has ended (its signal may still be queued)."""
        thread = self._thread
        if thread is not None:
            thread.join()

    def _run(self, job: SyncJob) -> None:
        try:
            outcome = run_sync_job(self.session, job, progress=self.progress.emit,
                                   cancelled=self._stop.is_set)
        except SyncCancelled:
            self._end(self.cancelled, self._by_person)
        except Exception as error:  # shown in plain words; a bug is logged too
            if not isinstance(error, EXPECTED):
                log.exception("a sync failed")
            self._end(self.failed, error)
        else:
            self._end(self.finished, outcome)

    def _end(self, signal: Signal, value: object) -> None:
        self._thread = None
        signal.emit(value)  # type: ignore[attr-defined]
