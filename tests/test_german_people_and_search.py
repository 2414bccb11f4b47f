"""The debrief form, follow-ups, the People view and the search sidebar in German: no English
left of their own, and a few exact German strings (a plural for one and for three)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from german_window import english_left
from journal_window import TODAY, open_window
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from empathy_journal.domain.conversation import DEBRIEF_TEXT_FIELDS, Debrief, describe_due
from empathy_journal.domain.entry import EntryKind, new_entry
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.dates import compact_date
from empathy_journal.ui.window_composition import ComposedWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

NOW = datetime(2026, 11, 26, 20, 0, tzinfo=UTC)


def _journal(path: Path) -> Journal:
    """Kim with three debriefs (two follow-ups open, one overdue; no guess checked yet)."""
    journal = Journal.open(path)
    setup = JournalSession(journal, today=lambda: TODAY)
    kim = setup.people.repository.create("Kim", now=NOW)
    for days_ago, debrief, title in (
            (9, Debrief(person_id=kim.id, observed="Kim war still", follow_up="Kim anrufen",
                        follow_up_due=TODAY - timedelta(days=2)), "Streit"),
            (5, Debrief(person_id=kim.id, observed="Wir haben gelacht", follow_up="Kuchen",
                        follow_up_due=TODAY + timedelta(days=10)), "Kaffee"),
            (1, Debrief(person_id=kim.id, their_needs="Ruhe"), "Spaziergang")):
        entry = new_entry(TODAY - timedelta(days=days_ago), now=NOW, kind=EntryKind.CONVERSATION)
        entry.title = title
        setup.debriefs.repository.save_debrief(entry, debrief, now=NOW)
    return journal


def _domain_texts(window: ComposedWindow) -> list[str]:
    """What the window shows from below it (gettext, another share of this issue): the debrief
    fields' labels and hints and the follow-ups' due lines."""
    texts = [t for field in DEBRIEF_TEXT_FIELDS for t in (field.label, field.hint)]
    texts += [describe_due(item, TODAY, compact_date)
              for item in window.session.debriefs.follow_ups()]
    return texts


def _english_of_ours(widget, window: ComposedWindow) -> list[str]:
    below = _domain_texts(window)
    return [left for left in english_left(widget) if not any(text in left for text in below)]


@pytest.fixture
def german_window(window_in_german: None, qtbot: QtBot, tmp_path: Path) -> ComposedWindow:
    return open_window(qtbot, _journal(tmp_path / "journal.sqlite"))


def test_the_people_view_and_follow_ups_speak_german(german_window: ComposedWindow) -> None:
    window = german_window
    panel = window.conversations.follow_ups
    panel.set_collapsed(False)
    assert panel.toggle.text() == "NACHFASSEN (2, 1 überfällig)"
    assert _english_of_ours(panel, window) == []
    window.conversations.show_people()
    view = window.conversations.people_view
    assert view is not None
    assert _english_of_ours(view, window) == []
    assert view.counts_label.text() == "3 Nachbereitungen · 2 Nachfassungen offen"
    assert view.people_list.item(0).text() == "Kim\n3 Nachbereitungen · 2 Nachfassungen offen"
    timeline = view.timeline.toPlainText()
    assert "Lagst du richtig? Richtig · Teilweise richtig · Falsch" in timeline
    assert "Die andere Person brauchte: Ruhe" in timeline
    assert view.accuracy_label.text().startswith("Noch keine Vermutungen überprüft.")


def test_the_debrief_form_speaks_german(german_window: ComposedWindow) -> None:
    window = german_window
    window.conversations.start_debrief()
    form = window.conversations.form
    QApplication.processEvents()
    assert _english_of_ours(form, window) == []
    assert form.perspective.title() == "Die Vermutung überprüfen"
    assert form.done.text() == "Erledigt"


def test_the_search_sidebar_speaks_german(german_window: ComposedWindow, qtbot: QtBot) -> None:
    window = german_window
    window.search.show_search()
    panel = window.search.panel
    panel.filters_button.setChecked(True)
    panel.query.setText("Kaffee")
    panel.run_search()
    assert panel.status.text() == "1 Eintrag"
    assert window.search.dock.windowTitle() == "Suche"
    assert _english_of_ours(panel, window) == []
    panel.query.clear()
    panel.run_search()
    assert panel.status.text() == "3 Einträge"


def test_german_plurals_of_the_people_view(window_in_german: None) -> None:
    assert QCoreApplication.translate("PeopleView", "%n to follow up", None, 1) == \
        "1 Nachfassung offen"
    assert QCoreApplication.translate("PeopleView", "%n to follow up", None, 3) == \
        "3 Nachfassungen offen"
    assert QCoreApplication.translate("SearchPanel", "%n entries", None, 3) == "3 Einträge"
