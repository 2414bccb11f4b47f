"""One check-in as a dialog: each question a row of answers, the source, then the score."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.analytics.records import CheckIn
from empathy_journal.domain.instruments import Instrument, self_reflection
from empathy_journal.insights.check_in_text import check_in_score
from empathy_journal.session.wellbeing import Wellbeing
from empathy_journal.storage.errors import JournalError


class AnswerButton(QRadioButton):
    """One answer to one question; a digit key picks that row's answer of that value."""

    def __init__(self, row: int, value: int, name: str, dialog: CheckInDialog) -> None:
        super().__init__()
        self.row, self.value, self._dialog = row, value, dialog
        self.setAccessibleName(name)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.text().isdigit() and self._dialog.answer_by_key(self.row, int(event.text())):
            return
        super().keyPressEvent(event)


class CheckInDialog(QDialog):
    """Answer a questionnaire with the mouse or the keyboard (Tab: next question, arrows or a
    digit: the answer); Save stores every answer and shows the score."""

    taken = Signal(object)

    def __init__(self, wellbeing: Wellbeing, instrument: Instrument, zone_name: str,
                 today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wellbeing, self.instrument, self._zone = wellbeing, instrument, zone_name
        self._today = today
        title = self.tr("{check_in} check-in").format(check_in=instrument.name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.groups: list[QButtonGroup] = []
        self.result: CheckIn | None = None
        layout = QVBoxLayout(self)
        heading_html = f"<b>{instrument.name}</b><br>{self_reflection()}"  # both translated
        heading = QLabel(heading_html, wordWrap=True)
        self.stem = QLabel(instrument.stem, objectName="SectionTitle")
        layout.addWidget(heading)
        layout.addWidget(self.stem)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("{check_in} questions").format(
            check_in=instrument.name))
        scroll.setWidget(self._questions())
        layout.addWidget(scroll, 1)
        self.source = QLabel(self.tr("Source: {source} {note}").format(
            source=instrument.source, note=instrument.bands_note), wordWrap=True,
            objectName="Hint")
        self.score = QLabel(wordWrap=True)
        self.score.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.score.hide()
        layout.addWidget(self.source)
        layout.addWidget(self.score)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().height() * 52, self.fontMetrics().height() * 40)

    def _questions(self) -> QWidget:
        host = QWidget()
        grid = QGridLayout(host)
        grid.setHorizontalSpacing(10)
        for column, (_, text) in enumerate(self.instrument.choices, start=1):
            header = QLabel(text, wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
            header.setObjectName("Hint")
            grid.addWidget(header, 0, column)
            grid.setColumnMinimumWidth(column, self.fontMetrics().height() * 5)
        for row, item in enumerate(self.instrument.items, start=1):
            grid.addWidget(QLabel(f"{row}. {item.text}", wordWrap=True), row, 0)
            group = QButtonGroup(host)
            for column, (value, text) in enumerate(self.instrument.choices, start=1):
                button = AnswerButton(row - 1, value, f"{row}. {item.text} {text}", self)
                group.addButton(button, value)
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignCenter)
            group.buttonToggled.connect(self._answered)
            self.groups.append(group)
        grid.setColumnStretch(0, 1)
        return host

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.result is None:  # start on the first question, ready for the keyboard
            self.groups[0].buttons()[0].setFocus(Qt.FocusReason.TabFocusReason)

    def answers(self) -> list[int | None]:
        """The answer chosen for each question (None: not yet)."""
        return [g.checkedId() if g.checkedButton() else None for g in self.groups]

    def answer(self, row: int, value: int) -> None:
        """Choose value for question row (from 0)."""
        self.groups[row].button(value).setChecked(True)

    def answer_by_key(self, row: int, value: int) -> bool:
        """A digit typed on a question: choose it and go on to the next question."""
        button = self.groups[row].button(value)
        if button is None:
            return False
        button.setChecked(True)
        following = self.groups[row + 1].buttons() if row + 1 < len(self.groups) else []
        target = (self.groups[row + 1].checkedButton() or following[0]) if following \
            else self.save_button
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _answered(self) -> None:
        self.save_button.setEnabled(None not in self.answers())

    def save(self) -> None:
        """Store the check-in and show its score (the dialog stays open to read it)."""
        if self.result is not None:
            self.accept()
            return
        answers = self.answers()
        if None in answers:
            return
        try:
            self.result = self.wellbeing.record(self.instrument.id, [int(a or 0) for a in answers],
                                                zone_name=self._zone, day=self._today())
        except JournalError as error:
            self.score.setText(str(error))
            self.score.show()
            return
        for group in self.groups:
            for button in group.buttons():
                button.setEnabled(False)
        said = self.tr("Your {check_in} today: {score}. Insights shows it over time.").format(
            check_in=self.instrument.name, score=check_in_score(self.result))
        saved = self.tr("Saved.")
        self.score.setText(f"<b>{saved}</b> {said}")
        self.score.show()
        self.buttons.clear()
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        close.setFocus()
        self.taken.emit(self.result)
