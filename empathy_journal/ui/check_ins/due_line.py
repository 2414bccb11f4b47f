"""The one quiet line on the journal page that says a check-in is due, with "Not now"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from empathy_journal.domain.check_in_schedule import DueCheckIn


def due_text(due: list[DueCheckIn]) -> str:
    """The sentence for the check-ins due (never a count of missed ones, never a streak)."""
    names = [d.instrument.name for d in due]
    listed = names[0] if len(names) == 1 else QCoreApplication.translate(
        "DueLine", "{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])
    return QCoreApplication.translate(
        "DueLine", "When you have two minutes: a check-in is due ({check_ins}).").format(
            check_ins=listed)


class DueLine(QFrame):
    """Hidden unless a check-in is due; "Take it" opens the first, "Not now" puts all shown
    off for their period."""

    take = Signal(str)
    not_now = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="Card")
        self.setAccessibleName(self.tr("Check-in due"))
        self.text = QLabel(wordWrap=True, objectName="Hint")
        self.take_button = QPushButton(self.tr("Take it"))
        self.later_button = QPushButton(self.tr("Not now"))
        self.take_button.setAccessibleName(self.tr("Take the check-in now"))
        self.later_button.setAccessibleName(self.tr("Not now: remind me next period"))
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.take_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.later_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._due: list[DueCheckIn] = []
        self.take_button.clicked.connect(lambda: self.take.emit(self._due[0].instrument.id))
        self.later_button.clicked.connect(
            lambda: self.not_now.emit([d.instrument.id for d in self._due]))
        self.hide()

    @property
    def due(self) -> list[DueCheckIn]:
        """What the line offers now."""
        return list(self._due)

    def show_due(self, due: list[DueCheckIn]) -> None:
        """Offer these check-ins (none: hide)."""
        self._due = list(due)
        if not due:
            self.hide()
            return
        self.text.setText(due_text(due))
        self.take_button.setText(self.tr("Take {check_in}…").format(
            check_in=due[0].instrument.name.split(" ")[0]))
        self.show()
