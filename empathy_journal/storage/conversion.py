"""The commit record of a passphrase change, so a crash leaves the journal and backups under one key.

A change (set, change or remove) first writes every converted file as a hidden temporary
``.<name>.converting`` beside the file it replaces, verified and flushed. Then one small record,
``.journal.sqlite.conversion``, is written atomically: it lists the files whose temporaries are
ready, and its existence is the commit point. Then each temporary is renamed over its file and
the record is removed. Whoever opens the journal next (the window, any command) calls
:func:`finish_interrupted` first:

- a record exists: the change was committed; every listed temporary still there is renamed
  into place (renames need no passphrase), so everything is under the new key;
- no record: the change was not committed; its temporaries are deleted, so everything stays
  under the old key, and no plaintext temporary stays beside an encrypted journal.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

from empathy_journal.domain.translation import _
from empathy_journal.storage.backup import backups_dir_for, parse_backup_name
from empathy_journal.storage.errors import JournalError
from empathy_journal.storage.restore import set_aside
from empathy_journal.storage.safe_files import PRIVATE_FILE

TEMPORARY_SUFFIX = ".converting"
RECORD_SUFFIX = ".conversion"
PARTIAL_SUFFIX = ".partial"  # backup.write_verified_copy's temporary
SIDECARS = ("-wal", "-shm", "-journal")


def temporary_for(path: Path) -> Path:
    """The hidden temporary that holds path's converted copy until the change is committed."""
    return path.with_name(f".{path.name}{TEMPORARY_SUFFIX}")


def record_for(journal_path: Path) -> Path:
    """The commit record of a change of the journal at journal_path."""
    return journal_path.with_name(f".{journal_path.name}{RECORD_SUFFIX}")


def remove_with_sidecars(path: Path) -> None:
    """Remove a temporary file and its SQLite sidecars; a folder that refuses keeps them."""
    for leftover in (path, *(path.with_name(path.name + s) for s in SIDECARS)):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def fsync_folder(folder: Path) -> None:
    """Make renames and new names in folder durable."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_record(journal_path: Path, files: list[Path]) -> None:
    """Commit a prepared change: once this returns, the change counts as done.

    The prepared temporaries' names are made durable first, then the record is written
    beside the journal (a private partial file, flushed, renamed). OSError propagates.
    """
    for folder in {f.parent for f in files}:
        fsync_folder(folder)
    folder = journal_path.parent
    record = record_for(journal_path)
    partial = record.with_name(record.name + PARTIAL_SUFFIX)
    partial.unlink(missing_ok=True)
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump({"format": 1, "files": [f.relative_to(folder).as_posix() for f in files]},
                  handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, record)
    fsync_folder(folder)


def roll_forward(journal_path: Path, files: Iterable[Path]) -> None:
    """Rename every committed temporary still there over its file, then drop the record."""
    folders = set()
    for path in files:
        temporary = temporary_for(path)
        if not temporary.exists():
            continue  # renamed before the crash
        if path == journal_path:
            _clear_sidecars(journal_path)
        os.replace(temporary, path)
        folders.add(path.parent)
    for folder in folders:
        fsync_folder(folder)
    record_for(journal_path).unlink(missing_ok=True)
    fsync_folder(journal_path.parent)


def finish_interrupted(journal_path: Path) -> bool:
    """Finish a committed change or roll back an uncommitted one; True when a record was found.

    Also removes the temporaries a crash left beside the journal and its backups (converted
    copies, half-written backups, restore copies), since none of them is needed once this has
    run. Does nothing in a folder that cannot be written (the journal then opens read-only).
    """
    folder = journal_path.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        return False
    record = record_for(journal_path)
    found = record.exists()
    if found:
        try:
            roll_forward(journal_path, _recorded_files(journal_path, record))
        except OSError as error:
            raise JournalError(
                _("An interrupted passphrase change could not be finished ({value}). Nothing was lost; "
                  "try again when the journal's folder can be written.").format(
                  value=error.strerror or error), path=journal_path) from None
    for leftover in _leftovers(journal_path):
        remove_with_sidecars(leftover)
    return found


def _recorded_files(journal_path: Path, record: Path) -> list[Path]:
    """The files a record lists, each checked to be the journal or one of its backups.

    A record that cannot be read (it is written atomically, so only outside damage does that)
    stands for every temporary of this journal: it still means the change was committed.
    """
    try:
        names = json.loads(record.read_text(encoding="utf-8"))["files"]
        listed = [journal_path.parent / str(name) for name in names]
    except (OSError, ValueError, KeyError, TypeError):
        listed = [journal_path, *_backup_files(journal_path, with_temporaries=True)]
    allowed = {journal_path, *_backup_files(journal_path, with_temporaries=True)}
    return [path for path in listed if path in allowed]


def _backup_files(journal_path: Path, *, with_temporaries: bool) -> list[Path]:
    """Backups of the journal, by name; with_temporaries also those only a temporary holds."""
    folder = backups_dir_for(journal_path)
    if not folder.is_dir():
        return []
    found = []
    for item in folder.iterdir():
        name = item.name
        if with_temporaries and name.startswith(".") and name.endswith(TEMPORARY_SUFFIX):
            name = name[1:-len(TEMPORARY_SUFFIX)]
        if parse_backup_name(item.with_name(name), journal_path.stem) is not None:
            found.append(item.with_name(name))
    return sorted(set(found))


def _clear_sidecars(journal_path: Path) -> None:
    """Before the converted file replaces the journal, no old ``-wal`` may be replayed into it.

    The change checkpoints and closes the journal first, so an old ``-wal`` holding frames
    means something wrote after that: the old file set is then kept in ``set-aside/``.
    """
    wal = journal_path.with_name(journal_path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        set_aside(journal_path, "before-passphrase-change")
        return
    for suffix in SIDECARS:
        journal_path.with_name(journal_path.name + suffix).unlink(missing_ok=True)


def _leftovers(journal_path: Path) -> list[Path]:
    """Temporaries of conversions, backups and restores that a crash left behind."""
    folder = journal_path.parent
    found = [temporary_for(journal_path),
             record_for(journal_path).with_name(record_for(journal_path).name + PARTIAL_SUFFIX)]
    restoring = journal_path.with_name(f".{journal_path.name}.restoring")
    if journal_path.exists():  # else the copy may be all that is left of a cut-off restore
        found.append(restoring)
    backups = backups_dir_for(journal_path)
    if backups.is_dir():
        for item in backups.iterdir():
            name = item.name
            for suffix in (TEMPORARY_SUFFIX, PARTIAL_SUFFIX):
                if name.startswith(".") and name.endswith(suffix):
                    original = item.with_name(name[1:-len(suffix)])
                    if parse_backup_name(original, journal_path.stem) is not None:
                        found.append(item)
    return [path for path in found if path.parent in (folder, backups)]
