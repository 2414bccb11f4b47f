"""The first and last pages of a calming session: stress now, a trigger and a technique; then
stress after."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.coping import Technique, TechniqueKind
from empathy_journal.ui.safe_text import make_plain
from empathy_journal.ui.widgets.rating_control import RatingControl

TechniqueRole = Qt.ItemDataRole.UserRole + 1


def stress_control(label: str) -> RatingControl:
    """The 0–10 stress slider of the calming session."""
    return RatingControl(label, 0, 10, QCoreApplication.translate("BeforePage", "calm"),
                         QCoreApplication.translate("BeforePage", "overwhelmed"))


def _link(chain: list[QWidget]) -> None:
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)


class BeforePage(QWidget):
    """How stressed, what set it off, which technique and how long; Start."""

    start_requested = Signal()
    add_requested = Signal()
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Let’s slow down for a moment"), objectName="CalmHeading")
        self.saved_line = QLabel(objectName="CalmSaved", wordWrap=True)
        make_plain(self.saved_line)  # it names the trigger as typed
        self.saved_line.hide()
        self.stress = stress_control(self.tr("Stress right now"))
        self.trigger_label = QLabel(self.tr("What set it off? (optional: a word or a person)"))
        self.trigger = QLineEdit(placeholderText=self.tr("e.g. the review meeting, Sam"))
        self.trigger.setAccessibleName(self.tr("What set it off, optional"))
        self.trigger_label.setBuddy(self.trigger)
        self.techniques = QListWidget()
        self.techniques.setAccessibleName(self.tr("Technique; arrows choose, Tab moves on"))
        technique_label = QLabel(self.tr("&Technique"))
        technique_label.setBuddy(self.techniques)
        self.description = QLabel(objectName="Hint", wordWrap=True)
        self.minutes_label = QLabel(self.tr("&Length in minutes"))
        self.minutes = QSpinBox(suffix=self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        self.minutes_label.setBuddy(self.minutes)
        self.reduce_motion = QCheckBox(
            self.tr("Reduce motion: a countdown instead of the moving circle"))
        self.start_button = QPushButton(self.tr("Start"), objectName="Primary")
        self.add_button = QPushButton(self.tr("Add your own technique…"))
        self.leave_button = QPushButton(self.tr("Back to the journal"))
        self._layout(technique_label)
        _link([self.stress.slider, self.trigger, self.techniques, self.minutes,
               self.reduce_motion, self.start_button, self.add_button, self.leave_button])
        self.techniques.currentItemChanged.connect(self._follow_choice)
        self.techniques.itemActivated.connect(lambda _item: self.start_requested.emit())
        self.trigger.returnPressed.connect(self.techniques.setFocus)
        self.start_button.clicked.connect(self.start_requested)
        self.add_button.clicked.connect(self.add_requested)
        self.leave_button.clicked.connect(self.leave_requested)

    def _layout(self, technique_label: QLabel) -> None:
        length = QHBoxLayout()
        length.addWidget(self.minutes_label)
        length.addWidget(self.minutes)
        length.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.leave_button)
        column = QVBoxLayout(self)
        column.setSpacing(10)
        for widget in (self.heading, self.saved_line, self.stress, self.trigger_label,
                       self.trigger, technique_label):
            column.addWidget(widget)
        column.addWidget(self.techniques)
        column.addWidget(self.description)
        column.addLayout(length)
        column.addWidget(self.reduce_motion)
        column.addStretch(1)
        column.addLayout(buttons)

    def set_techniques(self, techniques: list[Technique]) -> None:
        """List the techniques, keeping the chosen one where it is still there."""
        chosen = self.technique()
        self.techniques.clear()
        for technique in techniques:
            item = QListWidgetItem(technique.label)
            item.setData(TechniqueRole, technique)
            item.setToolTip(technique.description)
            self.techniques.addItem(item)
        rows = max(1, self.techniques.count())
        self.techniques.setFixedHeight(rows * self.techniques.sizeHintForRow(0) + 8)
        ids = [t.id for t in techniques]
        row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0
        self.techniques.setCurrentRow(row)

    def set_people(self, names: list[str]) -> None:
        """Offer the people of the journal as triggers."""
        completer = QCompleter(names, self.trigger)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.trigger.setCompleter(completer)

    def technique(self) -> Technique | None:
        """The technique chosen."""
        item = self.techniques.currentItem()
        return item.data(TechniqueRole) if item is not None else None

    def choose(self, technique_id: str) -> None:
        """Choose a technique by id."""
        for row in range(self.techniques.count()):
            if self.techniques.item(row).data(TechniqueRole).id == technique_id:
                self.techniques.setCurrentRow(row)

    def _follow_choice(self) -> None:
        technique = self.technique()
        timed = technique is not None and technique.kind != TechniqueKind.NAMING
        self.description.setText(technique.description if technique is not None else "")
        self.techniques.setAccessibleDescription(self.description.text())
        self.minutes.setEnabled(timed)
        self.reduce_motion.setEnabled(technique is not None
                                      and technique.kind == TechniqueKind.BREATHING)
        if technique is not None and timed:
            self.minutes.setRange(*technique.minutes_range)
            self.minutes.setValue(technique.minutes)

    def reset(self, stress: int | None, saved: str = "") -> None:
        """Start afresh, stress prefilled; saved says what the last session stored."""
        self.stress.set_value(stress)
        self.trigger.clear()
        self.saved_line.setText(saved)
        self.saved_line.setVisible(bool(saved))
        (self.leave_button if saved else self.stress.slider).setFocus()


class AfterPage(QWidget):
    """What was done, and stress now; Save or leave it."""

    save_requested = Signal()
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("How do you feel now?"), objectName="CalmHeading")
        self.summary = QLabel(wordWrap=True)
        self.stress = stress_control(self.tr("Stress now"))
        self.save_button = QPushButton(self.tr("Save"), objectName="Primary")
        self.save_button.setAccessibleName(self.tr("Save this session"))
        self.discard_button = QPushButton(self.tr("Don’t save"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.addWidget(self.heading)
        column.addWidget(self.summary)
        column.addWidget(self.stress)
        column.addLayout(buttons)
        column.addStretch(1)
        _link([self.stress.slider, self.save_button, self.discard_button])
        self.save_button.clicked.connect(self.save_requested)
        self.discard_button.clicked.connect(self.discard_requested)

    def show_result(self, summary: str, stress_before: int | None) -> None:
        """Say what was done; the slider starts at the stress before, to move from there."""
        self.summary.setText(summary)
        self.stress.set_value(stress_before)
        self.stress.slider.setFocus()
