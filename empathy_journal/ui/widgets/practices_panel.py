"""Today's practices checklist and the values an entry acts on or against."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.values import ValueMark, ValueStance
from empathy_journal.session.practices import Practices, Values
from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.safe_text import as_written, plain_label
from empathy_journal.ui.widgets.form_parts import hint_label
from empathy_journal.ui.widgets.layout_tools import discard_widget


def stance_choices() -> list[tuple[str, ValueStance | None]]:
    """The choices beside a value (none, on, against), in the window's language."""
    return [("—", None),
            (QCoreApplication.translate("PracticesPanel", "Acted on it"), ValueStance.ON),
            (QCoreApplication.translate("PracticesPanel", "Acted against it"),
             ValueStance.AGAINST)]


class PracticesPanel(QWidget):
    """Tick boxes for the visible practices and a stance per value; ``changed`` on any edit."""

    changed = Signal()

    def __init__(self, practices: Practices, values: Values,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._practices = practices
        self._values = values
        self._hidden_ticks: set[str] = set()
        self._archived_marks: list[ValueMark] = []
        self.boxes: dict[str, QCheckBox] = {}
        self.stances: dict[int, QComboBox] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(QLabel(self.tr("Today's practices").upper(), objectName="SectionTitle"))
        column.addWidget(hint_label(self.tr("Tick what you did. Right-click one to hide it.")))
        self._practice_box = QVBoxLayout()
        column.addLayout(self._practice_box)
        self.add_practice_button = QToolButton(text=self.tr("+ Add your own practice"),
                                               objectName="Flat")
        self.hidden_button = QToolButton(objectName="Flat")
        self.hidden_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.hidden_button.setAccessibleName(self.tr("Show a hidden practice again"))
        self.hidden_menu = QMenu(self.hidden_button)
        self.hidden_button.setMenu(self.hidden_menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_practice_button)
        buttons.addWidget(self.hidden_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addSpacing(10)
        column.addWidget(QLabel(self.tr("Values").upper(), objectName="SectionTitle"))
        column.addWidget(hint_label(
            self.tr("Did this day or conversation act on a value of yours?")))
        self._value_box = QVBoxLayout()
        column.addLayout(self._value_box)
        self.add_value_button = QToolButton(text=self.tr("+ Name a value"), objectName="Flat")
        column.addWidget(self.add_value_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.message = hint_label("")
        self.message.hide()
        column.addWidget(self.message)
        self.add_practice_button.clicked.connect(self._ask_practice)
        self.add_value_button.clicked.connect(self._ask_value)
        self.reload()

    # -- building ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Rebuild the lists from the journal, keeping what is ticked and marked."""
        ticked, marks = self.ticked(), self.marks()
        for layout in (self._practice_box, self._value_box):
            while layout.count():
                item = layout.takeAt(0)
                if item.widget():
                    discard_widget(item.widget())
        self.boxes, self.stances = {}, {}
        for practice in self._practices.practices():
            box = QCheckBox(practice.label)
            box.setToolTip(as_written(practice.description))
            box.setAccessibleDescription(practice.description)
            box.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            box.customContextMenuRequested.connect(
                lambda pos, pid=practice.id, b=box: self._practice_menu(pid, b, pos))
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[practice.id] = box
            self._practice_box.addWidget(box)
        self._fill_hidden_menu()
        for value in self._values.values():
            assert value.id is not None
            self._value_box.addWidget(self._value_row(value.id, value.name))
        self.load(ticked, marks, announce=False)

    def _value_row(self, value_id: int, name: str) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = plain_label(name)
        label.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        label.customContextMenuRequested.connect(
            lambda pos: self._value_menu(value_id, name, label.mapToGlobal(pos)))
        label.setToolTip(self.tr("Right-click to rename or archive"))
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Value {name}: acted on or against").format(name=name))
        for text, stance in stance_choices():
            combo.addItem(text, stance)
        label.setBuddy(combo)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        layout.addWidget(label, 1)
        layout.addWidget(combo)
        self.stances[value_id] = combo
        return row

    # -- state -------------------------------------------------------------------------------

    def load(self, ticked: set[str], marks: list[ValueMark], *, announce: bool = False) -> None:
        """Show an entry's ticks and marks (hidden practices and archived values are kept)."""
        self.blockSignals(not announce)
        try:
            for practice_id, box in self.boxes.items():
                box.setChecked(practice_id in ticked)
            self._hidden_ticks = ticked - set(self.boxes)
            by_value = {m.value_id: m.stance for m in marks}
            for value_id, combo in self.stances.items():
                combo.setCurrentIndex(combo.findData(by_value.get(value_id)))
            self._archived_marks = [m for m in marks if m.value_id not in self.stances]
        finally:
            self.blockSignals(False)

    def ticked(self) -> set[str]:
        """Ids of the ticked practices."""
        shown = {pid for pid, box in self.boxes.items() if box.isChecked()}
        return shown | self._hidden_ticks

    def marks(self) -> list[ValueMark]:
        """The values marked on this entry."""
        chosen = [ValueMark(value_id, combo.currentData())
                  for value_id, combo in self.stances.items()
                  if combo.currentData() is not None]
        return chosen + self._archived_marks

    def has_content(self) -> bool:
        """True when anything is ticked or marked."""
        return bool(self.ticked() or self.marks())

    # -- user's own practices and values -----------------------------------------------------

    def _practice_menu(self, practice_id: str, box: QCheckBox, pos: QPoint) -> None:
        menu = QMenu(self)
        hide = menu.addAction(self.tr("Hide “{practice}”").format(practice=box.text()))
        if menu.exec(box.mapToGlobal(pos)) is hide:
            self.hide_practice(practice_id)

    def _value_menu(self, value_id: int, name: str, where: QPoint) -> None:
        menu = QMenu(self)
        rename = menu.addAction(self.tr("Rename “{value}”…").format(value=name))
        archive = menu.addAction(self.tr("Archive “{value}” (marks are kept)").format(value=name))
        chosen = menu.exec(where)
        if chosen is rename:
            new_name, ok = QInputDialog.getText(self, self.tr("Rename value"),
                                                self.tr("New name:"), text=name)
            if ok and new_name.strip():
                self._run(lambda: self._values.rename_value(value_id, new_name))
                self.reload()
        elif chosen is archive:
            self._run(lambda: self._values.set_archived(value_id, True))
            self.reload()

    def _fill_hidden_menu(self) -> None:
        self.hidden_menu.clear()
        hidden = [p for p in self._practices.practices(include_hidden=True) if p.hidden]
        for practice in hidden:
            action = self.hidden_menu.addAction(
                self.tr("Show “{practice}” again").format(practice=practice.label))
            action.triggered.connect(lambda _c=False, pid=practice.id: self.show_practice(pid))
        self.hidden_button.setText(self.tr("Hidden ({count})").format(count=len(hidden)))
        self.hidden_button.setVisible(bool(hidden))

    def show_practice(self, practice_id: str) -> None:
        """Put a hidden practice back on the checklist."""
        self._run(lambda: self._practices.set_hidden(practice_id, False))
        self.reload()

    def hide_practice(self, practice_id: str) -> None:
        """Take a practice off the checklist (ticks already made are kept)."""
        self._run(lambda: self._practices.set_hidden(practice_id, True))
        self.reload()

    def _ask_practice(self) -> None:
        label, ok = QInputDialog.getText(
            self, self.tr("Your own practice"),
            self.tr("A practice you want to build, in a few words:"))
        if ok and label.strip():
            self._run(lambda: self._practices.add_practice(label))
            self.reload()

    def _ask_value(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Name a value"),
            self.tr("A value that matters to you (honesty, patience…):"))
        if ok and name.strip():
            self._run(lambda: self._values.add_value(name))
            self.reload()

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
            self.message.hide()
        except JournalError as error:
            self.message.setText(self.tr("That change was not saved: {error} Your entries are "
                                         "safe.").format(error=error))
            self.message.show()
