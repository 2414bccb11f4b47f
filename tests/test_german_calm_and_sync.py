"""The Calm view, the mood check-in and sync in German: no English left on them, and a few
exact sentences (one plural with 1 and with 3)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from german_window import english_left
from journal_window import TODAY, open_window
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from empathy_journal.domain.entry import new_entry
from empathy_journal.domain.vocabulary import builtin_families
from empathy_journal.storage.journal import Journal
from empathy_journal.sync import SyncOutcome, SyncReport
from empathy_journal.ui.stress.mood_check_in import MoodCheckIn
from empathy_journal.ui.sync.conflict_compare import ConflictCompareDialog
from empathy_journal.ui.sync.sync_status import synced_text
from empathy_journal.ui.widgets.emotion_picker import EmotionPicker
from empathy_journal.ui.widgets.rating_control import RatingControl

AT = datetime(2026, 11, 26, 21, 4)
# Widgets of another share (ui/widgets/): their own words are translated there, not here.
SHARED_WIDGETS = (RatingControl, EmotionPicker)


class Clock:
    """A monotonic clock moved by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def english_of_ours(widget: QWidget) -> list[str]:
    """The English left on widget, apart from what the shared widgets inside it say."""
    left = set(english_left(widget))
    for kind in SHARED_WIDGETS:
        for shared in widget.findChildren(kind):
            left -= set(english_left(shared))
    return sorted(left)


@pytest.fixture
def window(window_in_german: None, qtbot, memory_journal: Journal):
    return open_window(qtbot, memory_journal, monotonic=Clock())


def test_the_calm_view_speaks_german_on_every_page(window) -> None:
    window.stress.show()
    view = window.stress.view
    assert english_of_ours(view.before) == []
    assert view.before.heading.text() == "Lass uns einen Moment innehalten"
    assert view.before.stress.name_label.text() == "<b>Stress im Moment</b>"
    assert view.before.technique().label == "Box-Atmung"
    view.before.start_button.click()
    assert view.pages.currentWidget() is view.guide
    assert english_of_ours(view.guide) == []
    view.guide.toggle_pause()
    assert view.guide.pause_button.text() == "Weiter"
    assert view.guide.time_left.text() == "Pausiert · noch 2:08"
    view.guide.stop()
    assert view.pages.currentWidget() is view.after
    assert view.after.summary.text() == "Du hast Box-Atmung nach 0:00 beendet. Das zählt auch."
    assert english_of_ours(view.after) == []
    view.after.discard_button.click()
    assert view.before.saved_line.text() == "Nicht gespeichert. Auch das ist okay."
    view.before.choose("name_it")
    view.before.start_button.click()
    assert view.pages.currentWidget() is view.naming
    assert english_of_ours(view.naming) == []
    assert view.naming.need_label.text() == "Welches &Bedürfnis hast du gerade?"


def test_the_check_in_and_the_stress_actions_speak_german(window) -> None:
    dialog = MoodCheckIn(window.session.emotions(), builtin_families(), window)
    assert english_of_ours(dialog) == []
    assert dialog.windowTitle() == "Stimmungscheck"
    assert dialog.words_label.text() == "Bis zu 3 Wörter für dein Gefühl"
    assert [action.text().replace("&", "") for action in window.stress.actions() if action] == [
        "Ich bin gestresst", "Stimmungscheck…", "Eigene Technik hinzufügen…"]


def test_the_sync_folder_dialog_and_the_status_speak_german(window) -> None:
    dialog = window.sync.open_folder_dialog()
    assert english_of_ours(dialog) == []
    assert dialog.page.folder_label.text() == "Dieses Tagebuch wird noch nicht abgeglichen."
    assert window.sync.status_label.text() == "Kein Abgleich"
    assert [action.text().replace("&", "") for action in window.sync.file_actions()] == [
        "Jetzt abgleichen", "Sync-Ordner…"]


def test_the_status_line_counts_in_german(window) -> None:
    def synced(**report: int) -> str:
        return synced_text(SyncOutcome(Path("x"), "j", "d", SyncReport(**report)), AT)

    assert synced(devices=1) == "Abgeglichen 21:04 · 1 Computer"
    assert synced(devices=3, waiting=1) == (
        "Abgeglichen 21:04 · 3 Computer · 1 Datei ist noch unterwegs")
    assert synced(devices=2, waiting=3) == (
        "Abgeglichen 21:04 · 2 Computer · 3 Dateien sind noch unterwegs")
    # The plural message's own singular form, as a language with no separate one would use it.
    assert QCoreApplication.translate("SyncStatus", " · %n files still arriving", None, 1) == (
        " · 1 Datei ist noch unterwegs")


def test_the_conflict_banner_and_compare_speak_german(window) -> None:
    original = replace(new_entry(TODAY), title="Sams Gespräch", body="Wir haben geredet.",
                       mood=6)
    copy = replace(original, body="Wir haben geredet. Ich habe zugehört.")
    window.sync.banner.show_names(["Sams Gespräch"])
    assert window.sync.banner.text.text() == (
        "Sams Gespräch wurde auf zwei Computern bearbeitet – beide Fassungen bleiben erhalten. "
        "Vergleiche sie und wähle, wann du magst.")
    assert english_of_ours(window.sync.banner) == []
    window.sync.banner.show_names(["Sams Gespräch", "Montag"])
    assert window.sync.banner.text.text().startswith(
        "2 Einträge wurden auf zwei Computern bearbeitet")
    dialog = ConflictCompareDialog(original, copy, lambda _choice: None, "#ffe", {}, window)
    assert english_of_ours(dialog) == []
    assert dialog.windowTitle() == "Die beiden Fassungen vergleichen"
    assert "Stimmung 6 · Gefühle: keine" in dialog.original_view.toPlainText()
