"""JournalSession: the open journal, its lock state, every write as one transaction, and the
announcement of what each write changed."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from empathy_journal.domain.conversation import Debrief
from empathy_journal.domain.entry import Entry, EntryKind
from empathy_journal.domain.preferences import JournalPreferences
from empathy_journal.domain.translation import _
from empathy_journal.domain.values import ValueMark
from empathy_journal.domain.vocabulary import Emotion
from empathy_journal.session.changes import Change, ChangeObserver
from empathy_journal.storage.attachment_repository import AttachmentRepository
from empathy_journal.storage.cipher import passphrase_of
from empathy_journal.storage.conversation_repository import ConversationRepository
from empathy_journal.storage.coping_repository import CopingRepository, sync_builtin_techniques
from empathy_journal.storage.errors import ReadOnlyJournalError
from empathy_journal.storage.journal import Journal, JournalLockedError
from empathy_journal.storage.people_repository import PeopleRepository
from empathy_journal.storage.practice_repository import PracticeRepository, sync_builtin_practices
from empathy_journal.storage.rescue import write_rescue_copy
from empathy_journal.storage.sql import writing
from empathy_journal.storage.summaries import DayRatings, EntrySummary
from empathy_journal.storage.template_repository import TemplateRepository, sync_builtin_templates
from empathy_journal.storage.values_repository import ValuesRepository

if TYPE_CHECKING:
    from empathy_journal.interchange.batch import ImportBatch, ImportResult
    from empathy_journal.sync import SyncOutcome

log = logging.getLogger(__name__)
T = TypeVar("T")

__all__ = ["EntryDraft", "JournalLockedError", "JournalSession", "SavedEntry"]


@dataclass
class EntryDraft:
    """Everything the writing page holds for one entry, to be saved together.

    ``debrief`` is saved for a conversation entry; ``practices`` and ``values`` replace the
    stored ticks and marks (None leaves them as stored); ``abandoned_people`` are people the
    form created while typing a name that is no longer chosen, deleted when nothing uses them.
    """

    entry: Entry
    debrief: Debrief | None = None
    practices: set[str] | None = None
    values: list[ValueMark] | None = None
    abandoned_people: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class SavedEntry:
    """What a save returns: the stored entry and the rows the views show for it."""

    entry: Entry
    summary: EntrySummary | None
    day: DayRatings | None


class JournalSession:
    """The one owner of an open journal: reads, writes, lock state and change announcements.

    Every write runs in one transaction and, once committed, is announced to every observer
    as one :class:`Change`. While locked, every read and write raises ``JournalLockedError``.
    """

    def __init__(self, journal: Journal, *, today: Callable[[], date] = date.today) -> None:
        from empathy_journal.session.attachments import Attachments
        from empathy_journal.session.coping import Coping
        from empathy_journal.session.debriefs import Debriefs
        from empathy_journal.session.people import People
        from empathy_journal.session.practices import Practices, Templates, Values
        from empathy_journal.session.reading import Reading
        from empathy_journal.session.safety import Safety
        from empathy_journal.session.wellbeing import Wellbeing

        self.journal = journal
        self.today = today
        self._observers: list[ChangeObserver] = []
        # Held by every write of this session and by a sync on a worker thread's own
        # connection (session/syncing.py); a write that finds a sync holding it asks the sync
        # to give way (it rolls back at once and runs again later), so typing never waits.
        self.write_lock = threading.RLock()
        self.sync_give_way = threading.Event()
        self._repository = journal.repository
        db, path = journal.db, journal.path
        if not journal.read_only:
            sync_builtin_practices(db)
            sync_builtin_templates(db)
            sync_builtin_techniques(db)
        self.people = People(self, PeopleRepository(db, path))
        self.debriefs = Debriefs(self, ConversationRepository(self._repository))
        self.practices = Practices(self, PracticeRepository(db, path))
        self.values = Values(self, ValuesRepository(db, path))
        self.templates = Templates(self, TemplateRepository(db, path))
        self.coping = Coping(self, CopingRepository(db, path))
        self.attachments = Attachments(self, AttachmentRepository(db, path))
        self.reading = Reading(self)
        self.safety = Safety(self)
        self.wellbeing = Wellbeing(self)
        self._passphrase = passphrase_of(db.conn)

    # -- state ---------------------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        """The journal file (None for a journal in memory)."""
        return self.journal.path

    @property
    def read_only(self) -> bool:
        """True when nothing can be written (a read-only place or file)."""
        return self.journal.read_only

    @property
    def locked(self) -> bool:
        """True between :meth:`lock` and a successful :meth:`unlock`."""
        return self.journal.locked

    @property
    def encrypted(self) -> bool:
        """True when the file is encrypted with a passphrase."""
        return self._passphrase is not None

    @property
    def passphrase(self) -> str | None:
        """The passphrase the file is open with (None: plain, or locked)."""
        return self._passphrase

    # -- announcing ----------------------------------------------------------------------------

    def subscribe(self, observer: ChangeObserver) -> None:
        """Call observer with every change, after the write that made it is committed."""
        self._observers.append(observer)

    def unsubscribe(self, observer: ChangeObserver) -> None:
        """Stop calling observer."""
        if observer in self._observers:
            self._observers.remove(observer)

    def announce(self, change: Change) -> None:
        """Tell every observer; one failing observer does not keep the others from hearing."""
        for observer in list(self._observers):
            try:
                observer(change)
            except Exception:
                log.exception("an observer failed on %r", change)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One transaction for a write of this session (refused while read-only or locked)."""
        if self.locked:
            raise JournalLockedError(_("The journal is locked; unlock it to continue. Nothing was lost."))
        if self.read_only:
            raise ReadOnlyJournalError(_("This journal is read-only here; nothing was changed."),
                                       path=self.path)
        if not self.write_lock.acquire(blocking=False):
            self.sync_give_way.set()
            self.write_lock.acquire()
        try:
            with writing(self.journal.db, self.path):
                yield
        finally:
            self.write_lock.release()

    def write(self, change: Change, work: Callable[[], T]) -> T:
        """Run work in one transaction, then announce change."""
        with self.writing():
            result = work()
        self.announce(change)
        return result

    # -- entries: reading ----------------------------------------------------------------------

    def emotions(self) -> list[Emotion]:
        """The visible emotion vocabulary."""
        return self.journal.emotions()

    def entry(self, uuid: str) -> Entry | None:
        """The entry with this uuid (trashed or not), or None; UnreadableEntryError (a
        JournalError) when its stored values cannot be read."""
        return self._repository.get_entry(uuid)

    def entries_between(self, first: date, last: date) -> list[EntrySummary]:
        """List rows of the entries dated first..last, oldest first, trash excluded."""
        return self._repository.entries_between(first, last)

    def latest_on(self, day: date) -> str | None:
        """The uuid of the day's most recent entry, or None."""
        rows = [r for r in self._repository.entries_between(day, day) if not r.unreadable]
        return rows[-1].uuid if rows else None

    def daily_ratings(self, first: date, last: date) -> list[DayRatings]:
        """Per-day mean ratings over first..last (days with entries only)."""
        return self._repository.daily_ratings(first, last)

    def entry_count(self) -> int:
        """Entries not in the trash."""
        return self._repository.entry_count()

    def trashed_entries(self) -> list[EntrySummary]:
        """List rows of the entries in the trash, most recently deleted first."""
        return self._repository.trashed_entries()

    def setting(self, key: str, default: str | None = None) -> str | None:
        """A journal-level setting."""
        return self._repository.get_setting(key, default)

    def journal_preferences(self) -> JournalPreferences:
        """The journal's typed preferences: backups kept, auto-lock, check-in schedule."""
        from empathy_journal.session.preferences import journal_preferences

        return journal_preferences(self)

    # -- entries: writing ----------------------------------------------------------------------

    def save(self, draft: EntryDraft, *, now: datetime | None = None) -> SavedEntry:
        """Store an entry with its debrief, practices and values in ONE transaction."""
        moment = now or datetime.now(UTC)
        entry = draft.entry
        with self.writing():
            if entry.kind == EntryKind.CONVERSATION:
                saved = self.debriefs.repository.save_debrief(entry, draft.debrief or Debrief(),
                                                              now=moment)
            else:
                saved = self._repository.save_entry(entry, now=moment)
            assert saved.id is not None
            if draft.practices is not None:
                self.practices.repository.set_ticked(saved.id, draft.practices)
            if draft.values is not None:
                self.values.repository.set_marks(saved.id, draft.values)
            for person_id in draft.abandoned_people:
                self.people.repository.delete_if_unused(person_id)
            summary, day = self.rows_of(saved.uuid, saved.local_date)
        is_debrief = entry.kind == EntryKind.CONVERSATION
        # Names change only when people were removed here (the People view's counts follow
        # any entry change anyway); a debrief may change the follow-ups.
        self.announce(Change(entries={saved.uuid: summary}, days={saved.local_date: day},
                             follow_ups=is_debrief, people=bool(draft.abandoned_people)))
        return SavedEntry(saved, summary, day)

    def rows_of(self, uuid: str, day: date) -> tuple[EntrySummary | None, DayRatings | None]:
        """An entry's list row and its day's ratings as stored now (for an announcement)."""
        summary = next((s for s in self._repository.entries_between(day, day) if s.uuid == uuid),
                       None)
        ratings = self._repository.daily_ratings(day, day)
        return summary, (ratings[0] if ratings else None)

    def trash(self, uuid: str, *, now: datetime | None = None) -> None:
        """Move an entry to the trash (it can be restored until the trash is emptied)."""
        self._move(uuid, lambda: self._repository.trash_entry(uuid, now=now))

    def restore(self, uuid: str) -> bool:
        """Take an entry out of the trash; False when it is gone (the trash was emptied)."""
        if self._repository.get_entry(uuid) is None:
            return False
        self._move(uuid, lambda: self._repository.restore_entry(uuid))
        return True

    def _move(self, uuid: str, work: Callable[[], None]) -> None:
        stored = self._repository.get_entry(uuid)
        with self.writing():
            work()
            if stored is None:
                return
            summary, day = self.rows_of(uuid, stored.local_date)
        if stored is not None:
            self.announce(Change(entries={uuid: summary}, days={stored.local_date: day}))

    def empty_trash(self) -> int:
        """Delete every trashed entry for good; returns how many."""
        trashed = self._repository.trashed_entries()
        with self.writing():
            count = self._repository.empty_trash()
        self.announce(Change(entries={s.uuid: None for s in trashed}, people=True,
                             follow_ups=True))
        return count

    def import_batch(self, batch: ImportBatch, **options: Any) -> ImportResult:
        """Write an import batch in one transaction (all or nothing) and announce it."""
        from empathy_journal.session.imports import import_into

        return import_into(self, batch, **options)

    def apply_sync(self, folder: Path | None = None, **options: Any) -> SyncOutcome:
        """Sync with the folder (None: the one remembered) in one transaction, then announce
        the entries, days and people that arrived (docs/sync.md)."""
        from empathy_journal.session.syncing import apply_sync

        return apply_sync(self, folder, **options)

    def set_setting(self, key: str, value: str) -> None:
        """Store a journal-level setting."""
        self.write(Change(settings=frozenset({key})),
                   lambda: self._repository.set_setting(key, value))

    def set_journal_preferences(self, preferences: JournalPreferences) -> None:
        """Store the journal's preferences in one transaction and announce
        ``Change(settings=...)`` with the keys that changed."""
        from empathy_journal.session.preferences import set_journal_preferences

        set_journal_preferences(self, preferences)

    def rescue_copy(self, entry: Entry) -> Path | None:
        """Keep an entry the journal refused in ``unsaved/`` beside it (never when encrypted)."""
        if self.path is None or self.journal.encrypted:
            return None
        return write_rescue_copy(self.path, entry)

    # -- lock ----------------------------------------------------------------------------------

    def lock(self) -> None:
        """Close the file and drop the key; every read and write is refused until unlocked."""
        if self.path is None or self.locked:
            return
        self.journal.lock()
        self._passphrase = None
        self.announce(Change(locked=True))

    def unlock(self, passphrase: str | None = None) -> None:
        """Open the file again (WrongPassphraseError, and still locked, when it does not open)."""
        was_locked = self.locked
        self._open_again(passphrase)
        self.announce(Change.everything(locked=False if was_locked else None))

    def reopen(self, passphrase: str | None) -> None:
        """Open the file again behind this session after it was replaced (restore, re-key)."""
        self._open_again(passphrase)
        self.announce(Change.everything())

    def _open_again(self, passphrase: str | None) -> None:
        self.journal.unlock(passphrase)
        self._passphrase = passphrase_of(self.journal.db.conn)

    def close(self) -> None:
        """Close the file."""
        self.journal.close()

