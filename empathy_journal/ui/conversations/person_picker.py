"""Who a debrief is with: an editable combo that completes over people and adds new names."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from empathy_journal.session.people import People
from empathy_journal.storage.errors import JournalError


class PersonPicker(QComboBox):
    """Type a name or alias; an unknown one becomes a new person when typing is finished."""

    person_changed = Signal(object)  # int | None
    problem = Signal(str)

    def __init__(self, people: People, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self._person_id: int | None = None
        self._created_here: set[int] = set()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(self.tr("Who the conversation was with"))
        line = self.lineEdit()
        line.setPlaceholderText(self.tr("A name or alias, new or known"))
        line.setClearButtonEnabled(True)
        self.reload_names()
        line.editingFinished.connect(self._resolve_typed_name)
        self.activated.connect(lambda _index: self._resolve_typed_name())

    def reload_names(self) -> None:
        """Refresh the list and completion from the people table, keeping the typed text."""
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItems(self._people.names())
        completer = QCompleter(self._people.names(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)

    def take_abandoned(self) -> list[int]:
        """People this picker created that are no longer chosen (e.g. "Sa" before "Sam")."""
        abandoned = [pid for pid in self._created_here if pid != self._person_id]
        self._created_here -= set(abandoned)
        return abandoned

    def person_id(self) -> int | None:
        """The chosen person's id (None when the field is empty)."""
        return self._person_id

    def set_person_id(self, person_id: int | None) -> None:
        """Show the given person (without announcing a change)."""
        person = self._people.get(person_id) if person_id is not None else None
        self._person_id = person.id if person else None
        self.blockSignals(True)
        self.setEditText(person.name if person else "")
        self.blockSignals(False)

    def _resolve_typed_name(self) -> None:
        name = self.currentText().strip()
        if not name:
            new_id = None
        else:
            known = self._person_id is not None and self._people.get(self._person_id)
            if known and known.name == name:
                return
            try:
                known_before = self._people.find_by_name(name)
                person = self._people.find_or_create(name)
            except JournalError as error:
                self.problem.emit(self.tr("“{name}” could not be added: {error} Nothing was "
                                          "lost.").format(name=name, error=error))
                return
            new_id = person.id
            if known_before is None and new_id is not None:
                self._created_here.add(new_id)
            if self.findText(person.name, Qt.MatchFlag.MatchFixedString) < 0:
                self.reload_names()
            self.setEditText(person.name)
        if new_id != self._person_id:
            self._person_id = new_id
            self.person_changed.emit(new_id)
