"""An evening in the journal with the keyboard only: every key goes to the focused widget."""

from __future__ import annotations

from datetime import date

from journal_window import TODAY, open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from empathy_journal.domain.conversation import Debrief
from empathy_journal.domain.entry import EmotionTag, EntryKind
from empathy_journal.storage.journal import Journal

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Keyboard:
    """Presses keys on whatever has the keyboard focus, like a person at the keyboard."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    @property
    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focus, key, modifier)
            QApplication.processEvents()  # a person's pause: posted events (new widgets show)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus, text)
        QApplication.processEvents()

    def tab(self, times: int = 1) -> None:
        self.press(Qt.Key.Key_Tab, times=times)


def spoken_name(widget: QWidget) -> str:
    """Its accessible name, a button's text, or the name of the control it is the inside of."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    owner = widget.parentWidget()
    while owner is not None and owner.focusProxy() is not widget:
        owner = owner.parentWidget()
    return owner.accessibleName() if owner is not None else ""


def entries_on(journal: Journal, day: date) -> list:
    return [journal.repository.get_entry(s.uuid)
            for s in journal.repository.entries_between(day, day)]


def test_an_evening_written_with_the_keyboard_only(qtbot, memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal, today=TODAY, zone_name="Europe/Berlin", show=False)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts need the active window
    keys = Keyboard(qtbot)
    page = window.page

    assert keys.focus is page.editor.body_edit      # the window opens with the cursor in the text
    keys.press(Qt.Key.Key_Tab, SHIFT)
    assert keys.focus is page.editor.title_edit
    keys.type("Quiet evening")
    keys.tab()
    assert keys.focus is page.editor.body_edit
    keys.type("Walked home with Noor. #walk")
    keys.tab()
    assert keys.focus is window.attachments.strip.attach_button  # Attach… under the text
    keys.tab()
    assert keys.focus is page.panel.mood.slider
    keys.press(Qt.Key.Key_Right, times=2)          # not rated shows the middle, 5: now 7
    keys.tab()
    assert keys.focus is page.panel.energy.slider
    keys.press(Qt.Key.Key_Left)                    # 5 → 4
    keys.tab()
    assert keys.focus is page.panel.stress.slider
    keys.press(Qt.Key.Key_Down, times=3)           # 5 → 2
    keys.tab()
    assert keys.focus is page.panel.picker.search
    keys.type("grateful")
    keys.press(Qt.Key.Key_Down)                    # into the matches, on the first one
    keys.press(Qt.Key.Key_Return)                  # adds it; back in the (empty) search
    assert keys.focus is page.panel.picker.search
    keys.press(Qt.Key.Key_Tab, SHIFT, times=2)     # search ← ✕ ← intensity of the new word
    assert keys.focus is page.panel.picker._rows["grateful"].intensity
    keys.press(Qt.Key.Key_4)
    keys.press(Qt.Key.Key_N, CTRL)                 # a second entry, cursor in its text
    assert keys.focus is page.editor.body_edit
    keys.type("Second thought.")
    keys.press(Qt.Key.Key_Left, ALT)
    keys.press(Qt.Key.Key_Left, ALT)               # Tuesday 24th, empty: write there
    assert window.current_day == date(2026, 11, 24)
    keys.type("Catching up.")
    keys.press(Qt.Key.Key_Right, ALT)              # the 25th, only looked at
    assert window.current_day == date(2026, 11, 25)
    keys.press(Qt.Key.Key_T, CTRL)
    assert window.current_day == TODAY
    assert page.editor.body() == "Second thought."  # today opens on its latest entry
    keys.press(Qt.Key.Key_N, CTRL | SHIFT)          # a debrief, cursor in "Who"
    assert keys.focus is window.conversations.form.person
    keys.type("Sam")
    keys.tab()
    keys.type("Team meeting")
    keys.tab()
    keys.type("Sam said the plan was late.")
    keys.tab(3)                                    # past what I felt and what they felt
    keys.type("Time")
    keys.press(Qt.Key.Key_T, CTRL)                 # leaving saves the debrief
    qtbot.waitUntil(lambda: not window.autosave.dirty)

    first, second, debrief = entries_on(memory_journal, TODAY)
    assert (first.title, first.body, first.tags) == ("Quiet evening",
                                                    "Walked home with Noor. #walk", ["walk"])
    assert (first.mood, first.energy, first.stress) == (7, 4, 2)
    assert first.emotions == [EmotionTag("grateful", 4)]
    assert (second.title, second.body, second.mood, second.emotions) == (
        "", "Second thought.", None, [])
    [catching_up] = entries_on(memory_journal, date(2026, 11, 24))
    assert (catching_up.body, catching_up.kind) == ("Catching up.", EntryKind.REFLECTION)
    assert entries_on(memory_journal, date(2026, 11, 25)) == []
    assert debrief.kind == EntryKind.CONVERSATION and debrief.body == ""
    stores = window.session
    sam = stores.people.get(stores.debriefs.load(debrief.id).person_id)
    assert sam is not None and sam.name == "Sam"
    assert stores.debriefs.load(debrief.id) == Debrief(
        person_id=sam.id, context="Team meeting", observed="Sam said the plan was late.",
        their_needs="Time")
    assert memory_journal.repository.entry_count() == 4
    window.close()


def test_tab_goes_round_the_whole_journal_page_and_back(qtbot, memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal, today=TODAY, zone_name="Europe/Berlin", show=False)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    title = window.page.editor.title_edit
    title.setFocus()
    keys = Keyboard(qtbot)
    names = []
    for _ in range(60):
        keys.tab()
        if keys.focus is title:
            break
        names.append(spoken_name(keys.focus))
    assert keys.focus is title, "Tab never came back to the title: a tab trap"
    assert names[:7] == ["Entry text", "Attach photos or files", "Mood, 1 to 10",
                         "Energy, 1 to 10", "Stress, 0 to 10", "Search emotion words you feel",
                         "Mood meter: filter the words by energy and pleasantness"]
    assert "Listened without interrupting" in names  # the practices, after the emotions
    assert names[-3:] == ["Calendar: days coloured by mood", "Entries of the month",
                          "Show another writing prompt"]
    assert len(names) == len(set(names))  # no stop twice in one round
    window.close()


def test_day_shortcuts_work_from_every_stop_of_the_journal_page(qtbot,
                                                               memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal, today=TODAY, zone_name="Europe/Berlin", show=False)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keys = Keyboard(qtbot)
    visited = []
    for _ in range(40):
        focus = keys.focus
        keys.press(Qt.Key.Key_Left, ALT)
        keys.press(Qt.Key.Key_Left, ALT)
        moved_back = window.current_day
        keys.press(Qt.Key.Key_Right, ALT)
        moved_on = window.current_day
        keys.press(Qt.Key.Key_T, CTRL)
        visited.append((spoken_name(focus), moved_back, moved_on, window.current_day))
        assert keys.focus is focus  # the keys move the day, not the focus
        keys.tab()
        if keys.focus is window.page.editor.body_edit:
            break
    expected = (date(2026, 11, 24), date(2026, 11, 25), TODAY)
    assert [v for v in visited if v[1:] != expected] == []
    assert len(visited) > 20  # every stop of the page, from the text round to the text
    window.close()
