"""Journals on pretend computers that sync through folders, for the sync tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from empathy_journal.domain.conversation import Debrief
from empathy_journal.domain.entry import EmotionTag, Entry, EntryKind, new_entry
from empathy_journal.session.journal_session import EntryDraft, JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.sync import SyncOutcome
from empathy_journal.sync.records import KINDS, read_payloads


class Device:
    """One computer: its journal (in memory, or a file) and the folder its sync tool fills."""

    def __init__(self, folder: Path, path: Path | None = None, passphrase: str | None = None
                 ) -> None:
        self.folder = folder
        self.session = JournalSession(Journal.open(path, passphrase=passphrase))
        self.announced: list = []
        self.session.subscribe(self.announced.append)

    def sync(self) -> SyncOutcome:
        """Sync with this computer's view of the folder."""
        return self.session.apply_sync(self.folder)

    def write(self, body: str, *, title: str = "", day: date = date(2026, 5, 1),
              uuid: str | None = None, **fields: object) -> Entry:
        """Save a new entry (or a new state of the entry uuid)."""
        entry = self.session.entry(uuid) if uuid else new_entry(
            day, now=datetime(2026, 5, 1, 20, tzinfo=UTC))
        assert entry is not None
        entry = replace(entry, body=body, title=title, **fields)
        return self.session.save(EntryDraft(entry)).entry

    def debrief(self, person: str, heard: str, *, uuid: str | None = None) -> Entry:
        """Save a conversation entry with a debrief with person."""
        someone = self.session.people.find_or_create(person)
        entry = self.session.entry(uuid) if uuid else new_entry(
            date(2026, 5, 2), now=datetime(2026, 5, 2, 9, tzinfo=UTC),
            kind=EntryKind.CONVERSATION)
        assert entry is not None
        entry = replace(entry, body="talked", emotions=[EmotionTag("calm", 2)])
        draft = EntryDraft(entry, debrief=Debrief(person_id=someone.id, heard=heard,
                                                  follow_up="call back"))
        return self.session.save(draft).entry

    def body(self, uuid: str) -> str | None:
        """The stored body of an entry (None when it is not there)."""
        entry = self.session.entry(uuid)
        return None if entry is None else entry.body

    def bodies(self) -> list[str]:
        """Every entry's body, trash included, sorted."""
        return sorted(p["body"] for p in read_payloads(self.session.journal.db, "entry").values())

    def records(self) -> dict[str, dict]:
        """Everything that syncs, as payloads: equal on two computers = same journal."""
        db = self.session.journal.db
        return {kind: read_payloads(db, kind) for kind in KINDS}

    def close(self) -> None:
        """Close the journal."""
        self.session.close()
