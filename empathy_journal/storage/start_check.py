"""The window's start-up check of a plain journal, begun on a worker thread before the window.

SQLite's ``quick_check`` of a large journal takes tens of milliseconds; the window's modules
take longer to import and its widgets to build. :meth:`StartCheck.begin` runs the check
(exactly ``check_journal_file(path, hashes=False)``, read-only) beside that work, and
:meth:`StartCheck.report_for` hands its report to the start-up path, which still decides,
repairs and opens before anything of the journal is read or shown. Only a plain journal with
nothing of an interrupted change beside it is checked early; anything else (encrypted, a
passphrase change to finish, a file not there yet) is checked as before, when it is opened.
"""

from __future__ import annotations

import glob
import threading
from pathlib import Path

from empathy_journal.storage.file_format import SQLITE_HEADER
from empathy_journal.storage.health import HealthReport, check_journal_file


class StartCheck:
    """One early quick check of the journal at path, running or done."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._report: HealthReport | None = None
        self._failed: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="start-up check", daemon=True)

    @classmethod
    def begin(cls, path: Path) -> StartCheck | None:
        """Start checking path in the background, or None when it must be checked later."""
        if not _plain_and_settled(path):
            return None
        check = cls(path)
        check._thread.start()
        return check

    def _run(self) -> None:
        try:
            self._report = check_journal_file(self.path, None, hashes=False)
        except BaseException as error:  # handed to the start-up path, which checks again
            self._failed = error

    def report_for(self, path: Path, passphrase: str | None) -> HealthReport | None:
        """The finished check's report if it is the one the start-up would make now (the
        same file, no passphrase); None when it does not apply or could not run."""
        self._thread.join()
        if path != self.path or passphrase is not None or self._failed is not None:
            return None
        if not _plain_and_settled(path):  # something changed the file in the meantime
            return None
        return self._report


def _plain_and_settled(path: Path) -> bool:
    """A plain SQLite file with no temporaries or change record of this journal beside it."""
    if any(path.parent.glob(f".{glob.escape(path.name)}*")):
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False
