"""The window never drops typing: refused saves, our own bugs, read-only files, quitting."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from journal_window import TODAY, open_window
from PySide6.QtCore import Qt
from refused_saves import TOO_BIG_FOR_A_FULL_DISK, fill_disk, free_disk, retry_soon

from empathy_journal.storage.journal import Journal
from empathy_journal.ui.main_window import PROMPT_STATE_KEY


def test_navigation_after_a_refused_save_stays_on_the_unsaved_entry(qtbot,
                                                                     journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    window = open_window(qtbot, journal)
    qtbot.keyClicks(window.page.editor.body_edit, "saved part")
    window.autosave.flush()
    fill_disk(journal)
    window.page.editor.body_edit.setPlainText(TOO_BIG_FOR_A_FULL_DISK)
    window.go_relative(-1)
    assert window.current_day == TODAY
    assert window.page.editor.body() == TOO_BIG_FOR_A_FULL_DISK
    assert window.autosave.dirty
    assert "stays open until it is saved" in window.save_state.text()
    assert window.page.calendar.selectedDate().day() == TODAY.day
    free_disk(journal)
    window.go_relative(-1)
    assert window.current_day == TODAY - timedelta(days=1)
    [summary] = journal.repository.entries_between(TODAY, TODAY)
    assert journal.repository.get_entry(summary.uuid).body == TOO_BIG_FOR_A_FULL_DISK
    window.close()
    journal.close()


def test_an_unexpected_error_while_saving_keeps_the_text_and_retries(qtbot, memory_journal,
                                                                      monkeypatch) -> None:
    window = open_window(qtbot, memory_journal)
    real_save = window.session.save
    calls = {"n": 0}

    def flaky_save(draft, now):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("a bug of ours")
        return real_save(draft, now=now)

    monkeypatch.setattr(window.session, "save", flaky_save)
    qtbot.keyClicks(window.page.editor.body_edit, "precious")
    assert window.autosave.flush() is False
    assert window.save_state.text().startswith("Not saved: Something unexpected went wrong")
    assert window.page.editor.body() == "precious"
    retry_soon(window)
    qtbot.waitUntil(lambda: window.save_state.text().startswith("Saved"), timeout=5000)
    assert [s.preview for s in memory_journal.repository.entries_between(TODAY, TODAY)] == [
        "precious"]


def test_a_read_only_journal_locks_ratings_and_words_too(qtbot, journal_path: Path) -> None:
    Journal.open(journal_path).close()
    journal = Journal.open(journal_path, read_only=True)
    window = open_window(qtbot, journal)
    assert not window.page.panel.isEnabled()
    assert window.page.editor.body_edit.isReadOnly()
    assert not window.actions_.delete.isEnabled()
    window.close()
    journal.close()


def test_looking_through_empty_days_uses_up_no_prompts_and_writes_nothing(qtbot,
                                                                         memory_journal) -> None:
    window = open_window(qtbot, memory_journal)
    first_prompt = window.current_entry.prompt
    for _ in range(5):
        window.go_relative(-1)
    assert window.current_entry.prompt == first_prompt
    assert memory_journal.repository.get_setting(PROMPT_STATE_KEY) is None
    qtbot.keyClicks(window.page.editor.body_edit, "now I write")
    window.autosave.flush()
    assert first_prompt in [p.text for p in window.prompts._prompts.values()]
    shown = memory_journal.repository.get_setting(PROMPT_STATE_KEY)
    assert shown is not None and len(__import__("json").loads(shown)) == 1
    window.go_relative(-1)
    assert window.current_entry.prompt != first_prompt


def test_star_and_delete_only_act_while_the_entry_is_shown(qtbot, memory_journal) -> None:
    window = open_window(qtbot, memory_journal)
    qtbot.keyClicks(window.page.editor.body_edit, "keep me")
    window.autosave.flush()
    window.conversations.show_people()
    assert not window.actions_.delete.isEnabled()
    window.actions_.delete.trigger()
    assert memory_journal.repository.entry_count() == 1
    window.show_journal()
    assert window.actions_.delete.isEnabled()


def test_undo_after_the_trash_was_emptied_says_the_entry_is_gone(qtbot, memory_journal) -> None:
    window = open_window(qtbot, memory_journal)
    qtbot.keyClicks(window.page.editor.body_edit, "short-lived")
    window.autosave.flush()
    window.actions_.delete.trigger()
    memory_journal.repository.empty_trash()
    window.actions_.undo_delete.trigger()
    assert window.save_state.text() == "That entry is gone: the trash was emptied since."


def test_quitting_while_the_disk_is_full_keeps_a_rescue_copy(qtbot, journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    window = open_window(qtbot, journal)
    qtbot.keyClicks(window.page.editor.title_edit, "Late thought")
    qtbot.keyClicks(window.page.editor.body_edit, "first")
    window.autosave.flush()
    fill_disk(journal)
    window.page.editor.body_edit.setPlainText(TOO_BIG_FOR_A_FULL_DISK)
    window.quitting_without_questions = True
    window.close()
    [rescued] = (journal_path.parent / "unsaved").iterdir()
    text = rescued.read_text(encoding="utf-8")
    assert "# Late thought" in text and TOO_BIG_FOR_A_FULL_DISK in text
    assert rescued.stat().st_mode & 0o777 == 0o600
    journal.close()


def test_arrow_keys_in_the_calendar_open_the_day(qtbot, memory_journal) -> None:
    window = open_window(qtbot, memory_journal)
    window.page.calendar.setFocus()
    qtbot.keyClick(window.page.calendar.findChild(__import__(
        "PySide6.QtWidgets", fromlist=["QTableView"]).QTableView), Qt.Key.Key_Left)
    assert window.current_day == TODAY - timedelta(days=1)


def test_editing_a_debrief_after_its_person_was_merged_away_still_saves(qtbot,
                                                                         memory_journal) -> None:
    window = open_window(qtbot, memory_journal)
    people = window.session.people
    keep, absorb = people.repository.create("Jonas"), people.repository.create("Jo")
    window.conversations.start_debrief(absorb.id)
    qtbot.keyClicks(window.page.editor.body_edit, "we talked")
    window.autosave.flush()
    window.conversations.show_people()
    people.merge(keep.id, absorb.id)
    window.actions_.journal_view.trigger()
    qtbot.keyClicks(window.page.editor.body_edit, " and agreed")
    assert window.autosave.flush() is True
    debrief = window.session.debriefs.load(window.current_entry.id)
    assert debrief is not None and debrief.person_id == keep.id


def test_restoring_from_the_trash_dialog_leaves_nothing_to_undo(qtbot, memory_journal) -> None:
    window = open_window(qtbot, memory_journal)
    qtbot.keyClicks(window.page.editor.body_edit, "back again")
    window.autosave.flush()
    uuid = window.current_entry.uuid
    window.actions_.delete.trigger()
    assert window.actions_.undo_delete.isEnabled()
    memory_journal.repository.restore_entry(uuid)  # what the Trash dialog does first
    window.restore_from_trash(uuid)
    assert not window.actions_.undo_delete.isEnabled()
    assert window.current_entry.uuid == uuid


def test_deleting_an_unsaved_draft_says_so(qtbot, memory_journal) -> None:
    window = open_window(qtbot, memory_journal)
    qtbot.keyClicks(window.page.editor.body_edit, "never mind")
    window.actions_.delete.trigger()
    assert window.save_state.text() == "Draft discarded (it had not been saved)."
    assert window.page.editor.body() == ""
    assert memory_journal.repository.entry_count() == 0
