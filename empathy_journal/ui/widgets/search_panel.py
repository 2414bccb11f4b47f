"""SearchPanel: search as you type over the whole journal, with filters and highlighted snippets."""

from __future__ import annotations

import html
import re
import time

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.entry import EntryKind
from empathy_journal.domain.search_query import highlight_root, parse_search, snippet_parts
from empathy_journal.domain.vocabulary import Emotion
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.search import (
    SearchFilters,
    SearchHit,
    SearchOrder,
    people_choices,
    search_entries,
    tag_choices,
)

DEBOUNCE_MS = 180
RESULT_LIMIT = 100
UuidRole = Qt.ItemDataRole.UserRole


def snippet_html(snippet: str) -> str:
    """A snippet as rich text: hits in bold on a soft highlight, everything else escaped."""
    pieces = []
    for text, is_hit in snippet_parts(" ".join(snippet.split())):
        escaped = html.escape(text)
        pieces.append(f"<b style='background:#fde68a;color:#1f2937'>{escaped}</b>"
                      if is_hit else escaped)
    return "".join(pieces)


def highlight_terms(editor: QPlainTextEdit | QTextEdit, terms: list[str]) -> int:
    """Mark every word of editor starting with one of terms; returns how many were marked."""
    selections = []
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#fde68a"))
    fmt.setForeground(QColor("#1f2937"))
    document: QTextDocument = editor.document()
    text = document.toPlainText()
    for term in terms:
        for match in re.finditer(rf"(?<!\w){re.escape(term)}\w*", text, re.IGNORECASE):
            cursor = QTextCursor(document)
            cursor.setPosition(match.start())
            cursor.setPosition(match.end(), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor, selection.format = cursor, fmt
            selections.append(selection)
    editor.setExtraSelections(selections)
    return len(selections)


class SearchFiltersBox(QWidget):
    """The filter controls; ``changed`` fires whenever one of them does."""

    changed = Signal()

    def __init__(self, emotions: list[Emotion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.use_dates = QCheckBox("Between")
        self.first, self.last = QDateEdit(calendarPopup=True), QDateEdit(calendarPopup=True)
        self.first.setDate(QDate.currentDate().addYears(-1))
        self.last.setDate(QDate.currentDate())
        dates = QHBoxLayout()
        for widget in (self.use_dates, self.first, self.last):
            dates.addWidget(widget)
        form.addRow(dates)
        self.emotion = QComboBox(accessibleName="Emotion filter")
        self.emotion.addItem("Any feeling", None)
        for word in sorted(emotions, key=lambda e: e.label):
            self.emotion.addItem(word.label, word.id)
        self.person = QComboBox(accessibleName="Person filter")
        self.kind = QComboBox(accessibleName="Entry kind filter")
        for label, kind in (("All entries", None), ("Reflections", EntryKind.REFLECTION),
                            ("Conversations", EntryKind.CONVERSATION)):
            self.kind.addItem(label, kind)
        self.tag = QComboBox(accessibleName="Tag filter")
        self.mood = self._range(1, 10)
        self.stress = self._range(0, 10)
        self.starred = QCheckBox("Starred only")
        form.addRow("Feeling", self.emotion)
        form.addRow("Person", self.person)
        form.addRow("Kind", self.kind)
        form.addRow("Tag", self.tag)
        form.addRow("Mood", self.mood[2])
        form.addRow("Stress", self.stress[2])
        form.addRow(self.starred)
        for signal in (self.use_dates.toggled, self.first.dateChanged, self.last.dateChanged,
                       self.emotion.currentIndexChanged, self.person.currentIndexChanged,
                       self.kind.currentIndexChanged, self.tag.currentIndexChanged,
                       self.starred.toggled):
            signal.connect(self.changed)

    def _range(self, low: int, high: int) -> tuple[QSpinBox, QSpinBox, QWidget]:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        spins = []
        for value in (low, high):
            spin = QSpinBox(minimum=low, maximum=high, value=value)
            spin.valueChanged.connect(self.changed)
            layout.addWidget(spin)
            spins.append(spin)
        return spins[0], spins[1], row

    def set_choices(self, people: list[tuple[int, str]], tags: list[str]) -> None:
        """Refill the person and tag lists, keeping the current choice where it still exists."""
        for combo, blank, items in ((self.person, "Anyone", people),
                                    (self.tag, "Any tag", [(t, f"#{t}") for t in tags])):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(blank, None)
            for data, label in items:
                combo.addItem(label, data)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def filters(self) -> SearchFilters:
        """The filters as chosen now."""
        def bounds(spins: tuple[QSpinBox, QSpinBox, QWidget], full: tuple[int, int]):
            chosen = (min(spins[0].value(), spins[1].value()),
                      max(spins[0].value(), spins[1].value()))
            return None if chosen == full else chosen

        dated = self.use_dates.isChecked()
        emotion = self.emotion.currentData()
        return SearchFilters(
            first=self.first.date().toPython() if dated else None,
            last=self.last.date().toPython() if dated else None,
            emotion_ids=(emotion,) if emotion else (),
            person_id=self.person.currentData(), kind=self.kind.currentData(),
            mood=bounds(self.mood, (1, 10)), stress=bounds(self.stress, (0, 10)),
            tag=self.tag.currentData(), starred_only=self.starred.isChecked())


class SearchPanel(QWidget):
    """The search sidebar; ``entry_activated`` fires with the uuid of a chosen result."""

    entry_activated = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.last_duration_s = 0.0
        self.query = QLineEdit(placeholderText="Search: words, \"a phrase\", listen*, -meeting",
                               clearButtonEnabled=True, accessibleName="Search the journal")
        self.order = QComboBox(accessibleName="Sort results")
        self.order.addItem("Best matches", SearchOrder.BEST)
        self.order.addItem("Newest first", SearchOrder.NEWEST)
        self.filters_button = QToolButton(text="Filters", checkable=True)
        self.filters_box = SearchFiltersBox(journal.emotions())
        self.filters_box.hide()
        self.status = QLabel(objectName="Hint")
        self.results = QListWidget(accessibleName="Search results")
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._layout()
        self.query.textChanged.connect(self._timer.start)
        self.query.returnPressed.connect(self.run_search)
        self._timer.timeout.connect(self.run_search)
        self.order.currentIndexChanged.connect(self.run_search)
        self.filters_box.changed.connect(self._timer.start)
        self.filters_button.toggled.connect(self._toggle_filters)
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(self._activate)

    def _layout(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(self.query)
        row = QHBoxLayout()
        row.addWidget(self.order, 1)
        row.addWidget(self.filters_button)
        column.addLayout(row)
        column.addWidget(self.filters_box)
        column.addWidget(self.status)
        column.addWidget(self.results, 1)

    def _toggle_filters(self, shown: bool) -> None:
        if shown:
            self.refresh_choices()
        self.filters_box.setVisible(shown)

    def refresh_choices(self) -> None:
        """Re-read people and tags for the filters (after an import, say)."""
        self.filters_box.set_choices(people_choices(self._journal.db),
                                     tag_choices(self._journal.db))

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected (Ctrl+F)."""
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def terms(self) -> list[str]:
        """The words searched for, for highlighting them in the opened entry."""
        query = parse_search(self.query.text())
        return [highlight_root(token) for term in query.required for token in term.tokens]

    def run_search(self) -> list[SearchHit]:
        """Search now (the debounce timer calls this) and show the results."""
        self._timer.stop()
        query = parse_search(self.query.text(), as_you_type=True)
        filters = self.filters_box.filters() if self.filters_button.isChecked() else None
        if query.is_empty and filters is None:
            self.results.clear()
            self.status.setText("")
            return []
        started = time.monotonic()
        hits = search_entries(self._journal.db, query, filters=filters,
                              order=self.order.currentData(), limit=RESULT_LIMIT)
        self.last_duration_s = time.monotonic() - started
        self._show(hits)
        return hits

    def _show(self, hits: list[SearchHit]) -> None:
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem()
            item.setData(UuidRole, hit.uuid)
            label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
            star = " ★" if hit.starred else ""
            title = html.escape(hit.title) if hit.title else "<i>Untitled</i>"
            label.setText(f"<small>{hit.local_date:%a %d %b %Y}{star}</small><br>"
                          f"<b>{title}</b><br>{snippet_html(hit.snippet)}")
            label.setContentsMargins(6, 4, 6, 4)
            item.setSizeHint(label.sizeHint())
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        more = " (showing the first 100)" if len(hits) == RESULT_LIMIT else ""
        self.status.setText("No entries match." if not hits else
                            f"{len(hits)} entr{'y' if len(hits) == 1 else 'ies'}{more}")

    def _activate(self, item: QListWidgetItem) -> None:
        uuid = item.data(UuidRole)
        if uuid:
            self.entry_activated.emit(uuid)
