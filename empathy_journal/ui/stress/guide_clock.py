"""GuideClock: elapsed time of a guided session from a monotonic clock, with pause and resume."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

FRAME_MS = 33  # about 30 frames a second: smooth enough for a slowly growing circle


class GuideClock(QObject):
    """Counts the seconds a session has run, paused time left out.

    The time comes from ``now`` (``time.monotonic`` unless a test gives its own), never from
    counting timer ticks, so a late or skipped tick cannot make the rhythm drift; the timer only
    asks for a repaint. Nothing here sleeps or blocks the UI thread.
    """

    ticked = Signal(float)

    def __init__(self, now: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._started: float | None = None  # when the running stretch began
        self._banked = 0.0                   # seconds run before the last pause
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        """True between start (or resume) and pause or stop."""
        return self._started is not None

    def elapsed(self) -> float:
        """Seconds run so far, pauses left out."""
        running = self._now() - self._started if self._started is not None else 0.0
        return self._banked + running

    def start(self) -> None:
        """Count from zero."""
        self._banked = 0.0
        self._started = self._now()
        self.timer.start()
        self.tick()

    def pause(self) -> None:
        """Stop counting; resume goes on from here."""
        if self._started is None:
            return
        self._banked = self.elapsed()
        self._started = None
        self.timer.stop()
        self.tick()

    def resume(self) -> None:
        """Go on counting after a pause."""
        if self._started is not None:
            return
        self._started = self._now()
        self.timer.start()
        self.tick()

    def stop(self) -> float:
        """Stop for good; returns the seconds run."""
        spent = self.elapsed()
        self._banked, self._started = spent, None
        self.timer.stop()
        return spent

    def tick(self) -> None:
        """Tell the guide where it is now (the timer calls this; tests may too)."""
        self.ticked.emit(self.elapsed())
