"""Parts of the window the first paint does not show are made when first needed, and then
behave as if they had always been there."""

from __future__ import annotations

from dataclasses import replace

from journal_window import TODAY, open_window
from PySide6.QtCore import Qt

from empathy_journal.domain.entry import EmotionTag, Subject, new_entry


def test_a_plain_day_paints_without_the_calm_view_the_debrief_form_or_their_words(
        qtbot, memory_journal) -> None:
    window = open_window(qtbot, memory_journal)
    assert window.stress._view is None
    assert window.conversations._form is None
    assert window.page.panel._their is None
    views = window.views.count()  # the journal page and the lock screen
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.views.currentWidget() is window.stress.view
    assert window.views.count() == views + 1
    assert window.stress.stressed.isChecked()
    window.show_journal()
    assert window.views.currentWidget() is window.page


def test_their_words_on_a_reflection_are_shown_and_kept_when_it_is_saved_again(
        qtbot, memory_journal) -> None:
    entry = replace(new_entry(TODAY), body="Thinking about Ana.",
                    emotions=[EmotionTag("anxious", 2, Subject.SELF),
                              EmotionTag("frustrated", 3, Subject.OTHER)])
    memory_journal.repository.save_entry(entry)
    window = open_window(qtbot, memory_journal)
    panel = window.page.panel
    assert panel._their is not None  # made to hold the stored words, hidden on a reflection
    assert not panel.their_box.isVisible()
    assert [t.emotion_id for t in panel.their_picker.tags()] == ["frustrated"]
    qtbot.keyClicks(window.page.editor.body_edit, " Still.")
    assert window.autosave.flush()
    saved = memory_journal.repository.get_entry(entry.uuid)
    assert saved is not None and saved.body.endswith("Still.")
    assert set(saved.emotions) == {EmotionTag("anxious", 2, Subject.SELF),
                                   EmotionTag("frustrated", 3, Subject.OTHER)}
