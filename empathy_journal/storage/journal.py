"""The Journal facade: one open file with its repository and vocabulary, for the app or CLI."""

from __future__ import annotations

from pathlib import Path

from empathy_journal.domain.vocabulary import Emotion
from empathy_journal.storage.database import OpenedJournal, open_journal
from empathy_journal.storage.repository import JournalRepository
from empathy_journal.storage.vocabulary_store import load_emotions, sync_builtin_emotions


class Journal:
    """An open journal: the single writer connection of this process and its repository."""

    def __init__(self, opened: OpenedJournal) -> None:
        self.opened = opened
        self.db = opened.db
        self.path = opened.path
        self.read_only = opened.read_only
        self.repository = JournalRepository(opened.db, opened.path)
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

    def emotions(self) -> list[Emotion]:
        """The visible vocabulary (cached for the life of the journal)."""
        if self._emotions is None:
            self._emotions = load_emotions(self.db)
        return self._emotions

    def close(self) -> None:
        """Close the file."""
        self.opened.close()
