"""The people, debrief, practice, value and template stores of an open journal."""

from __future__ import annotations

from datetime import datetime

from empathy_journal.domain.conversation import Debrief
from empathy_journal.domain.entry import Entry, EntryKind
from empathy_journal.domain.values import ValueMark
from empathy_journal.storage.conversation_repository import ConversationRepository
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.people_repository import PeopleRepository
from empathy_journal.storage.practice_repository import (
    PracticeRepository,
    sync_builtin_practices,
)
from empathy_journal.storage.table_access import writing
from empathy_journal.storage.template_repository import (
    TemplateRepository,
    sync_builtin_templates,
)
from empathy_journal.storage.values_repository import ValuesRepository


class EmpathyStores:
    """The stores of one journal; built-in practices and templates are synced when writable."""

    def __init__(self, journal: Journal) -> None:
        db, path = journal.db, journal.path
        if not journal.read_only:
            sync_builtin_practices(db)
            sync_builtin_templates(db)
        self.journal = journal
        self.people = PeopleRepository(db, path)
        self.conversations = ConversationRepository(journal.repository)
        self.practices = PracticeRepository(db, path)
        self.values = ValuesRepository(db, path)
        self.templates = TemplateRepository(db, path)

    def save_entry(self, entry: Entry, *, debrief: Debrief | None = None,
                   practices: set[str] | None = None, values: list[ValueMark] | None = None,
                   now: datetime | None = None) -> Entry:
        """Save an entry with its debrief (for a conversation), ticked practices and value
        marks, all in one transaction; None leaves that part as stored."""
        with writing(self.journal.db, self.journal.path):
            if entry.kind == EntryKind.CONVERSATION:
                saved = self.conversations.save_debrief(entry, debrief or Debrief(), now=now)
            else:
                saved = self.journal.repository.save_entry(entry, now=now)
            assert saved.id is not None
            if practices is not None:
                self.practices.set_ticked(saved.id, practices)
            if values is not None:
                self.values.set_marks(saved.id, values)
        return saved
