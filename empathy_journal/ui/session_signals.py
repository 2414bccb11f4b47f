"""SessionSignals: the Qt side of the session's announcements, one ``journal_changed`` signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from empathy_journal.session.changes import Change
from empathy_journal.session.journal_session import JournalSession


class SessionSignals(QObject):
    """Turns every :class:`Change` the session announces into ``journal_changed(change)``;
    a change of lock state is also ``lock_changed(locked)``, after the views heard it."""

    journal_changed = Signal(object)
    lock_changed = Signal(bool)

    def __init__(self, session: JournalSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.subscribe(self._announce)
        self.destroyed.connect(lambda: session.unsubscribe(self._announce))

    def _announce(self, change: Change) -> None:
        self.journal_changed.emit(change)
        if change.locked is not None:
            self.lock_changed.emit(change.locked)
