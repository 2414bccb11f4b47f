"""Sync as one more writer of the session: one transaction, then one announcement of what
arrived (docs/sync.md), either here (:func:`apply_sync`) or on a worker thread's own
connection under the session's write lock (:func:`prepare_sync`, :func:`run_sync_job`,
:func:`announce_sync`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from empathy_journal.domain.conversation import Debrief
from empathy_journal.domain.entry import EntryKind
from empathy_journal.session.changes import Change
from empathy_journal.session.sync_state import ConflictCopy, plain_title, remembered_folder_of
from empathy_journal.storage.database import open_journal
from empathy_journal.storage.sql import settings_value, writing
from empathy_journal.sync import (
    Progress,
    SyncCancelled,
    SyncOutcome,
    SyncPlace,
    choose_place,
    sync_journal,
)
from empathy_journal.sync.folder import JournalFolder, sync_tool_folder
from empathy_journal.sync.identity import (
    DEVICE_KEY,
    FOLDER_KEY,
    JOURNAL_KEY,
    LAST_KEY,
)
from empathy_journal.sync.sync_lock import holding_sync_lock

if TYPE_CHECKING:
    from empathy_journal.session.journal_session import JournalSession

# More entries than this changed: the views re-read what they show instead.
NAMED_ENTRIES_LIMIT = 200


def apply_sync(session: JournalSession, folder: Path | None = None, *,
               now_ms: Callable[[], int] | None = None, lock_wait: float = 0.0,
               waiting: Callable[[str], None] | None = None, who: str = "command"
               ) -> SyncOutcome:
    """Sync the session's journal with folder (None: the remembered one) and announce it.

    Holds the journal's sync lock (waiting up to lock_wait seconds, telling waiting once;
    SyncBusy when another sync keeps it)."""
    db = session.journal.db
    with holding_sync_lock(session.path, who, wait=lock_wait, waiting=waiting):
        with session.writing():
            place = choose_place(db, session.path, folder)
        with session.writing():
            outcome = sync_journal(db, session.path, place, passphrase=session.passphrase,
                                   now_ms=now_ms)
            change = change_of(session, outcome)
    if change is not None:
        session.announce(change)
    return outcome


@dataclass(frozen=True)
class SyncJob:
    """What a worker thread needs to sync the journal on a connection of its own."""

    path: Path
    passphrase: str | None
    place: SyncPlace


def prepare_sync(session: JournalSession, folder: Path | None = None) -> SyncJob:
    """Settle the folder and this computer's id (a short write here), for run_sync_job."""
    if session.path is None:
        raise ValueError("a journal in memory syncs with apply_sync")
    with session.writing():
        place = choose_place(session.journal.db, session.path, folder)
    return SyncJob(session.path, session.passphrase, place)


def run_sync_job(session: JournalSession, job: SyncJob, *,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] = lambda: False) -> SyncOutcome:
    """Sync on this (worker) thread's own connection, in one transaction, under the journal's
    sync lock and the session's write lock; nothing is announced (call announce_sync on the
    session's thread). SyncCancelled, with nothing changed, when cancelled() turns true or a
    write of the session asks the sync to give way; SyncBusy when another sync runs."""
    def check(step: str, done: int, total: int) -> None:
        if cancelled() or session.sync_give_way.is_set():
            raise SyncCancelled("the sync stopped before it was done; nothing was changed")
        if progress is not None:
            progress(step, done, total)

    with holding_sync_lock(job.path, "window"):
        opened = open_journal(job.path, passphrase=job.passphrase)
        try:
            with session.write_lock:
                session.sync_give_way.clear()  # a request to an earlier sync is answered
                check("Starting", 0, 1)
                with writing(opened.db, job.path):
                    return sync_journal(opened.db, job.path, job.place,
                                        passphrase=job.passphrase, progress=check)
        finally:
            opened.close()


def announce_sync(session: JournalSession, outcome: SyncOutcome) -> Change | None:
    """Announce what a sync on a worker thread brought (on the session's thread)."""
    change = change_of(session, outcome)
    if change is not None:
        session.announce(change)
    return change


def change_of(session: JournalSession, outcome: SyncOutcome) -> Change | None:
    """The announcement of what a sync changed here (None: nothing)."""
    repository = session.journal.repository
    changed = outcome.report.changed
    entries = changed.get("entry", set())
    if "emotion" in changed:  # the words the views offer changed: everything is read afresh
        session.journal.forget_emotions()
    if len(entries) > NAMED_ENTRIES_LIMIT or "emotion" in changed:
        return Change.everything()
    if not changed:
        return None
    summaries = {}
    for day in outcome.report.days:
        for summary in repository.entries_between(day, day):
            summaries[summary.uuid] = summary
    ratings = {}
    for day in outcome.report.days:
        found = repository.daily_ratings(day, day)
        ratings[day] = found[0] if found else None
    return Change(
        entries={uuid: summaries.get(uuid) for uuid in entries}, days=ratings,
        people=bool(changed.keys() & {"person", "value"}) or bool(entries),
        follow_ups=bool(entries), practices=bool(changed.keys() & {"practice"}),
        coping=bool(changed.keys() & {"technique", "coping"}),
        templates="template" in changed, settings=frozenset(changed.get("setting", set())),
        check_ins=bool(changed.keys() & {"assessment"}) or any(
            key.startswith("check_ins.") for key in changed.get("setting", set())))


