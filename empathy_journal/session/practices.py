"""Practices, personal values and templates of a session: the lists and their edits, announced."""

from __future__ import annotations

from typing import TYPE_CHECKING

from empathy_journal.domain.entry import EntryKind
from empathy_journal.domain.practices import Practice
from empathy_journal.domain.templates import Template
from empathy_journal.domain.values import PersonalValue, ValueMark
from empathy_journal.session.changes import Change
from empathy_journal.storage.practice_repository import PracticeRepository
from empathy_journal.storage.template_repository import TemplateRepository
from empathy_journal.storage.values_repository import ValuesRepository

if TYPE_CHECKING:
    from empathy_journal.session.journal_session import JournalSession

PRACTICES_CHANGED = Change(practices=True)


class Practices:
    """The practices checklist: which there are, and which an entry ticked."""

    def __init__(self, session: JournalSession, repository: PracticeRepository) -> None:
        self._session = session
        self.repository = repository

    def practices(self, *, include_hidden: bool = False) -> list[Practice]:
        """Built-in practices first, then the user's own."""
        return self.repository.practices(include_hidden=include_hidden)

    def ticked(self, entry_id: int) -> set[str]:
        """The practices an entry ticked."""
        return self.repository.ticked(entry_id)

    def add_practice(self, label: str, description: str = "") -> Practice:
        """One of the user's own practices."""
        return self._session.write(PRACTICES_CHANGED,
                                   lambda: self.repository.add_practice(label, description))

    def set_hidden(self, practice_id: str, hidden: bool) -> None:
        """Hide a practice from the checklist (old ticks stay) or show it again."""
        self._session.write(PRACTICES_CHANGED,
                            lambda: self.repository.set_hidden(practice_id, hidden))


class Values:
    """The user's personal values and the marks an entry gave them."""

    def __init__(self, session: JournalSession, repository: ValuesRepository) -> None:
        self._session = session
        self.repository = repository

    def values(self, *, include_archived: bool = False) -> list[PersonalValue]:
        """The user's values."""
        return self.repository.values(include_archived=include_archived)

    def marks(self, entry_id: int) -> list[ValueMark]:
        """How an entry stood to each value."""
        return self.repository.marks(entry_id)

    def add_value(self, name: str, description: str = "") -> PersonalValue:
        """A new personal value."""
        return self._session.write(PRACTICES_CHANGED,
                                   lambda: self.repository.add_value(name, description))

    def rename_value(self, value_id: int, name: str) -> None:
        """Rename a value."""
        self._session.write(PRACTICES_CHANGED, lambda: self.repository.rename_value(value_id, name))

    def set_archived(self, value_id: int, archived: bool) -> None:
        """Archive a value or bring it back."""
        self._session.write(PRACTICES_CHANGED,
                            lambda: self.repository.set_archived(value_id, archived))


class Templates:
    """Built-in and the user's own entry templates."""

    def __init__(self, session: JournalSession, repository: TemplateRepository) -> None:
        self._session = session
        self.repository = repository

    def templates(self) -> list[Template]:
        """Every template, built-in first."""
        return self.repository.templates()

    def add_template(self, name: str, body: str, kind: EntryKind = EntryKind.REFLECTION) -> Template:
        """Keep a text as one of the user's templates."""
        return self._session.write(Change(templates=True),
                                   lambda: self.repository.add_template(name, body, kind))

    def delete_template(self, template_uuid: str) -> bool:
        """Delete one of the user's templates."""
        return self._session.write(Change(templates=True),
                                   lambda: self.repository.delete_template(template_uuid))
