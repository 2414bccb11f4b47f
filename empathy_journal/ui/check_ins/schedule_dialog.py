"""How often each check-in is offered: one choice per questionnaire, kept in the journal."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from empathy_journal.domain.check_in_schedule import EVERY_CHOICES, Schedule
from empathy_journal.domain.instruments import INSTRUMENTS


class ScheduleDialog(QDialog):
    """Every two weeks, month, two months, or off, for each check-in."""

    def __init__(self, schedule: Schedule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Check-in schedule")
        form = QFormLayout(self)
        form.addRow(QLabel("How often should the journal page offer each check-in? "
                           "It is only ever one quiet line.", wordWrap=True))
        self.choices: dict[str, QComboBox] = {}
        for instrument in INSTRUMENTS.values():
            box = QComboBox()
            for days, text in EVERY_CHOICES:
                box.addItem(text, days)
            every = schedule.every(instrument.id)
            index = box.findData(every)
            if index < 0:
                box.addItem(f"Every {every} days", every)
                index = box.count() - 1
            box.setCurrentIndex(index)
            label = QLabel(f"&{instrument.name}")
            label.setBuddy(box)
            form.addRow(label, box)
            self.choices[instrument.id] = box
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def schedule(self) -> Schedule:
        """The schedule as chosen."""
        return Schedule({key: int(box.currentData()) for key, box in self.choices.items()})

    @classmethod
    def ask(cls, schedule: Schedule, parent: QWidget | None = None) -> Schedule | None:
        """The new schedule, or None when cancelled (tests replace this)."""
        dialog = cls(schedule, parent)
        return dialog.schedule() if dialog.exec() == QDialog.DialogCode.Accepted else None
