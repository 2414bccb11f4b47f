"""GuidePanel: one technique guided on screen (the breathing circle, or timed steps) with pause
and stop."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from empathy_journal.domain.coping import Guide, Moment, Technique, TechniqueKind
from empathy_journal.ui.stress.breathing_circle import BreathingCircle
from empathy_journal.ui.stress.guide_clock import GuideClock


def panel_key(panel: QWidget, key: Qt.Key, slot: Callable[[], None]) -> QAction:
    """A key that works anywhere in the window while panel is shown."""
    action = QAction(panel)
    action.setShortcut(QKeySequence(key))
    action.triggered.connect(slot)
    panel.addAction(action)
    return action


def clock_text(seconds: float) -> str:
    """Seconds as m:ss (rounded up, so a countdown reaches 0:00 only at the end)."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


class GuidePanel(QWidget):
    """Runs a guide against the clock; ``finished`` or ``stopped`` carry the seconds spent.

    Space pauses and goes on, Esc stops (the buttons' shortcuts, live only while shown).
    """

    finished = Signal(float)
    stopped = Signal(float)

    def __init__(self, now: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = GuideClock(now, self)
        self.guide: Guide | None = None
        self.title = QLabel(objectName="CalmHeading", alignment=Qt.AlignmentFlag.AlignCenter)
        self.circle = BreathingCircle()
        self.step_label = QLabel(objectName="CalmStep", alignment=Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel(objectName="CalmDetail", alignment=Qt.AlignmentFlag.AlignCenter,
                             wordWrap=True)
        self.time_left = QLabel(objectName="Muted", alignment=Qt.AlignmentFlag.AlignCenter)
        self.time_left.setAccessibleName(self.tr("Time left"))
        self._left = ""  # the time left as last shown, without "Paused"
        self.pause_button = QPushButton(self.tr("Pause"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop (Esc); what you did is kept"))
        # Actions, not button shortcuts (a button's shortcut clicks 100 ms late); they are live
        # only while this panel shows.
        panel_key(self, Qt.Key.Key_Space, self.toggle_pause)
        panel_key(self, Qt.Key.Key_Escape, self.stop)
        self._layout()
        self.clock.ticked.connect(self._show)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        QWidget.setTabOrder(self.pause_button, self.stop_button)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addWidget(self.circle, 1)
        column.addWidget(self.step_label)
        column.addWidget(self.detail)
        column.addWidget(self.time_left)
        column.addLayout(buttons)

    def begin(self, technique: Technique, guide: Guide, *, reduced_motion: bool) -> None:
        """Start guiding technique from its first step."""
        self.guide = guide
        self.title.setText(technique.label)
        breathing = technique.kind == TechniqueKind.BREATHING
        self.circle.setVisible(breathing)
        self.circle.reduced_motion = reduced_motion
        self.step_label.setVisible(not breathing)
        self.detail.setVisible(not breathing)
        self._set_paused_look(False)
        self.clock.start()
        self.pause_button.setFocus()

    @property
    def spent(self) -> float:
        """Seconds guided so far, pauses left out."""
        return self.clock.elapsed()

    def toggle_pause(self) -> None:
        """Pause, or go on after a pause."""
        if self.guide is None:
            return
        if self.clock.running:
            self.clock.pause()
        else:
            self.clock.resume()
        self._set_paused_look(not self.clock.running)

    def stop(self) -> None:
        """Stop early (Esc): what was done is what counts."""
        if self.guide is None:
            return
        spent = min(self.clock.stop(), self.guide.total_s)
        self.guide = None
        self.stopped.emit(spent)

    def abandon(self) -> None:
        """Stop without telling anyone (the journal locked)."""
        self.clock.stop()
        self.guide = None

    def _set_paused_look(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Go on") if paused else self.tr("Pause"))
        self.pause_button.setAccessibleName(
            self.tr("Go on (Space)") if paused else self.tr("Pause (Space)"))
        if paused:
            self.time_left.setText(self.tr("Paused · {left}").format(left=self._left))

    def _show(self, elapsed: float) -> None:
        if self.guide is None:
            return
        moment = self.guide.at(elapsed)
        self._show_moment(moment)
        if moment.finished:
            spent = self.guide.total_s
            self.clock.stop()
            self.guide = None
            self.finished.emit(spent)

    def _show_moment(self, moment: Moment) -> None:
        if self.circle.isVisibleTo(self):
            self.circle.show_moment(moment)
        else:
            self.step_label.setText(moment.step.label)
            self.detail.setText(moment.step.detail)
        self._left = self.tr("{time} left").format(time=clock_text(moment.remaining))
        self.time_left.setText(self._left if self.clock.running else
                               self.tr("Paused · {left}").format(left=self._left))
