"""The debrief form: keyboard-only creation, round trips, mine vs theirs, immediate checks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from empathy_journal.domain.conversation import Debrief, PerspectiveResult
from empathy_journal.domain.entry import Entry, EntryKind, new_entry
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.conversations.conversation_form import ConversationForm

NOW = datetime(2026, 3, 10, 20, 0, tzinfo=UTC)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


@pytest.fixture
def stores(memory_journal: Journal) -> JournalSession:
    return JournalSession(memory_journal)


@pytest.fixture
def form(qtbot: QtBot, stores: JournalSession, memory_journal: Journal) -> ConversationForm:
    widget = ConversationForm(stores.people, stores.debriefs)
    qtbot.addWidget(widget)
    widget.resize(480, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: QtBot, text: str, *keys: Qt.Key) -> None:
    if text:
        qtbot.keyClicks(_focused(), text)
        QApplication.processEvents()  # let a completion popup open, as it would for a person
    for key in keys:
        qtbot.keyClick(_focused(), key)
        QApplication.processEvents()


def _save(stores: JournalSession, form: ConversationForm) -> Entry:
    entry = new_entry(date(2026, 3, 10), now=NOW, kind=EntryKind.CONVERSATION)
    return stores.debriefs.repository.save_debrief(entry, form.debrief(), now=NOW)


def test_a_debrief_can_be_written_with_the_keyboard_only(
        qtbot: QtBot, form: ConversationForm, stores: JournalSession) -> None:
    tab, space = Qt.Key.Key_Tab, Qt.Key.Key_Space
    form.focus_first()
    qtbot.waitUntil(lambda: form.person.lineEdit().hasFocus())
    with qtbot.waitSignal(form.changed):
        _type(qtbot, "Sam", tab)
    _type(qtbot, "1:1 about the release", tab)
    _type(qtbot, "Sam said the date was impossible", tab)
    _type(qtbot, "tight chest", tab)
    _type(qtbot, "cornered", tab)
    for text in ("time", "a clear answer", "you felt left out", "that makes sense",
                 "ask first"):
        _type(qtbot, text, tab)
    _type(qtbot, "book a retro", tab, space)      # follow-up, then tick "Due on"
    assert form.has_due.isChecked() and form.due.isEnabled()
    sam = stores.people.find_by_name("sam")
    assert sam is not None
    assert form.debrief() == Debrief(
        person_id=sam.id, context="1:1 about the release",
        observed="Sam said the date was impossible", i_felt="tight chest",
        they_felt="cornered", their_needs="time", my_needs="a clear answer",
        heard="you felt left out", what_i_said="that makes sense", differently="ask first",
        follow_up="book a retro", follow_up_due=date.today() + timedelta(days=7))
    not_yet = form.perspective._buttons[None]
    for _ in range(8):  # Tab walks the date's day, month and year, then "Done", then the check
        if _focused() is not_yet:
            break
        _type(qtbot, "", tab)
    assert _focused() is not_yet and not form.done.isChecked()
    _type(qtbot, "", Qt.Key.Key_Right)            # arrow keys choose within the radio group
    assert form.perspective.result() is PerspectiveResult.RIGHT
    saved = _save(stores, form)
    assert saved.id is not None
    assert stores.debriefs.load(saved.id) == form.debrief()


def test_an_untouched_form_saves_an_empty_debrief(form: ConversationForm,
                                                  stores: JournalSession) -> None:
    assert form.debrief() == Debrief()
    saved = _save(stores, form)
    assert saved.id is not None
    assert stores.debriefs.load(saved.id) == Debrief()


def test_loading_shows_every_field_and_emits_nothing(qtbot: QtBot, form: ConversationForm,
                                                     stores: JournalSession) -> None:
    person = stores.people.repository.create("Ana")
    full = Debrief(person_id=person.id, context="c", observed="o", i_felt="i", they_felt="t",
                   their_needs="tn", my_needs="mn", heard="h", what_i_said="w",
                   differently="d", follow_up="f", follow_up_due=date(2026, 3, 14),
                   follow_up_done_utc=NOW, perspective_check=PerspectiveResult.WRONG,
                   perspective_checked_on=date(2026, 3, 12), perspective_note="n")
    with qtbot.assertNotEmitted(form.changed):
        form.load(None, full)
    assert form.debrief() == full
    assert form.person.currentText() == "Ana"
    form.load(None, None)
    assert form.debrief() == Debrief()


def test_the_guess_check_is_recorded_at_once_for_a_stored_debrief(
        qtbot: QtBot, form: ConversationForm, stores: JournalSession) -> None:
    saved = _save(stores, form)
    assert saved.id is not None
    form.load(saved.id, stores.debriefs.load(saved.id))
    partly = form.perspective._buttons[PerspectiveResult.PARTLY]
    form.ensureWidgetVisible(partly)
    with qtbot.waitSignal(form.changed):
        qtbot.mouseClick(partly, Qt.MouseButton.LeftButton, pos=QPoint(6, partly.height() // 2))
    stored = stores.debriefs.load(saved.id)
    assert stored is not None
    assert stored.perspective_check is PerspectiveResult.PARTLY
    assert stored.perspective_checked_on == date.today()


def test_what_they_said_is_kept_with_the_check(qtbot: QtBot, form: ConversationForm,
                                               stores: JournalSession) -> None:
    saved = _save(stores, form)
    assert saved.id is not None
    stores.debriefs.record_perspective_check(saved.id, PerspectiveResult.RIGHT,
                                                  date(2026, 3, 12))
    form.load(saved.id, stores.debriefs.load(saved.id))
    form.perspective.note.setText("more tired than angry")
    with qtbot.waitSignal(form.changed):
        form.perspective.note.editingFinished.emit()
    stored = stores.debriefs.load(saved.id)
    assert stored is not None
    assert (stored.perspective_check, stored.perspective_checked_on, stored.perspective_note) == (
        PerspectiveResult.RIGHT, date(2026, 3, 12), "more tired than angry")
    assert form.debrief().perspective_note == "more tired than angry"


def test_a_refused_write_is_said_plainly_and_changes_nothing(
        qtbot: QtBot, form: ConversationForm, stores: JournalSession,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from empathy_journal.storage.errors import JournalError

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise JournalError("The disk is full.")

    monkeypatch.setattr(stores.people, "find_or_create", refuse)
    form.person.setEditText("Sam")
    form.person.lineEdit().editingFinished.emit()
    assert form.person.person_id() is None
    assert form.message.text() == "“Sam” could not be added: The disk is full. Nothing was lost."
    saved = _save(stores, form)
    assert saved.id is not None
    form.load(saved.id, stores.debriefs.load(saved.id))
    monkeypatch.setattr(stores.debriefs, "record_perspective_check", refuse)
    form.perspective._buttons[PerspectiveResult.RIGHT].click()
    assert form.message.text().startswith("That change was not saved: The disk is full.")
