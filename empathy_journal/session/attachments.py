"""Attachments in a session: attach, rename and remove an entry's files, each announced."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from empathy_journal.domain.attachments import Attachment, AttachmentFile
from empathy_journal.session.changes import Change
from empathy_journal.storage.attachment_repository import AttachmentRepository

if TYPE_CHECKING:
    from empathy_journal.session.journal_session import JournalSession

__all__ = ["AttachmentFile", "Attachments"]


class Attachments:
    """The files attached to entries, through the session.

    Each write is one transaction announced as ``Change(attachments={entry uuid})``. Trashing
    an entry keeps its files (restoring brings them back); emptying the trash deletes them.
    """

    def __init__(self, session: JournalSession, repository: AttachmentRepository) -> None:
        self._session = session
        self.repository = repository

    def of(self, entry_uuid: str) -> list[Attachment]:
        """An entry's attachments, oldest first (damaged rows marked unreadable)."""
        return self.repository.attachments(entry_uuid)

    def data(self, uuid: str) -> bytes | None:
        """An attachment's bytes, checked (None when they are damaged or gone)."""
        return self.repository.data(uuid)

    def attach(self, entry_uuid: str, files: list[AttachmentFile], *,
               now: datetime | None = None) -> list[Attachment]:
        """Attach files to a stored entry, all or none (AttachmentRefused says why)."""
        return self._session.write(Change(attachments=frozenset({entry_uuid})),
                                   lambda: self.repository.add(entry_uuid, files, now=now))

    def rename(self, uuid: str, name: str) -> Attachment | None:
        """Rename an attachment (the name is sanitised); None when it is gone."""
        entry_uuid = self.repository.entry_uuid_of(uuid)
        if entry_uuid is None:
            return None
        return self._session.write(Change(attachments=frozenset({entry_uuid})),
                                   lambda: self.repository.rename(uuid, name))

    def remove(self, uuid: str) -> bool:
        """Delete an attachment for good; False when it was already gone."""
        entry_uuid = self.repository.entry_uuid_of(uuid)
        if entry_uuid is None:
            return False
        return self._session.write(Change(attachments=frozenset({entry_uuid})),
                                   lambda: self.repository.remove(uuid))
