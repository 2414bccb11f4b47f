"""The people, debrief, practice, value and template stores of an open journal."""

from __future__ import annotations

from empathy_journal.storage.conversation_repository import ConversationRepository
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.people_repository import PeopleRepository
from empathy_journal.storage.practice_repository import (
    PracticeRepository,
    sync_builtin_practices,
)
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
