"""Storage errors split into the environment's fault (told to the user plainly) and our bugs."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from empathy_journal.domain.translation import N_, _


class JournalError(Exception):
    """A problem with the journal file that the person can understand and act on.

    ``str(error)`` is a complete, plain sentence for the user; ``lost_nothing`` says whether
    everything written so far is known to be safe.
    """

    lost_nothing: bool = True

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class NotAJournalError(JournalError):
    """The file exists but is not an Empathy Journal (random bytes, empty, another database)."""


class NewerJournalError(JournalError):
    """The journal was written by a newer version of the app and must not be changed by this one."""


class OutdatedJournalError(JournalError):
    """The journal was written by an older version and needs an update this place cannot take."""


class JournalLocationError(JournalError):
    """The folder for the journal cannot be created or written."""


class JournalDamagedError(JournalError):
    """SQLite reports the file as damaged."""


class UnreadableEntryError(JournalError):
    """A stored entry whose values cannot be read (damage, or another program wrote them)."""


def unreadable_entry(key: str, reason: str) -> UnreadableEntryError:
    """The plain message for an entry that cannot be read; it is never changed by reading."""
    return UnreadableEntryError(
        _("This entry cannot be read ({key}: {reason}). It was left exactly as stored and "
          "nothing was changed; 'empathy-journal check' lists it, and 'empathy-journal "
          "salvage' copies every readable entry into a new journal.").format(
              key=key, reason=reason))


class SaveFailedError(JournalError):
    """A save did not reach the disk; the text is still in the window."""


class DiskFullError(SaveFailedError):
    """The disk (or the journal's size limit) is full."""


class ReadOnlyJournalError(SaveFailedError):
    """The journal can be read but not written."""


class JournalBusyError(SaveFailedError):
    """Another program holds the journal locked (the autosave tries again by itself)."""


class BusyTryAgainError(JournalBusyError):
    """Another program holds the journal locked, and nothing will retry this write: the person
    is asked to try again (an import, a command)."""


def busy_try_again(error: JournalBusyError, nothing_was: str) -> BusyTryAgainError:
    """The busy message for a write nothing retries: ``nothing_was`` says what, e.g. "imported"."""
    if isinstance(error, BusyTryAgainError):
        return error
    # Translators: {nothing_was} is "imported", "restored", "synced"… (translated on its own).
    return BusyTryAgainError(
        _("The journal is busy (another program is writing to it); nothing was "
          "{nothing_was} — try again in a moment.").format(nothing_was=_(nothing_was)),
        path=error.path)


def describe_sqlite_error(error: sqlite3.Error, path: Path | None = None) -> JournalError | None:
    """Translate an environment failure into a JournalError; None means it is our bug.

    Follows qutebrowser's split: disk full, read-only, locked and damaged are the environment's
    fault and are shown plainly; anything else is a programming error and propagates.
    """
    code = getattr(error, "sqlite_errorname", "") or ""
    text = str(error).lower()
    where = f" ({path})" if path else ""
    if code.startswith("SQLITE_FULL") or "database or disk is full" in text:
        return DiskFullError(
            _("The disk is full, so the last change could not be saved{where}. "
              "Your text is still in the window and earlier entries are safe; "
              "saving resumes by itself when there is space again.").format(where=where),
            path=path,
        )
    if code.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return ReadOnlyJournalError(
            _("The journal can only be read here{where}, so changes are not saved. "
              "Nothing already saved was lost.").format(where=where),
            path=path,
        )
    if code.startswith("SQLITE_BUSY") or code.startswith("SQLITE_LOCKED") or "locked" in text:
        return JournalBusyError(
            _("Another program is holding the journal{where}; the change will be saved "
              "on the next try. Nothing was lost.").format(where=where),
            path=path,
        )
    if code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return JournalDamagedError(
            _("The journal file looks damaged{where}. Nothing more will be written to it; "
              "run 'empathy-journal check' or restore a backup.").format(where=where),
            path=path,
        )
    if code.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or "disk i/o" in text:
        return SaveFailedError(
            _("The journal could not be written because of a disk error{where}. "
              "Your text is still in the window.").format(where=where),
            path=path,
        )
    return None


DATA_DIR_ADVICE = N_("Choose another folder with --data-dir.")


def describe_os_error(error: OSError, path: Path) -> JournalError:
    """A plain message for a folder or file the journal cannot use."""
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = _("you do not have permission to write there")
    elif error.errno == errno.ENOSPC:
        reason = _("the disk is full")
    elif error.errno == errno.ENOTDIR:
        reason = _("part of that path is a file, not a folder")
    else:
        reason = error.strerror or str(error)
    return JournalLocationError(
        _("The journal cannot be kept in {path}: {reason}. Nothing was written.").format(
            path=path, reason=reason) + " " + _(DATA_DIR_ADVICE),
        path=path,
    )
