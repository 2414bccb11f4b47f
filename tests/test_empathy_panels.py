"""Follow-ups panel, practices and values panel, and the People view, each on a real journal."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from empathy_journal.domain.conversation import Debrief, PerspectiveResult
from empathy_journal.domain.entry import EntryKind, new_entry
from empathy_journal.domain.values import ValueMark, ValueStance
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.conversations.follow_ups_panel import FollowUpsPanel
from empathy_journal.ui.conversations.people_view import PeopleView
from empathy_journal.ui.dates import short_date
from empathy_journal.ui.widgets.practices_panel import PracticesPanel

# Not the shared window TODAY: the debriefs and follow-ups below are dated around 10 March
# 2026 (due on the 8th is overdue, on the 30th later), so this file keeps its own day.
TODAY = date(2026, 3, 10)
NOW = datetime(2026, 3, 10, 20, 0, tzinfo=UTC)


@pytest.fixture
def stores(memory_journal: Journal) -> JournalSession:
    return JournalSession(memory_journal)


def _debrief(stores: JournalSession, debrief: Debrief, day: date = TODAY) -> int:
    entry = new_entry(day, now=NOW, kind=EntryKind.CONVERSATION)
    saved = stores.debriefs.repository.save_debrief(entry, debrief, now=NOW)
    assert saved.id is not None
    return saved.id


def test_follow_ups_show_overdue_first_and_done_in_one_click(qtbot: QtBot,
                                                             stores: JournalSession) -> None:
    sam = stores.people.repository.create("Sam")
    _debrief(stores, Debrief(follow_up="later", follow_up_due=date(2026, 3, 30)))
    overdue_id = _debrief(stores, Debrief(person_id=sam.id, follow_up="thank Sam",
                                          follow_up_due=date(2026, 3, 8)))
    panel = FollowUpsPanel(stores.debriefs, today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.show()
    assert [r.item.text for r in panel.rows] == ["thank Sam", "later"]
    assert panel.rows[0].when_label.text() == "with Sam · Overdue by 2 days"
    assert panel.rows[0].when_label.objectName() == "Overdue"
    assert panel.rows[1].when_label.text() == "Due Mon 30 Mar"
    with qtbot.waitSignal(panel.open_entry) as opened:
        panel.rows[0].open_button.click()
    assert opened.args == [stores.debriefs.follow_ups()[0].entry_uuid]
    with qtbot.waitSignal(panel.follow_up_done) as done:
        panel.rows[0].done_box.click()
    assert done.args == [overdue_id]
    assert [r.item.text for r in panel.rows] == ["later"]
    assert not panel.empty_label.isVisibleTo(panel)
    assert panel.undo_button.isVisibleTo(panel)
    panel.undo_button.click()
    assert [r.item.text for r in panel.rows] == ["thank Sam", "later"]
    assert not panel.undo_button.isVisibleTo(panel)


def test_practices_and_values_load_tick_hide_and_add(qtbot: QtBot, stores: JournalSession,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    honesty = stores.values.add_value("Honesty")
    assert honesty.id is not None
    panel = PracticesPanel(stores.practices, stores.values)
    qtbot.addWidget(panel)
    assert len(panel.boxes) == 12 and list(panel.stances) == [honesty.id]
    with qtbot.assertNotEmitted(panel.changed):
        panel.load({"paraphrased", "breathing_break"}, [ValueMark(honesty.id, ValueStance.ON)])
    assert panel.ticked() == {"paraphrased", "breathing_break"}
    panel.hide_practice("breathing_break")
    assert "breathing_break" not in panel.boxes
    assert panel.ticked() == {"paraphrased", "breathing_break"}  # the old tick is kept
    assert panel.hidden_button.text() == "Hidden (1)"
    panel.show_practice("breathing_break")
    assert panel.boxes["breathing_break"].isChecked()
    assert panel.hidden_button.isHidden()
    panel.hide_practice("breathing_break")
    with qtbot.waitSignal(panel.changed):
        panel.boxes["acted_kindly"].setChecked(True)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Thanked someone", True))
    panel.add_practice_button.click()
    assert "my-thanked-someone" in panel.boxes
    panel.add_value_button.click()
    assert len(panel.stances) == 2
    assert panel.marks() == [ValueMark(honesty.id, ValueStance.ON)]
    assert panel.ticked() == {"paraphrased", "breathing_break", "acted_kindly"}
    panel.load(set(), [])
    assert not panel.has_content()


def test_people_view_renames_merges_archives_and_checks_guesses(
        qtbot: QtBot, stores: JournalSession, monkeypatch: pytest.MonkeyPatch) -> None:
    sam, sammy = stores.people.repository.create("Sam"), stores.people.repository.create("Sammy")
    first = _debrief(stores, Debrief(person_id=sam.id, observed="first talk"))
    _debrief(stores, Debrief(person_id=sammy.id, observed="second talk"), date(2026, 3, 9))
    view = PeopleView(stores, today=lambda: TODAY)
    qtbot.addWidget(view)
    assert [view.people_list.item(i).text() for i in range(2)] == [
        "Sam\n1 debrief", "Sammy\n1 debrief"]
    assert view.name_label.text() == "Sam"
    view.record_check(first, PerspectiveResult.WRONG)
    assert view.accuracy_label.text() == (
        "Your guesses about their feelings: 0 right, 0 partly, 1 wrong (0%)")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Samuel", True))
    view.rename_button.click()
    assert view.name_label.text() == "Samuel"
    assert sammy.id is not None
    view.select_person(sammy.id)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Samuel", True))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.merge_button.click()
    assert view.people_list.count() == 1
    assert view.counts_label.text() == "2 debriefs"
    assert "first talk" in view.timeline.toPlainText()
    assert "second talk" in view.timeline.toPlainText()
    view.archive_button.click()
    assert view.people_list.count() == 0
    view.show_archived.setChecked(True)
    assert view.people_list.item(0).text().startswith("Samuel (archived)")
    assert view.archive_button.text() == "Bring back"


def test_timeline_links_open_entries_and_record_checks(qtbot: QtBot,
                                                       stores: JournalSession) -> None:
    sam = stores.people.repository.create("Sam")
    entry_id = _debrief(stores, Debrief(person_id=sam.id))
    view = PeopleView(stores, today=lambda: TODAY)
    qtbot.addWidget(view)
    assert "Was your guess right? Right · Partly right · Wrong" in view.timeline.toPlainText()
    view.timeline.anchorClicked.emit(QUrl(f"check:{entry_id}:right"))
    assert f"Guess: Right (checked {short_date(date(2026, 3, 10))})" in view.timeline.toPlainText()
    uuid = stores.people.timeline(sam.id or 0)[0].entry_uuid
    with qtbot.waitSignal(view.open_entry) as opened:
        view.timeline.anchorClicked.emit(QUrl(f"entry:{uuid}"))
    assert opened.args == [uuid]
