"""The People view (Ctrl+3): everyone written about, and each person's timeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.conversation import PerspectiveResult
from empathy_journal.domain.perspective import accuracy
from empathy_journal.session.changes import Change
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.session.people import PersonSummary
from empathy_journal.storage.errors import JournalError
from empathy_journal.ui.conversations.people_timeline_html import (
    CHECK_LINK,
    ENTRY_LINK,
    accuracy_sentence,
    timeline_html,
)
from empathy_journal.ui.journal_page import card
from empathy_journal.ui.safe_text import as_written, is_entry_uuid, plain_label
from empathy_journal.ui.widgets.form_parts import hint_label

PersonRole = Qt.ItemDataRole.UserRole + 1


class PeopleView(QWidget):
    """List on the left; the chosen person's details, actions and timeline on the right."""

    open_entry = Signal(str)
    changed = Signal()
    new_debrief = Signal(int)

    def __init__(self, session: JournalSession, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="JournalPage")
        self._session = session
        self._stale = False
        self._applying = False
        self._today = today
        self._summaries: dict[int, PersonSummary] = {}
        self.people_list = QListWidget()
        self.people_list.setAccessibleName(self.tr("People"))
        self.people_list.setWordWrap(True)
        self.people_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people_list.setSpacing(2)
        self.show_archived = QCheckBox(self.tr("Show archived people"))
        self.name_label = plain_label(objectName="DayHeading")
        self.counts_label = plain_label(objectName="Muted")
        self.accuracy_label = plain_label(wordWrap=True)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.debrief_button = QPushButton(self.tr("New debrief"))  # with them: said by its tooltip
        self.timeline = QTextBrowser()
        self.timeline.setOpenLinks(False)
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.timeline.document().setDocumentMargin(16)
        self.message = hint_label("")
        self._layout()
        self.people_list.currentItemChanged.connect(lambda _c, _p: self._show_current())
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.rename_button.clicked.connect(self.rename_current)
        self.merge_button.clicked.connect(self.merge_current)
        self.archive_button.clicked.connect(self.toggle_archive_current)
        self.debrief_button.clicked.connect(self._ask_new_debrief)
        self.timeline.anchorClicked.connect(self._on_link)
        self.refresh()

    def _layout(self) -> None:
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.addWidget(QLabel(self.tr("PEOPLE"), objectName="SectionTitle"))
        left_column.addWidget(hint_label(self.tr("Everyone you have debriefed or mentioned.")))
        left_column.addWidget(self.people_list, 1)
        left_column.addWidget(self.show_archived)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(16, 12, 12, 12)  # room for the search sidebar at 1024
        buttons = QHBoxLayout()
        for button in (self.rename_button, self.merge_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.debrief_button)
        for widget in (self.name_label, self.counts_label, self.accuracy_label):
            right_column.addWidget(widget)
        right_column.addLayout(buttons)
        right_column.addWidget(self.message)
        right_column.addSpacing(6)
        right_column.addWidget(card(self.timeline), 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([280, 900])
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 4, 10, 6)
        outer.addWidget(splitter)
        self.message.hide()

    # -- showing -----------------------------------------------------------------------------

    def _summary_line(self, summary: PersonSummary) -> str:
        """``2 debriefs · 1 mention · 1 to follow up`` (the singulars are messages of their own:
        with no catalog, English, Qt's %n form would read "1 debriefs")."""
        parts = [self.tr("1 debrief") if summary.debriefs == 1
                 else self.tr("%n debriefs", "", summary.debriefs)]
        if summary.mentions:
            parts.append(self.tr("1 mention") if summary.mentions == 1
                         else self.tr("%n mentions", "", summary.mentions))
        if summary.open_follow_ups:
            parts.append(self.tr("%n to follow up", "", summary.open_follow_ups))
        return " · ".join(parts)

    def refresh(self) -> None:
        """Reload the list, keeping the chosen person when they still exist."""
        self._stale = False
        keep = self.current_person_id()
        summaries = self._session.people.list_people(
            include_archived=self.show_archived.isChecked())
        self._summaries = {s.person.id: s for s in summaries if s.person.id is not None}
        self.people_list.blockSignals(True)
        self.people_list.clear()
        for summary in summaries:
            name = (self.tr("{name} (archived)").format(name=summary.person.name)
                    if summary.person.archived else summary.person.name)
            item = QListWidgetItem(f"{name}\n{self._summary_line(summary)}")
            item.setData(PersonRole, summary.person.id)
            self.people_list.addItem(item)
            if summary.person.id == keep:
                self.people_list.setCurrentItem(item)
        if self.people_list.currentRow() < 0 and self.people_list.count():
            self.people_list.setCurrentRow(0)
        self.people_list.blockSignals(False)
        self._show_current()

    def follow_change(self, change: Change) -> None:
        """Keep up with the journal: refresh now when shown, else when next shown."""
        if not change.touches_people() or self._session.locked or self._applying:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale and not self._session.locked:
            self.refresh()

    def current_person_id(self) -> int | None:
        """The id of the person shown on the right, if any."""
        item = self.people_list.currentItem()
        return item.data(PersonRole) if item is not None else None

    def select_person(self, person_id: int) -> None:
        """Show a given person."""
        for row in range(self.people_list.count()):
            if self.people_list.item(row).data(PersonRole) == person_id:
                self.people_list.setCurrentRow(row)
                return

    def _show_current(self) -> None:
        person_id = self.current_person_id()
        summary = self._summaries.get(person_id) if person_id is not None else None
        for button in (self.rename_button, self.merge_button, self.archive_button,
                       self.debrief_button):
            button.setEnabled(summary is not None)
        if summary is None or person_id is None:
            self.name_label.setText(self.tr("No people yet"))
            self.counts_label.setText(self.tr("Start a conversation debrief ({keys}) and say "
                                              "who it was with.").format(keys="Ctrl+Shift+N"))
            self.accuracy_label.clear()
            self.timeline.clear()
            return
        self.name_label.setText(summary.person.name)
        name = summary.person.name
        self.debrief_button.setToolTip(
            self.tr("New conversation debrief with {name}").format(name=name))
        self.debrief_button.setAccessibleName(
            self.tr("New debrief with {name}").format(name=name))
        self.counts_label.setText(self._summary_line(summary))
        checks = self._session.debriefs.perspective_checks(person_id)
        self.accuracy_label.setText(accuracy_sentence(accuracy(checks)))
        self.archive_button.setText(self.tr("Bring back") if summary.person.archived
                                    else self.tr("Archive"))
        self.timeline.setHtml(timeline_html(self._session.people.timeline(person_id),
                                            self._today()))

    # -- actions -----------------------------------------------------------------------------

    def _on_link(self, url: QUrl) -> None:
        kind, _, rest = url.toString().partition(":")
        if kind == ENTRY_LINK and is_entry_uuid(rest):
            self.open_entry.emit(rest)
        elif kind == CHECK_LINK:
            entry_id, _, result = rest.partition(":")
            if entry_id.isdigit() and result in {r.value for r in PerspectiveResult}:
                self.record_check(int(entry_id), PerspectiveResult(result))

    def record_check(self, entry_id: int, result: PerspectiveResult) -> None:
        """Record today that a debrief's guess was right, partly right or wrong."""
        self._apply(lambda: self._session.debriefs.record_perspective_check(
            entry_id, result, self._today()))

    def rename_current(self) -> None:
        """Ask for a new name or alias for the shown person."""
        person_id = self.current_person_id()
        if person_id is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("New name or alias:"),
                                        text=self._summaries[person_id].person.name)
        if ok and name.strip():
            self._apply(lambda: self._session.people.rename(person_id, name))

    def merge_current(self) -> None:
        """Fold the shown person into another one (every debrief and mention moves)."""
        person_id = self.current_person_id()
        if person_id is None:
            return
        others = {s.person.name: pid for pid, s in self._summaries.items() if pid != person_id}
        if not others:
            self._say(self.tr("There is nobody else to merge with yet."))
            return
        name = self._summaries[person_id].person.name
        target, ok = QInputDialog.getItem(self, self.tr("Merge"),
                                          self.tr("Merge “{name}” into:").format(name=name),
                                          sorted(others, key=str.casefold), 0, False)
        if not ok:
            return
        answer = QMessageBox.question(
            self, self.tr("Merge people"),
            as_written(self.tr("Move every debrief and mention of “{name}” to “{target}” and "
                               "remove “{name}”?").format(name=name, target=target)))
        if answer == QMessageBox.StandardButton.Yes:
            self._apply(lambda: self._session.people.merge(others[target], person_id))
            self.select_person(others[target])

    def toggle_archive_current(self) -> None:
        """Archive the shown person (nothing is deleted) or bring them back."""
        person_id = self.current_person_id()
        if person_id is None:
            return
        archived = self._summaries[person_id].person.archived
        self._apply(lambda: self._session.people.set_archived(person_id, not archived))

    def _ask_new_debrief(self) -> None:
        person_id = self.current_person_id()
        if person_id is not None:
            self.new_debrief.emit(person_id)

    def _apply(self, change: Callable[[], object]) -> None:
        try:
            self._applying = True
            change()
        except JournalError as error:
            self._say(self.tr("That change was not saved: {error} Nothing was lost.").format(
                error=error))
            return
        finally:
            self._applying = False
        self.message.hide()
        self.refresh()
        self.changed.emit()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
