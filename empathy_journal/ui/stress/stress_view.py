"""StressView: the calming session, from stress now through a technique to stress after."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from empathy_journal.domain.coping import Technique, TechniqueKind, guide_for
from empathy_journal.domain.vocabulary import Family
from empathy_journal.session.coping import Attempt, NamedFeelings
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.stress.guide_panel import GuidePanel, clock_text
from empathy_journal.ui.stress.naming_panel import NamingPanel
from empathy_journal.ui.stress.session_pages import AfterPage, BeforePage

REDUCE_MOTION_SETTING = "coping.reduce_motion"
PAGE_MIN_EMS, PAGE_EMS = 34, 44  # the session's column width, in font heights


class StressView(QWidget):
    """One calming session at a time, in the window's stack of views.

    Stress before (prefilled from today), an optional trigger and a technique → the guide →
    stress after → ``saved`` once the session's record is stored. Nothing is written until
    Save; ``leave_requested`` asks the window for the journal again.
    """

    saved = Signal(str)
    leave_requested = Signal()

    def __init__(self, session: JournalSession, families: list[Family], *,
                 zone_name: str, now: Callable[[], float] = time.monotonic,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="StressView")
        self.session = session
        self._zone = zone_name
        self.before = BeforePage()
        self.guide = GuidePanel(now)
        self.naming = NamingPanel(session.emotions(), families, now)
        self.after = AfterPage()
        self.pages = QStackedWidget()
        for page in (self.before, self.guide, self.naming, self.after):
            self.pages.addWidget(page)
        self._technique: Technique | None = None
        self._spent = 0.0
        self._layout()
        self._connect()

    def _layout(self) -> None:
        column = QFrame(objectName="CalmColumn")
        em = self.fontMetrics().height()
        column.setMinimumWidth(em * PAGE_MIN_EMS)
        column.setMaximumWidth(em * PAGE_EMS)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.addWidget(self.pages)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 16, 16, 16)
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)

    def _connect(self) -> None:
        self.before.start_requested.connect(self.start)
        self.before.leave_requested.connect(self.leave_requested)
        self.before.reduce_motion.toggled.connect(self._keep_reduce_motion)
        self.guide.finished.connect(lambda spent: self._ask_after(spent, finished=True))
        self.guide.stopped.connect(lambda spent: self._ask_after(spent, finished=False))
        self.naming.done.connect(lambda spent: self._ask_after(spent, finished=True))
        self.naming.stopped.connect(lambda spent: self._ask_after(spent, finished=False))
        self.after.save_requested.connect(self.save)
        self.after.discard_requested.connect(lambda: self.reset(self.tr("Not saved. That’s fine too.")))

    # -- the flow ------------------------------------------------------------------------------

    def reset(self, saved: str = "") -> None:
        """Back to the first page: stress prefilled from today, the techniques re-read."""
        self.guide.abandon()
        self._technique = None
        self.reload_techniques()
        self.before.set_people(self.session.people.names())
        self.before.reduce_motion.setChecked(self.session.setting(REDUCE_MOTION_SETTING) == "1")
        self.pages.setCurrentWidget(self.before)
        self.before.reset(self.session.coping.stress_today(), saved)

    def reload_techniques(self) -> None:
        """List the techniques as the journal has them now."""
        self.before.set_techniques(self.session.coping.techniques())

    @property
    def in_progress(self) -> bool:
        """True from Start until the session is saved or left unsaved."""
        return self._technique is not None

    def start(self) -> None:
        """Begin the chosen technique."""
        technique = self.before.technique()
        if technique is None:
            return
        self._technique = technique
        if technique.kind == TechniqueKind.NAMING:
            self.pages.setCurrentWidget(self.naming)
            self.naming.begin()
            return
        self.pages.setCurrentWidget(self.guide)
        guide = guide_for(technique, self.before.minutes.value())
        reduced = self.before.reduce_motion.isChecked()
        self.guide.begin(technique, guide, reduced_motion=reduced)

    def _ask_after(self, spent: float, *, finished: bool) -> None:
        if self._technique is None:
            return
        self._spent = spent
        label = self._technique.label
        done = (self.tr("You did {time} of {technique}. Well done.") if finished else
                self.tr("You stopped after {time} of {technique}. That counts too.")).format(
            time=clock_text(spent), technique=label)
        self.pages.setCurrentWidget(self.after)
        self.after.show_result(done, self.before.stress.value())

    def attempt(self) -> Attempt:
        """What the session gathered, as it would be saved now."""
        assert self._technique is not None
        return Attempt(self._technique.id, self.before.stress.value(), self.after.stress.value(),
                       round(self._spent), self.before.trigger.text().strip())

    def save(self) -> None:
        """Store the session; when the journal refuses, say so and keep the page as it is."""
        if self._technique is None or self.session.locked:
            return
        attempt = self.attempt()
        named: NamedFeelings | None = None
        if self._technique.kind == TechniqueKind.NAMING:
            named = self.naming.named()
        try:
            self.session.coping.record(attempt, named=named, tz=self._zone)
        except JournalError as error:
            self.after.summary.setText(
                self.tr("Not saved: {error} Your numbers are still here; try Save again.")
                .format(error=error))
            return
        before, after = attempt.stress_before, attempt.stress_after
        if before is not None and after is not None:
            line = self.tr("Saved: {technique}, {time}, stress {before} → {after}").format(
                technique=self._technique.label, time=clock_text(attempt.duration_s),
                before=before, after=after)
        else:
            line = self.tr("Saved: {technique}, {time}").format(
                technique=self._technique.label, time=clock_text(attempt.duration_s))
        self.reset(f"{line}.")
        self.saved.emit(line)

    def stop_for_lock(self) -> None:
        """The journal locked: stop, keep nothing unsaved on screen."""
        self.guide.abandon()
        self._technique = None
        self.naming.abandon()
        self.before.reset(None)
        self.pages.setCurrentWidget(self.before)

    def _keep_reduce_motion(self, on: bool) -> None:
        if self.session.locked or self.session.read_only:
            return
        if (self.session.setting(REDUCE_MOTION_SETTING) == "1") != on:
            self.session.set_setting(REDUCE_MOTION_SETTING, "1" if on else "0")
