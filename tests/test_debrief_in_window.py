"""Journey 2 in the real window: Ctrl+Shift+N, the debrief, a week later the check, the People view."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from journal_window import TODAY, open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from empathy_journal.domain.conversation import PerspectiveResult
from empathy_journal.domain.entry import EmotionTag, EntryKind, Subject
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.dates import short_date

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")



def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: QtBot, text: str, *keys: Qt.Key) -> None:
    if text:
        qtbot.keyClicks(_focused(), text)
        QApplication.processEvents()
    for key in keys:
        qtbot.keyClick(_focused(), key)
        QApplication.processEvents()


def test_journey_two_with_the_keyboard_then_checking_the_guess(qtbot: QtBot,
                                                                journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    window = open_window(qtbot, journal)
    empathy = window.conversations
    assert not empathy.form_pane.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_entry.kind is EntryKind.CONVERSATION
    assert empathy.form_pane.isVisible() and window.page.panel.their_box.isVisible()
    qtbot.waitUntil(lambda: empathy.form.person.lineEdit().hasFocus())
    tab = Qt.Key.Key_Tab
    _type(qtbot, "Sam", tab)
    _type(qtbot, "Sprint planning", tab)
    _type(qtbot, "Sam pushed back on the estimate", tab)
    empathy.form.focus_first()  # the rest of the form is covered by the form's own tests
    form = empathy.form
    form._texts["follow_up"].setFocus()
    _type(qtbot, "Ask Sam how it landed")
    window.page.panel.their_picker.add("frustrated")
    window.page.panel.picker.add("anxious")
    window.autosave.flush()
    assert window.save_state.text().startswith("Saved")
    uuid = window.current_entry.uuid
    window.close()
    journal.close()

    journal = Journal.open(journal_path)
    stores = JournalSession(journal)
    entry = journal.repository.get_entry(uuid)
    assert entry is not None and entry.id is not None
    assert set(entry.emotions) == {EmotionTag("anxious", None, Subject.SELF),
                                   EmotionTag("frustrated", None, Subject.OTHER)}
    debrief = stores.debriefs.load(entry.id)
    assert debrief is not None
    assert (debrief.context, debrief.observed, debrief.follow_up) == (
        "Sprint planning", "Sam pushed back on the estimate", "Ask Sam how it landed")
    sam = stores.people.find_by_name("Sam")
    assert sam is not None and debrief.person_id == sam.id

    later = open_window(qtbot, journal, today=TODAY + timedelta(days=7))
    [row] = later.conversations.follow_ups.rows
    assert row.item.text == "Ask Sam how it landed"
    qtbot.keyClick(later, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    people = later.conversations.people_view
    assert people is not None and later.views.currentWidget() is people
    assert people.name_label.text() == "Sam"
    assert "They might have felt: frustrated" in people.timeline.toPlainText()
    people.record_check(entry.id, PerspectiveResult.PARTLY)
    assert f"Guess: Partly right (checked {short_date(date(2026, 12, 3))})" in people.timeline.toPlainText()
    assert "1 partly" in people.accuracy_label.text()
    qtbot.keyClick(later, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert later.views.currentWidget() is later.page
    qtbot.mouseClick(later.conversations.follow_ups.toggle, Qt.MouseButton.LeftButton)  # unfold
    box = later.conversations.follow_ups.rows[0].done_box
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert later.conversations.follow_ups.rows == []
    assert stores.debriefs.follow_ups() == []
    later.close()
    journal.close()


def test_practices_alone_make_a_new_entry_worth_saving(qtbot: QtBot,
                                                       memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    panel = window.conversations.practices
    panel.boxes["paraphrased"].setChecked(True)
    window.autosave.flush()
    saved = memory_journal.repository.get_entry(window.current_entry.uuid)
    assert saved is not None and saved.id is not None
    assert window.session.practices.ticked(saved.id) == {"paraphrased"}
    assert not window.conversations.form_pane.isVisible()


def test_a_debrief_with_only_the_form_filled_is_saved(qtbot: QtBot,
                                                      memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    window.conversations.start_debrief()
    window.conversations.form._texts["heard"].setPlainText("They wanted more notice")
    window.autosave.flush()
    saved = memory_journal.repository.get_entry(window.current_entry.uuid)
    assert saved is not None and saved.id is not None and saved.kind is EntryKind.CONVERSATION
    debrief = window.session.debriefs.load(saved.id)
    assert debrief is not None and debrief.heard == "They wanted more notice"
    window.new_entry()
    assert not window.conversations.form_pane.isVisible()
    assert not window.page.panel.their_box.isVisible()


def test_tab_goes_from_the_text_into_the_debrief_form(qtbot: QtBot,
                                                      memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    window.conversations.start_debrief()
    window.page.editor.body_edit.setFocus()
    qtbot.waitUntil(window.page.editor.body_edit.hasFocus)
    _type(qtbot, "We talked.", Qt.Key.Key_Tab)
    person = window.conversations.form.person
    assert _focused() is person or person.isAncestorOf(_focused())


def test_a_debrief_can_start_from_a_persons_page(qtbot: QtBot, memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    sam = window.session.people.repository.create("Sam")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    people = window.conversations.people_view
    assert people is not None
    people.debrief_button.click()
    assert window.views.currentWidget() is window.page
    assert window.current_entry.kind is EntryKind.CONVERSATION
    assert window.conversations.form.debrief().person_id == sam.id
    assert window.conversations.form.person.currentText() == "Sam"
    window.autosave.flush()
    assert sam.id is not None
    [item] = window.session.people.timeline(sam.id)
    assert item.entry_uuid == window.current_entry.uuid


def test_templates_start_entries_and_the_users_own_can_be_saved_and_deleted(
        qtbot: QtBot, memory_journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    window = open_window(qtbot, memory_journal)
    menu = window.conversations.templates_menu
    assert menu.actions() == []  # filled when it opens, not at start-up
    menu.aboutToShow.emit()
    names = [a.text() for a in menu.actions()]
    assert names == ["Evening reflection", "Gratitude", "Conflict preparation",
                     "One-to-one / mentoring notes"]
    menu.actions()[1].trigger()
    assert window.page.editor.body().startswith("## Three things I'm grateful for today")
    assert window.autosave.dirty
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("My weekly review", True))
    window.conversations.save_template.trigger()
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()][4:] == ["My weekly review", "",
                                                      "Delete one of your templates"]
    delete_menu = menu.actions()[-1].menu()
    delete_menu.actions()[0].trigger()
    menu.aboutToShow.emit()
    assert len(menu.actions()) == 4


def test_archiving_a_value_keeps_the_entrys_mark(qtbot: QtBot, memory_journal: Journal,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from empathy_journal.domain.values import ValueMark, ValueStance

    window = open_window(qtbot, memory_journal)
    stores = window.session
    honesty = stores.values.add_value("Honesty")
    assert honesty.id is not None
    panel = window.conversations.practices
    panel.reload()
    panel.stances[honesty.id].setCurrentIndex(1)
    window.autosave.flush()
    entry_id = window.current_entry.id
    assert entry_id is not None
    stores.values.set_archived(honesty.id, True)
    panel.reload()
    assert panel.stances == {}
    window.autosave.mark_dirty()
    window.autosave.flush()
    assert stores.values.marks(entry_id) == [ValueMark(honesty.id, ValueStance.ON)]


def test_a_read_only_journal_shows_debriefs_without_writing(qtbot: QtBot,
                                                            journal_path: Path) -> None:
    Journal.open(journal_path).close()
    journal = Journal.open(journal_path, read_only=True)
    window = open_window(qtbot, journal)
    empathy = window.conversations
    assert not empathy.new_debrief.isEnabled()
    assert not empathy.form.isEnabled() and not empathy.practices.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert empathy.people_view is not None
    assert empathy.people_view.name_label.text() == "No people yet"
    window.close()
    journal.close()


def test_trashing_a_debrief_takes_its_follow_up_off_the_list(qtbot: QtBot,
                                                             memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    window.conversations.start_debrief()
    window.conversations.form._texts["follow_up"].setText("Say thanks")
    window.autosave.flush()
    assert [r.item.text for r in window.conversations.follow_ups.rows] == ["Say thanks"]
    window.delete_current()
    assert window.conversations.follow_ups.rows == []
    window.undo_delete()
    assert [r.item.text for r in window.conversations.follow_ups.rows] == ["Say thanks"]


def test_a_name_abandoned_while_typing_leaves_no_person_behind(qtbot: QtBot,
                                                               memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    people = window.session.people
    kept = people.repository.create("Kim")  # known before: never removed, even when not chosen
    window.conversations.start_debrief()
    picker = window.conversations.form.person
    for name in ("Sa", "Kim", "Sam"):
        picker.setEditText(name)
        picker.lineEdit().editingFinished.emit()
    window.autosave.flush()
    assert people.names() == ["Kim", "Sam"]
    assert people.get(kept.id or 0) == kept
