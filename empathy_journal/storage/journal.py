"""The Journal facade: one open file with its repository and vocabulary, for the app or CLI."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from empathy_journal.domain.translation import _
from empathy_journal.domain.vocabulary import Emotion
from empathy_journal.storage.database import OpenedJournal, open_journal
from empathy_journal.storage.errors import JournalError
from empathy_journal.storage.repository import JournalRepository
from empathy_journal.storage.vocabulary_store import load_emotions, sync_builtin_emotions


class JournalLockedError(JournalError):
    """The journal is locked (its file closed and its key dropped) until it is unlocked."""


class LockedConnection:
    """Stands in for the connection while the journal is locked: every use is refused."""

    in_transaction = False

    def __getattr__(self, name: str) -> Any:
        raise JournalLockedError(_("The journal is locked; unlock it to continue. Nothing was lost."))

    def close(self) -> None:
        """Nothing is open."""


class Journal:
    """An open journal: the single writer connection of this process and its repository."""

    def __init__(self, opened: OpenedJournal) -> None:
        self.opened = opened
        self.db = opened.db
        self.path = opened.path
        self.read_only = opened.read_only
        self.repository = JournalRepository(opened.db, opened.path)
        self._asked_read_only = opened.read_only
        self._emotions: list[Emotion] | None = None

    @classmethod
    def open(
        cls, path: Path | None, *, read_only: bool = False, passphrase: str | None = None
    ) -> Journal:
        """Open or create the journal at path (None: in memory) with the vocabulary in place.

        A passphrase opens (or creates) an encrypted journal; a journal in a place that
        cannot be written opens read-only (see ``read_only``).
        """
        opened = open_journal(path, read_only=read_only, passphrase=passphrase)
        if not opened.read_only:
            sync_builtin_emotions(opened.db)
        return cls(opened)

    @property
    def encrypted(self) -> bool:
        """True when the file is encrypted with a passphrase."""
        return self.opened.encrypted

    def emotions(self) -> list[Emotion]:
        """The visible vocabulary (cached for the life of the journal)."""
        if self._emotions is None:
            self._emotions = load_emotions(self.db)
        return self._emotions

    def forget_emotions(self) -> None:
        """Read the vocabulary afresh next time (another writer, sync, changed the words)."""
        self._emotions = None

    @property
    def locked(self) -> bool:
        """True between :meth:`lock` and :meth:`unlock`."""
        return isinstance(self.db.conn, LockedConnection)

    def lock(self) -> None:
        """Close the file and forget its key, keeping this object (and every repository that
        shares its database) usable again after :meth:`unlock`. In-memory journals stay open.
        """
        if self.path is None or self.locked:
            return
        self.db.conn.close()
        self.db.conn = LockedConnection()  # type: ignore[assignment]

    def unlock(self, passphrase: str | None = None) -> None:
        """Open the file again behind this same object (after a lock, restore or re-key).

        Raises WrongPassphraseError (and stays locked) when the passphrase does not open it.
        """
        if self.path is None:
            return
        opened = open_journal(self.path, passphrase=passphrase, read_only=self._asked_read_only)
        if not self.locked:
            self.db.conn.close()
        self.db.conn = opened.db.conn
        self.opened = replace(opened, db=self.db)
        self.read_only = opened.read_only
        if not opened.read_only:
            sync_builtin_emotions(self.db)

    def close(self) -> None:
        """Close the file."""
        self.opened.close()
