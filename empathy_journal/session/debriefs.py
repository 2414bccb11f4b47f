"""The debriefs of a session: loading one, the follow-ups list, and the writes that happen at
once (follow-up done, the check of a guess), each announced."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from empathy_journal.domain.conversation import Debrief, FollowUp, PerspectiveResult
from empathy_journal.session.changes import Change
from empathy_journal.storage.conversation_repository import ConversationRepository

if TYPE_CHECKING:
    from empathy_journal.domain.perspective import PerspectiveCheck
    from empathy_journal.session.journal_session import JournalSession

FOLLOW_UPS_CHANGED = Change(follow_ups=True, people=True)


class Debriefs:
    """Reads and immediate writes of the conversations table through the session."""

    def __init__(self, session: JournalSession, repository: ConversationRepository) -> None:
        self._session = session
        self.repository = repository

    def load(self, entry_id: int) -> Debrief | None:
        """The debrief of an entry, or None."""
        return self.repository.load(entry_id)

    def follow_ups(self, *, include_done: bool = False) -> list[FollowUp]:
        """Follow-ups of debriefs not in the trash, due soon first."""
        return self.repository.follow_ups(include_done=include_done)

    def perspective_checks(self, person_id: int | None = None) -> list[PerspectiveCheck]:
        """Every recorded check of a guess (of one person when given)."""
        return self.repository.perspective_checks(person_id)

    def mark_follow_up_done(self, entry_id: int, *, now: datetime | None = None) -> None:
        """Mark an entry's follow-up done."""
        self._session.write(FOLLOW_UPS_CHANGED,
                            lambda: self.repository.mark_follow_up_done(entry_id, now=now))

    def reopen_follow_up(self, entry_id: int) -> None:
        """Undo marking a follow-up done."""
        self._session.write(FOLLOW_UPS_CHANGED,
                            lambda: self.repository.reopen_follow_up(entry_id))

    def record_perspective_check(self, entry_id: int, result: PerspectiveResult | None,
                                 checked_on: date | None = None, note: str | None = None) -> None:
        """Record how a guess about their feelings turned out (None clears it)."""
        self._session.write(FOLLOW_UPS_CHANGED, lambda: self.repository.record_perspective_check(
            entry_id, result, checked_on or self._session.today(), note))
