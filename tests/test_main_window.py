"""The evening reflection in the real window: type, rate, tag, autosave, reopen, navigate, trash."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest
from journal_window import TODAY, open_window
from PySide6.QtCore import Qt
from refused_saves import TOO_BIG_FOR_A_FULL_DISK, fill_disk, free_disk, retry_soon

from empathy_journal.domain.entry import EmotionTag
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.main_window import MainWindow


def wait_saved(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.save_state.text().startswith("Saved"), timeout=4000)


def test_typed_reflection_with_ratings_and_emotions_survives_a_restart(qtbot,
                                                                       journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    window = open_window(qtbot, journal)
    page = window.page
    qtbot.keyClicks(page.editor.title_edit, "A long Thursday")
    qtbot.keyClicks(page.editor.body_edit, "Listened to Sam without interrupting. #work")
    page.panel.mood.slider.setFocus()
    qtbot.keyClick(page.panel.mood.slider, Qt.Key.Key_End)        # mood 10
    qtbot.keyClick(page.panel.mood.slider, Qt.Key.Key_Left)       # mood 9
    qtbot.keyClick(page.panel.stress.slider, Qt.Key.Key_Home)     # stress 0
    qtbot.keyClicks(page.panel.picker.search, "grateful")
    qtbot.keyClick(page.panel.picker.search, Qt.Key.Key_Return)
    [row] = page.panel.picker._rows.values()
    row.intensity.setValue(4)
    wait_saved(qtbot, window)
    window.close()
    journal.close()

    reopened = Journal.open(journal_path)
    again = open_window(qtbot, reopened)
    assert again.page.editor.title() == "A long Thursday"
    assert again.page.editor.body() == "Listened to Sam without interrupting. #work"
    assert again.page.panel.ratings() == (9, None, 0)
    assert again.page.panel.emotion_tags() == [EmotionTag("grateful", 4)]
    stored = reopened.repository.get_entry(again.current_entry.uuid)
    assert stored is not None and stored.tags == ["work"]
    assert stored.prompt  # the prompt shown is kept with the entry
    again.close()
    reopened.close()


def test_nothing_is_stored_for_a_day_that_was_only_looked_at(qtbot, memory_journal) -> None:
    window = open_window(qtbot, memory_journal)
    window.go_relative(-1)
    window.go_relative(-1)
    window.close()
    assert memory_journal.repository.entry_count() == 0


def test_switching_entries_saves_at_once(qtbot, memory_journal) -> None:
    window = open_window(qtbot, memory_journal)
    qtbot.keyClicks(window.page.editor.body_edit, "unsaved words")
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_day == TODAY - timedelta(days=1)
    [summary] = memory_journal.repository.entries_between(TODAY, TODAY)
    assert summary.preview == "unsaved words"


def test_continuous_typing_is_saved_within_about_two_seconds(qtbot, memory_journal) -> None:
    window = open_window(qtbot, memory_journal)
    body = window.page.editor.body_edit
    saved: list[str] = []
    window.entry_saved.connect(lambda entry: saved.append(entry.body))
    for _ in range(14):  # ~2.8 s of typing with no pause longer than 0.2 s
        qtbot.keyClicks(body, "ab")
        qtbot.wait(200)
        if saved:
            break
    assert saved, "no save happened during continuous typing"
    assert body.toPlainText().startswith(saved[0])


def test_new_entry_makes_a_second_entry_on_the_same_day(qtbot, memory_journal) -> None:
    window = open_window(qtbot, memory_journal)
    qtbot.keyClicks(window.page.editor.body_edit, "morning")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.page.editor.body_edit, "evening")
    window.autosave.flush()
    previews = [s.preview for s in memory_journal.repository.entries_between(TODAY, TODAY)]
    assert previews == ["morning", "evening"]
    assert window.page.entry_model.rowCount() == 2


def test_delete_moves_to_trash_and_undo_brings_it_back(qtbot, memory_journal) -> None:
    window = open_window(qtbot, memory_journal)
    qtbot.keyClicks(window.page.editor.body_edit, "regret this")
    window.autosave.flush()
    uuid = window.current_entry.uuid
    window.actions_.delete.trigger()
    assert memory_journal.repository.entry_count() == 0
    assert window.page.entry_model.rowCount() == 0
    assert window.current_entry.uuid != uuid
    window.actions_.undo_delete.trigger()
    assert memory_journal.repository.entry_count() == 1
    assert window.current_entry.uuid == uuid
    assert window.page.editor.body() == "regret this"


def test_calendar_tints_a_saved_day_and_the_list_shows_it(qtbot, memory_journal) -> None:
    window = open_window(qtbot, memory_journal)
    qtbot.keyClicks(window.page.editor.body_edit, "rated")
    window.page.panel.mood.set_value(None)
    window.page.panel.mood.slider.setValue(3)
    window.autosave.flush()
    assert window.page.calendar._days[TODAY].mood == 3.0
    assert window.page.entry_model.index(0).data() == "rated"


def test_a_refused_save_keeps_the_text_says_so_and_resumes(qtbot, journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    window = open_window(qtbot, journal)
    qtbot.keyClicks(window.page.editor.body_edit, "first")
    window.autosave.flush()
    fill_disk(journal)
    window.page.editor.body_edit.setPlainText(TOO_BIG_FOR_A_FULL_DISK)
    assert window.autosave.flush() is False
    assert window.save_state.text().startswith("Not saved: The disk is full")
    assert window.page.editor.body() == TOO_BIG_FOR_A_FULL_DISK
    assert journal.repository.get_entry(window.current_entry.uuid).body == "first"
    free_disk(journal)
    retry_soon(window)
    qtbot.waitUntil(lambda: window.save_state.text().startswith("Saved"), timeout=5000)
    assert journal.repository.get_entry(window.current_entry.uuid).body == TOO_BIG_FOR_A_FULL_DISK
    window.close()
    journal.close()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_window_renders_in_both_themes(qtbot, memory_journal, theme, tmp_path) -> None:
    from PySide6.QtWidgets import QApplication

    from empathy_journal.ui.theme import DARK, LIGHT, apply_theme

    apply_theme(QApplication.instance(), DARK if theme == "dark" else LIGHT)
    window = open_window(qtbot, memory_journal)
    shot = tmp_path / "shot.png"
    assert window.grab().save(str(shot))
    assert shot.stat().st_size > 10_000


def test_showing_the_window_imports_no_matplotlib(tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtWidgets import QApplication
        from empathy_journal.session.journal_session import JournalSession
        from empathy_journal.storage.journal import Journal
        from empathy_journal.ui.window_composition import build_window
        app = QApplication([])
        journal = Journal.open(__import__('pathlib').Path({str(tmp_path / 'j.sqlite')!r}))
        window = build_window(JournalSession(journal))
        window.show()
        app.processEvents()
        print("matplotlib" in sys.modules)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
