"""Checking the guess: right, partly right or wrong, with the day it was checked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.conversation import PerspectiveResult
from empathy_journal.ui.dates import use_date_format
from empathy_journal.ui.widgets.form_parts import hint_label

RESULT_NAMES: dict[PerspectiveResult | None, str] = {
    None: QT_TRANSLATE_NOOP("PerspectiveCheckControl", "Not checked yet"),
    PerspectiveResult.RIGHT: QT_TRANSLATE_NOOP("PerspectiveCheckControl", "Right"),
    PerspectiveResult.PARTLY: QT_TRANSLATE_NOOP("PerspectiveCheckControl", "Partly right"),
    PerspectiveResult.WRONG: QT_TRANSLATE_NOOP("PerspectiveCheckControl", "Wrong"),
}


def result_label(result: PerspectiveResult | None) -> str:
    """What a check's result is called in the window ("Partly right"; None: "Not checked
    yet")."""
    return QCoreApplication.translate("PerspectiveCheckControl", RESULT_NAMES[result])


class PerspectiveCheckControl(QGroupBox):
    """Four radio buttons (not yet / right / partly / wrong) and the date it was checked."""

    check_changed = Signal(object, object)  # PerspectiveResult | None, date | None
    note_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Checking the guess"))
        self.setAccessibleName(self.tr("Checking the guess about their feelings"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(
            self.tr("After asking them: was your guess about their feelings right?")))
        self._group = QButtonGroup(self)
        row = QGridLayout()
        choices: list[PerspectiveResult | None] = [None, *PerspectiveResult]
        self._buttons: dict[PerspectiveResult | None, QRadioButton] = {}
        for index, result in enumerate(choices):
            button = QRadioButton(result_label(result))
            button.setAccessibleName(self.tr("Guess: {result}").format(result=button.text()))
            self._group.addButton(button, index)
            self._buttons[result] = button
            row.addWidget(button, index // 2, index % 2)
        layout.addLayout(row)
        date_row = QHBoxLayout()
        self._date = QDateEdit(calendarPopup=True)
        use_date_format(self._date)
        self._date.setAccessibleName(self.tr("Day the guess was checked"))
        date_label = QLabel(self.tr("Checked on"))
        date_label.setBuddy(self._date)
        date_row.addWidget(date_label)
        date_row.addWidget(self._date)
        date_row.addStretch(1)
        layout.addLayout(date_row)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What they told you (optional)"))
        self.note.setAccessibleName(self.tr("What they told you about how they felt"))
        layout.addWidget(self.note)
        self.set_check(None, None)
        self.note.editingFinished.connect(self._announce_note)
        self._group.idClicked.connect(self._on_choice)
        self._date.dateChanged.connect(lambda _d: self._announce())

    def result(self) -> PerspectiveResult | None:
        """The chosen result (None: not checked yet)."""
        for result, button in self._buttons.items():
            if button.isChecked():
                return result
        return None

    def checked_on(self) -> date | None:
        """The day of the check, None while not checked."""
        return self._date.date().toPython() if self.result() is not None else None

    def set_check(self, result: PerspectiveResult | None, checked_on: date | None,
                  today: date | None = None, note: str = "") -> None:
        """Show a stored check (without announcing a change)."""
        self.blockSignals(True)
        self.note.setText(note)
        self._shown_note = note
        self._date.blockSignals(True)
        self._buttons[result].setChecked(True)
        self._date.setDate(QDate(checked_on or today or date.today()))
        self._date.setEnabled(result is not None)
        self._date.blockSignals(False)
        self.blockSignals(False)

    def _on_choice(self, _id: int) -> None:
        checked = self.result() is not None
        if checked and not self._date.isEnabled():
            self._date.blockSignals(True)
            self._date.setDate(QDate.currentDate())
            self._date.blockSignals(False)
        self._date.setEnabled(checked)
        self._announce()

    def _announce_note(self) -> None:
        if self.note.text() != self._shown_note:
            self._shown_note = self.note.text()
            self.note_changed.emit(self._shown_note)

    def _announce(self) -> None:
        self.check_changed.emit(self.result(), self.checked_on())