def settle_conflict(session: JournalSession, conflict: ConflictCopy, keep: str) -> None:
    """Settle a conflict in one write: keep "original" (the copy goes to the trash), "copy"
    (the entry takes the copy's text, ratings, feelings and debrief; the copy goes to the
    trash) or "both" (the copy stays as an entry of its own, no longer marked)."""
    if keep not in ("original", "copy", "both"):
        raise ValueError(f"keep must be original, copy or both, not {keep!r}")
    copy, original = session.entry(conflict.copy), session.entry(conflict.original)
    if copy is None or original is None:
        return
    repository = session.journal.repository
    debriefs = session.debriefs.repository
    now = datetime.now(UTC)
    touched = {copy.uuid: copy.local_date, original.uuid: original.local_date}
    with session.writing():
        if keep == "both":
            kept = replace(copy, title=plain_title(copy.title), source_app=None, source_id=None)
            if kept.kind == EntryKind.CONVERSATION and copy.id is not None:
                debrief = session.debriefs.load(copy.id)
                debriefs.save_debrief(kept, debrief or Debrief(), now=now)
            else:
                repository.save_entry(kept, now=now)
        else:
            if keep == "copy":
                chosen = replace(original, title=plain_title(copy.title), body=copy.body,
                                 mood=copy.mood, energy=copy.energy, stress=copy.stress,
                                 emotions=copy.emotions, tags=copy.tags, starred=copy.starred,
                                 prompt=copy.prompt)
                debrief = (session.debriefs.load(copy.id)
                           if copy.kind == EntryKind.CONVERSATION and copy.id else None)
                if original.kind == EntryKind.CONVERSATION:
                    debriefs.save_debrief(chosen, debrief or session.debriefs.load(
                        original.id or 0) or Debrief(), now=now)
                else:
                    repository.save_entry(chosen, now=now)
            repository.trash_entry(copy.uuid, now=now)
        rows = {uuid: session.rows_of(uuid, day) for uuid, day in touched.items()}
    session.announce(Change(entries={uuid: row[0] for uuid, row in rows.items()},
                            days={touched[uuid]: row[1] for uuid, row in rows.items()},
                            follow_ups=True))


@dataclass(frozen=True)
class Computer:
    """A computer that writes to this journal's part of the sync folder."""

    device: str
    this_one: bool
    last_change: datetime | None  # when its newest file was written (None: none yet)
    files: int
    size: int  # bytes of its files


@dataclass(frozen=True)
class SyncOverview:
    """What the sync preferences show: the folder, the computers seen, what to warn about."""

    folder: Path | None
    folder_missing: bool
    computers: list[Computer]
    last_sync: datetime | None
    journal_in_sync_tool: Path | None  # a folder-sync tool's folder holding the journal file


def sync_overview(session: JournalSession) -> SyncOverview:
    """The sync folder as this journal sees it now (reads the folder's listing, no file)."""
    db = session.journal.db
    folder = remembered_folder_of(session)
    managed = sync_tool_folder(session.path.parent) if session.path is not None else None
    last = None
    try:
        last = datetime.fromtimestamp(int(json.loads(settings_value(db, LAST_KEY) or "{}")["at"]))
    except (KeyError, TypeError, ValueError):
        last = None
    try:
        this_device = str(json.loads(settings_value(db, DEVICE_KEY) or "{}").get("id") or "")
    except (ValueError, AttributeError):
        this_device = ""
    computers: list[Computer] = []
    journal = settings_value(db, JOURNAL_KEY)
    missing = folder is not None and not folder.is_dir()
    if folder is not None and journal and not missing:
        place = JournalFolder(folder, journal)
        for device in place.devices():
            files = place.files(device)
            sizes, newest = 0, None
            for path in files:
                try:
                    stat = path.stat()
                except OSError:
                    continue
                sizes += stat.st_size
                newest = max(newest or 0.0, stat.st_mtime)
            computers.append(Computer(device, device == this_device,
                                      datetime.fromtimestamp(newest) if newest else None,
                                      len(files), sizes))
        computers.sort(key=lambda c: (not c.this_one, c.device))
    return SyncOverview(folder, missing, computers, last, managed)


def choose_sync_folder(session: JournalSession, folder: Path) -> Path:
    """Make folder the journal's sync folder (SyncFolderError, nothing changed, when it
    cannot be: the journal is inside it, it is a file); announced as a settings change."""
    with session.writing():
        place = choose_place(session.journal.db, session.path, folder)
    session.announce(Change(settings=frozenset({FOLDER_KEY})))
    return place.folder.root


def forget_sync_folder(session: JournalSession) -> None:
    """Stop syncing this journal (the folder and what is in it are left as they are)."""
    def forget() -> None:
        db = session.journal.db
        db.execute("DELETE FROM settings WHERE key = ?", [FOLDER_KEY])
        db.execute("DELETE FROM sync_dirty")  # the next folder's first sync marks everything

    session.write(Change(settings=frozenset({FOLDER_KEY})), forget)
