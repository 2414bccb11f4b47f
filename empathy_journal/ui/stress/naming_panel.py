"""NamingPanel: "name it to tame it": the precise emotion words with intensity, then a need."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from empathy_journal.domain.vocabulary import Emotion, Family
from empathy_journal.session.coping import NamedFeelings
from empathy_journal.ui.stress.guide_panel import panel_key
from empathy_journal.ui.widgets.emotion_picker import EmotionPicker


class NamingPanel(QWidget):
    """Find the words, say what you need; ``done`` or ``stopped`` carry the seconds spent."""

    done = Signal(float)
    stopped = Signal(float)

    def __init__(self, emotions: list[Emotion], families: list[Family],
                 now: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._started: float | None = None
        self.title = QLabel(self.tr("Name it to tame it"), objectName="CalmHeading",
                            alignment=Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self.tr("Find the most precise words for what you feel right now, "
                                   "and how strongly (1–5). A precise word takes some of the "
                                   "heat out."), objectName="Hint", wordWrap=True)
        self.picker = EmotionPicker(emotions, families)
        self.need_label = QLabel(self.tr("What do you &need right now?"))
        self.need = QLineEdit(
            placeholderText=self.tr("e.g. ten quiet minutes, to say no to one thing"))
        self.need_label.setBuddy(self.need)
        self.need.setAccessibleName(self.tr("What you need right now"))
        self.done_button = QPushButton(self.tr("Done"), objectName="Primary")
        self.stop_button = QPushButton(self.tr("Stop"))
        panel_key(self, Qt.Key.Key_Escape, self.stop_button.click)
        self.stop_button.setAccessibleName(self.tr("Stop (Esc); what you did is kept"))
        self._layout()
        self.picker.tab_anchor = self.title
        for first, second in pairwise(self.tab_chain()):
            QWidget.setTabOrder(first, second)
        self.done_button.clicked.connect(lambda: self._end(self.done))
        self.stop_button.clicked.connect(lambda: self._end(self.stopped))
        self.need.returnPressed.connect(self.done_button.click)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.stop_button)
        column = QVBoxLayout(self)
        column.setSpacing(10)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addWidget(self.picker, 1)
        column.addWidget(self.need_label)
        column.addWidget(self.need)
        column.addLayout(buttons)

    def tab_chain(self) -> list[QWidget]:
        """Tab stops in order: the picker, the need, Done, Stop."""
        return [*self.picker.tab_chain(), self.need, self.done_button, self.stop_button]

    def begin(self) -> None:
        """Start afresh: no words, no need, the cursor in the search."""
        self.picker.set_tags([])
        self.need.clear()
        self._started = self._now()
        self.picker.search.setFocus()

    @property
    def spent(self) -> float:
        """Seconds since begin."""
        return self._now() - self._started if self._started is not None else 0.0

    def _end(self, signal: SignalInstance) -> None:
        if self._started is None:  # not begun (or the journal locked meanwhile)
            return
        spent = self.spent
        self._started = None
        signal.emit(spent)

    def abandon(self) -> None:
        """Forget what was picked and written (the journal locked)."""
        self._started = None
        self.picker.set_tags([])
        self.need.clear()

    def named(self) -> NamedFeelings:
        """The words chosen and the need written."""
        return NamedFeelings(self.picker.tags(), self.need.text())
