"""The status line's words for every way a sync ends (plain words, never a traceback)."""

from __future__ import annotations

import errno
from datetime import datetime
from pathlib import Path

from empathy_journal.sync import SyncFolderError, SyncOutcome, SyncReport, WrongSyncPassphrase
from empathy_journal.sync.sync_lock import SyncBusy
from empathy_journal.ui.sync.sync_status import problem_text, synced_text

AT = datetime(2026, 11, 26, 21, 4)


def outcome(**report: int) -> SyncOutcome:
    return SyncOutcome(Path("/x"), "j", "d", SyncReport(**report))


def test_a_sync_that_went_well_says_when_and_with_how_many_computers():
    assert synced_text(outcome(devices=2), AT) == "Synced 21:04 · 2 computers"
    assert synced_text(outcome(devices=1), AT) == "Synced 21:04 · 1 computer"
    assert synced_text(outcome(devices=3, waiting=2), AT) == (
        "Synced 21:04 · 3 computers · 2 files still arriving")
    assert synced_text(outcome(devices=2, other_passphrase=1), AT) == (
        "Synced 21:04 · 2 computers · another computer changed the journal's passphrase: give "
        "this journal the same one (File ▸ Passphrase and lock…) to receive its changes")


def test_what_went_wrong_is_said_plainly():
    assert problem_text(OSError(errno.ENOSPC, "No space left on device")) == (
        "Not synced: the disk is full. Free some space; nothing was changed and sync tries "
        "again by itself.")
    assert problem_text(OSError(errno.EACCES, "Permission denied")) == (
        "Not synced: the sync folder cannot be written here (no permission, or read-only). "
        "Nothing was changed.")
    assert problem_text(OSError(errno.EIO, "Input/output error")) == (
        "Not synced: the sync folder could not be read or written (Input/output error). "
        "Nothing was changed; sync tries again by itself.")
    assert problem_text(SyncFolderError("It is a file.")) == "Not synced: It is a file."
    assert problem_text(WrongSyncPassphrase("x")).startswith(
        "Not synced: another computer's journal has a different passphrase.")
    assert problem_text(SyncBusy("busy", "the journal window (process 7)")) == (
        "Waiting to sync: the journal window (process 7) is syncing this journal; the window "
        "syncs again by itself in a moment.")
    assert problem_text(KeyError("vid")) == (
        "Not synced: something unexpected went wrong (KeyError). Nothing was changed; sync "
        "tries again by itself.")
