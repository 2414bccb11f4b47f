"""The people of a session: names for completion, the People view's lists, and every change
to a person, each announced."""

from __future__ import annotations

from typing import TYPE_CHECKING

from empathy_journal.domain.people import Person
from empathy_journal.session.changes import Change
from empathy_journal.storage.people_repository import (
    PREVIEW_CHARS,
    PeopleRepository,
    PersonSummary,
    TimelineItem,
)

if TYPE_CHECKING:
    from empathy_journal.session.journal_session import JournalSession

__all__ = ["PREVIEW_CHARS", "People", "PersonSummary", "TimelineItem"]

PEOPLE_CHANGED = Change(people=True, follow_ups=True)


class People:
    """Reads and writes of the people table through the session."""

    def __init__(self, session: JournalSession, repository: PeopleRepository) -> None:
        self._session = session
        self.repository = repository

    def get(self, person_id: int) -> Person | None:
        """The person with this id, or None."""
        return self.repository.get(person_id)

    def find_by_name(self, name: str) -> Person | None:
        """The person with this name or alias (ignoring case and spacing), or None."""
        return self.repository.find_by_name(name)

    def names(self, *, include_archived: bool = False) -> list[str]:
        """Every name, alphabetically."""
        return self.repository.names(include_archived=include_archived)

    def list_people(self, *, include_archived: bool = False) -> list[PersonSummary]:
        """The People list rows."""
        return self.repository.list_people(include_archived=include_archived)

    def timeline(self, person_id: int) -> list[TimelineItem]:
        """A person's entries, newest first."""
        return self.repository.timeline(person_id)

    def find_or_create(self, name: str) -> Person:
        """The person with this name (unarchived if needed), or a new one."""
        return self._session.write(PEOPLE_CHANGED, lambda: self.repository.find_or_create(name))

    def rename(self, person_id: int, new_name: str) -> Person:
        """Give a person another name."""
        return self._session.write(PEOPLE_CHANGED,
                                   lambda: self.repository.rename(person_id, new_name))

    def set_note(self, person_id: int, note: str) -> None:
        """Keep a note about a person."""
        self._session.write(PEOPLE_CHANGED, lambda: self.repository.set_note(person_id, note))

    def set_archived(self, person_id: int, archived: bool) -> None:
        """Archive a person (hidden from completion) or bring them back."""
        self._session.write(PEOPLE_CHANGED,
                            lambda: self.repository.set_archived(person_id, archived))

    def merge(self, keep_id: int, absorb_id: int) -> Person:
        """Fold one person into another (their entries move over)."""
        return self._session.write(Change(people=True, follow_ups=True, whole_journal=True),
                                   lambda: self.repository.merge(keep_id, absorb_id))
