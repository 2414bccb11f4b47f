"""How often each check-in is offered: one choice per questionnaire, kept in the journal's
preferences (the same form in this dialog and on the Check-ins page of Preferences)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.check_in_schedule import EVERY_CHOICES, Schedule
from empathy_journal.domain.instruments import INSTRUMENTS


def schedule_question() -> str:
    """What the schedule asks, in the window's language."""
    return QCoreApplication.translate("ScheduleForm", "How often should the journal page offer "
                                      "each check-in? It is only ever one quiet line.")


class ScheduleForm(QWidget):
    """Every two weeks, month, two months, or off, for each check-in; ``changed`` fires with
    the new schedule when the person picks another choice."""

    changed = Signal(object)  # the Schedule as chosen

    def __init__(self, schedule: Schedule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.choices: dict[str, QComboBox] = {}
        for instrument in INSTRUMENTS.values():
            box = QComboBox()
            box.setAccessibleName(self.tr("How often: {check_in}").format(
                check_in=instrument.name))
            label = QLabel(f"&{instrument.name}")
            label.setBuddy(box)
            form.addRow(label, box)
            self.choices[instrument.id] = box
        self.show_schedule(schedule)
        for box in self.choices.values():
            box.currentIndexChanged.connect(lambda _=0: self.changed.emit(self.schedule()))

    def show_schedule(self, schedule: Schedule) -> None:
        """Show schedule's choices (without announcing a change)."""
        names = self.choice_names()
        for key, box in self.choices.items():
            box.blockSignals(True)
            box.clear()
            for days, text in EVERY_CHOICES:
                box.addItem(names.get(days, text), days)
            every = schedule.every(key)
            index = box.findData(every)
            if index < 0:
                box.addItem(self.tr("Every %n days", "", every), every)
                index = box.count() - 1
            box.setCurrentIndex(index)
            box.blockSignals(False)

    def choice_names(self) -> dict[int, str]:
        """The words of each choice (by its days; the domain's are English), translated."""
        return {14: self.tr("Every two weeks"), 30: self.tr("Every month"),
                60: self.tr("Every two months"), 0: self.tr("Off")}

    def schedule(self) -> Schedule:
        """The schedule as chosen."""
        return Schedule({key: int(box.currentData()) for key, box in self.choices.items()})


class ScheduleDialog(QDialog):
    """The schedule form with Save and Cancel (Check-ins ▸ Check-in schedule…)."""

    def __init__(self, schedule: Schedule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check-in schedule"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(schedule_question(), wordWrap=True))
        self.form = ScheduleForm(schedule)
        self.choices = self.form.choices
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def schedule(self) -> Schedule:
        """The schedule as chosen."""
        return self.form.schedule()

    @classmethod
    def ask(cls, schedule: Schedule, parent: QWidget | None = None) -> Schedule | None:
        """The new schedule, or None when cancelled (tests replace this)."""
        dialog = cls(schedule, parent)
        return dialog.schedule() if dialog.exec() == QDialog.DialogCode.Accepted else None
