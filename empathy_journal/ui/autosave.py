"""AutosaveController: save after ~1 s idle and at least every ~2 s of continuous typing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

IDLE_MS = 1000
MAX_DELAY_MS = 2000
RETRY_MS = 3000


class AutosaveController(QObject):
    """Debounces edits into saves; the owner supplies ``save`` which returns True on success.

    Uses Qt timers (monotonic) only. A failed save keeps the state dirty and retries every
    RETRY_MS, so saving resumes by itself when the disk has room again.
    """

    dirty_changed = Signal(bool)

    def __init__(self, save: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self.idle_timer = QTimer(self, singleShot=True, interval=IDLE_MS)
        self.max_timer = QTimer(self, singleShot=True, interval=MAX_DELAY_MS)
        self.retry_timer = QTimer(self, singleShot=True, interval=RETRY_MS)
        for timer in (self.idle_timer, self.max_timer, self.retry_timer):
            timer.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        """True while there are edits not yet on disk."""
        return self._dirty

    def mark_dirty(self) -> None:
        """Call on every edit."""
        if not self._dirty:
            self._dirty = True
            self.max_timer.start()
            self.dirty_changed.emit(True)
        self.idle_timer.start()

    def flush(self) -> bool:
        """Save now if anything is pending; True when nothing is left unsaved."""
        self.idle_timer.stop()
        self.max_timer.stop()
        if not self._dirty:
            return True
        if self._save():
            self._dirty = False
            self.retry_timer.stop()
            self.dirty_changed.emit(False)
            return True
        self.retry_timer.start()
        return False

    def discard(self) -> None:
        """Forget pending edits (the entry they belonged to is gone)."""
        for timer in (self.idle_timer, self.max_timer, self.retry_timer):
            timer.stop()
        if self._dirty:
            self._dirty = False
            self.dirty_changed.emit(False)
