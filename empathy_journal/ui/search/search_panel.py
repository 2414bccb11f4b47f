"""SearchPanel: search as you type over the whole journal, with filters and highlighted snippets."""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
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
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.entry import EntryKind
from empathy_journal.domain.search_query import highlight_root, parse_search
from empathy_journal.domain.vocabulary import Emotion
from empathy_journal.session.changes import Change
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.search import (
    SearchFilters,
    SearchHit,
    SearchOrder,
)
from empathy_journal.ui.dates import short_date, use_date_format
from empathy_journal.ui.search.emotion_filter import EmotionFilter
from empathy_journal.ui.search.search_highlight import snippet_html

DEBOUNCE_MS = 180
REFRESH_MS = 400  # after a save, trash or restore: one quiet re-search, however many saves
RESULT_LIMIT = 100
UuidRole = Qt.ItemDataRole.UserRole


class SearchFiltersBox(QWidget):
    """The filter controls; ``changed`` fires whenever one of them does."""

    changed = Signal()

    def __init__(self, emotions: list[Emotion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.use_dates = QCheckBox(self.tr("Between"))
        self.first, self.last = QDateEdit(calendarPopup=True), QDateEdit(calendarPopup=True)
        self.first.setDate(QDate.currentDate().addYears(-1))
        self.last.setDate(QDate.currentDate())
        use_date_format(self.first, self.last)
        dates = QHBoxLayout()
        for widget in (self.use_dates, self.first, self.last):
            dates.addWidget(widget)
        form.addRow(dates)
        self.emotion = EmotionFilter(emotions)
        self.person = QComboBox(accessibleName=self.tr("Person filter"))
        self.kind = QComboBox(accessibleName=self.tr("Entry kind filter"))
        for label, kind in ((self.tr("All entries"), None),
                            (self.tr("Reflections"), EntryKind.REFLECTION),
                            (self.tr("Conversations"), EntryKind.CONVERSATION)):
            self.kind.addItem(label, kind)
        self.tag = QComboBox(accessibleName=self.tr("Tag filter"))
        self.mood = self._range(1, 10)
        self.stress = self._range(0, 10)
        self.starred = QCheckBox(self.tr("Starred only"))
        form.addRow(self.tr("Feeling"), self.emotion)
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Tag"), self.tag)
        form.addRow(self.tr("Mood"), self.mood[2])
        form.addRow(self.tr("Stress"), self.stress[2])
        form.addRow(self.starred)
        for signal in (self.use_dates.toggled, self.first.dateChanged, self.last.dateChanged,
                       self.emotion.changed, self.person.currentIndexChanged,
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
        for combo, blank, items in ((self.person, self.tr("Anyone"), people),
                                    (self.tag, self.tr("Any tag"), [(t, f"#{t}") for t in tags])):
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
        return SearchFilters(
            first=self.first.date().toPython() if dated else None,
            last=self.last.date().toPython() if dated else None,
            emotion_ids=self.emotion.selected_ids(),
            person_id=self.person.currentData(), kind=self.kind.currentData(),
            mood=bounds(self.mood, (1, 10)), stress=bounds(self.stress, (0, 10)),
            tag=self.tag.currentData(), starred_only=self.starred.isChecked())


class SearchPanel(QWidget):
    """The search sidebar; ``entry_activated`` fires with the uuid of a chosen result."""

    entry_activated = Signal(str)

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.last_duration_s = 0.0
        self.query = QLineEdit(
            placeholderText=self.tr("Search: words, \"a phrase\", listen*, -meeting"),
            clearButtonEnabled=True, accessibleName=self.tr("Search the journal"))
        self.order = QComboBox(accessibleName=self.tr("Sort results"))
        self.order.addItem(self.tr("Best matches"), SearchOrder.BEST)
        self.order.addItem(self.tr("Newest first"), SearchOrder.NEWEST)
        self.filters_button = QToolButton(text=self.tr("Filters"), checkable=True)
        self.filters_box = SearchFiltersBox(session.emotions())
        self.filters_box.hide()
        self.status = QLabel(objectName="Hint")
        self.results = QListWidget(accessibleName=self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.search_count = 0  # searches run so far (the refresh tests count them)
        self._shown: list[SearchHit] = []
        self._stale = False
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
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
        reading = self._session.reading
        self.filters_box.set_choices(reading.people_choices(), reading.tag_choices())

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected (Ctrl+F)."""
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def terms(self) -> list[str]:
        """The words searched for, for highlighting them in the opened entry."""
        query = parse_search(self.query.text())
        return [highlight_root(token) for term in query.required for token in term.tokens]

    def run_search(self) -> list[SearchHit]:
        """Search now (the debounce timer calls this) and show the results from the top."""
        self._timer.stop()
        if self._session.locked:
            return []
        hits = self._search()
        self._show(hits, keep_place=False)
        return hits

    def refresh_soon(self) -> None:
        """The journal changed (a save, trash or restore): search again once, shortly.

        The timer is not restarted by further calls, so autosaves while typing in the editor
        cause at most one search per REFRESH_MS, never one per keystroke.
        """
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def follow_change(self, change: Change) -> None:
        """Keep results and filter choices current with every write the session announces."""
        if change.locked:
            self._timer.stop()
            self._refresh_timer.stop()
            self.clear_results()
            return
        if (change.people or change.whole_journal) and self.filters_box.isVisible():
            self.refresh_choices()
        if change.touches_entries() or change.people:
            self.refresh_soon()

    def clear_results(self) -> None:
        """Forget what is shown (while the journal is locked)."""
        self._shown = []
        self.results.clear()

    def refresh(self) -> None:
        """Re-run the shown search quietly: focus, scroll and the chosen row stay put.

        While the panel is hidden it only remembers to refresh when it is shown again.
        """
        self._refresh_timer.stop()
        if self._session.locked:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if self.query.text().strip() or self.filters_button.isChecked():
            self._show(self._search(), keep_place=True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _search(self) -> list[SearchHit]:
        query = parse_search(self.query.text(), as_you_type=True)
        filters = self.filters_box.filters() if self.filters_button.isChecked() else None
        if query.is_empty and filters is None:
            return []
        started = time.monotonic()
        hits = self._session.reading.search(query, filters=filters,
                                            order=self.order.currentData(), limit=RESULT_LIMIT)
        self.last_duration_s = time.monotonic() - started
        self.search_count += 1
        return hits

    def _show(self, hits: list[SearchHit], *, keep_place: bool) -> None:
        """Show hits, redrawing only what differs from the results shown now."""
        if [h.uuid for h in hits] == [h.uuid for h in self._shown]:
            for row, (old, new) in enumerate(zip(self._shown, hits, strict=True)):
                if old != new:
                    self._fill(self.results.item(row), new)
        else:
            scroll = self.results.verticalScrollBar().value()
            current = self.results.currentItem()
            current_uuid = current.data(UuidRole) if current else None
            self.results.clear()
            for hit in hits:
                item = QListWidgetItem()
                self.results.addItem(item)
                self._fill(item, hit)
                if keep_place and hit.uuid == current_uuid:
                    self.results.setCurrentItem(item)
            if keep_place:
                self.results.verticalScrollBar().setValue(scroll)
        self._shown = list(hits)
        self.status.setText(self._status_text(hits))

    def _status_text(self, hits: list[SearchHit]) -> str:
        """"3 entries", "No entries match." or nothing (before anything is searched)."""
        if not hits:
            return self.tr("No entries match.") if self._has_search() else ""
        count = (self.tr("1 entry") if len(hits) == 1
                 else self.tr("%n entries", "", len(hits)))
        if len(hits) < RESULT_LIMIT:
            return count
        return self.tr("{count} (showing the first {limit})").format(count=count,
                                                                     limit=RESULT_LIMIT)

    def _has_search(self) -> bool:
        return bool(self.query.text().strip()) or self.filters_button.isChecked()

    def _fill(self, item: QListWidgetItem, hit: SearchHit) -> None:
        item.setData(UuidRole, hit.uuid)
        label = self.results.itemWidget(item)
        if not isinstance(label, QLabel):
            label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
            label.setContentsMargins(6, 4, 6, 4)
            self.results.setItemWidget(item, label)
        star = " ★" if hit.starred else ""
        untitled = html.escape(self.tr("Untitled"))
        title = html.escape(hit.title) if hit.title else f"<i>{untitled}</i>"
        markup = (f"<small>{short_date(hit.local_date)}{star}</small><br>"
                  f"<b>{title}</b><br>{snippet_html(hit.snippet)}")  # no words of its own
        label.setText(markup)
        item.setSizeHint(label.sizeHint())

    def _activate(self, item: QListWidgetItem) -> None:
        uuid = item.data(UuidRole)
        if uuid:
            self.entry_activated.emit(uuid)
