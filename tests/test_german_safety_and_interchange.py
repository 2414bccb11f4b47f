"""The safety, import/export and attachments windows in German: no English left, exact words."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from german_window import english_left
from journal_window import TODAY, open_window
from test_attachments import png
from test_attachments_in_window import _drop, _files_mime

from empathy_journal.domain.entry import new_entry
from empathy_journal.interchange.exporter import EXPORT_LABELS
from empathy_journal.interchange.importer import FORMAT_LABELS
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.interchange.export_dialog import ExportDialog
from empathy_journal.ui.interchange.import_dialog import ImportDialog
from empathy_journal.ui.safety.backup_dialog import BackupDialog
from empathy_journal.ui.safety.migration_progress import MigrationProgress
from empathy_journal.ui.safety.passphrase_dialog import PassphraseDialog
from empathy_journal.ui.safety.unlock_dialog import UnlockDialog

FIXTURES = Path(__file__).parent / "fixtures" / "interchange"
# The formats' names come translated from interchange/ (gettext), not from these windows.
FORMAT_NAMES = (*EXPORT_LABELS.values(), *FORMAT_LABELS.values())


def _ours(left: list[str]) -> list[str]:
    return [text for text in left if not any(name in text for name in FORMAT_NAMES)]


def _save_days(journal: Journal, *days: int) -> None:
    for day in days:
        journal.repository.save_entry(replace(new_entry(date(2026, 11, day)),
                                              body=f"Tag {day}"))


def test_the_safety_dialogs_speak_german(window_in_german: None, qtbot,
                                         file_journal: Journal) -> None:
    window = open_window(qtbot, file_journal)
    safety = window.safety
    backups = BackupDialog(safety.safety.backups, safety.back_up_now, safety.restore, window,
                           keep_counts=(lambda: (7, 4), lambda daily, weekly: None))
    qtbot.addWidget(backups)
    backups.back_up_now()
    assert backups.status.text().startswith("0 Einträge gesichert nach ")
    backups.status.clear()  # the backup's path (a test folder's English name) is no word of ours
    assert backups.windowTitle() == "Sicherungen"
    assert backups.table.item(0, 1).text() == "Von dir angelegt"
    assert [backups.table.horizontalHeaderItem(c).text() for c in range(3)] == [
        "Angelegt", "Art", "Einträge"]
    assert english_left(backups) == []

    plain = PassphraseDialog(encrypted=False, run=lambda *_: None, auto_lock_minutes=0,
                             can_remember=True)
    encrypted = PassphraseDialog(encrypted=True, run=lambda *_: None, auto_lock_minutes=5,
                                 can_remember=True)
    unlock = UnlockDialog("journal.sqlite", lambda _typed: None, can_remember=True)
    for dialog in (plain, encrypted, unlock):
        qtbot.addWidget(dialog)
        assert english_left(dialog) == []
    assert plain.primary.text() == "Tagebuch verschlüsseln"
    assert encrypted.auto_lock.text() == "5 Min."
    unlock.try_unlock()
    assert unlock.error_label.text() == "Gib zuerst die Passphrase ein."

    safety.lock()
    assert safety.lock_screen.title.text() == "<h2>Dein Tagebuch ist gesperrt</h2>"
    assert english_left(safety.lock_screen) == []


def test_the_migration_progress_speaks_german(window_in_german: None, qtbot) -> None:
    progress = MigrationProgress()
    progress("Der Suchindex wird neu aufgebaut", 1, 4)
    try:
        assert progress.dialog.windowTitle() == "Das Tagebuch wird aktualisiert"
        assert progress.dialog.labelText().startswith(
            "Der Suchindex wird neu aufgebaut für diese Version von Empathy Journal…\n"
            "Deine Einträge sind sicher:")
        assert english_left(progress.dialog) == []
    finally:
        progress.close()


def test_export_counts_one_and_three_entries_in_german(window_in_german: None, qtbot,
                                                       memory_journal: Journal,
                                                       tmp_path: Path) -> None:
    _save_days(memory_journal, 2, 3, 4)
    dialog = ExportDialog(JournalSession(memory_journal), "Tag")
    qtbot.addWidget(dialog)
    assert _ours(english_left(dialog)) == []
    assert dialog.searched.text() == "Einträge, die zu „Tag“ passen"
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.dated.setChecked(True)
    dialog.first.setDate(date(2026, 11, 3))
    dialog.last.setDate(date(2026, 11, 3))
    one = tmp_path / "one.csv"
    assert dialog.export_to(one) == 1
    assert dialog.message.text() == f"1 Eintrag nach {one} exportiert."
    dialog.everything.setChecked(True)
    three = tmp_path / "three.csv"
    assert dialog.export_to(three) == 3
    assert dialog.message.text() == f"3 Einträge nach {three} exportiert."
    assert dialog.cancel_button.text() == "Schließen"


def test_the_import_dialog_speaks_german(window_in_german: None, qtbot,
                                         memory_journal: Journal) -> None:
    dialog = ImportDialog(JournalSession(memory_journal))
    qtbot.addWidget(dialog)
    assert dialog.format.itemText(0) == "Automatisch erkennen"
    assert _ours(english_left(dialog)) == []
    dialog.set_file(FIXTURES / "truncated.json")
    assert dialog.summary.text().startswith("<b>Diese Datei kann nicht importiert werden.</b>")
    dialog.set_file(FIXTURES / "jrnl.json")
    assert "Einträge</b>" in dialog.summary.text() and ", vom " in dialog.summary.text()
    assert [dialog.mapping.horizontalHeaderItem(c).text() for c in range(2)] == [
        "Aus der Datei", "Im Tagebuch"]


def test_the_attachments_speak_german(window_in_german: None, qtbot, file_journal: Journal,
                                      tmp_path: Path) -> None:
    window = open_window(qtbot, file_journal, today=TODAY)
    strip = window.attachments.strip
    assert english_left(strip) == []
    for name in ("one.png", "two.png"):
        (tmp_path / name).write_bytes(png(8, 6))
    assert _drop(strip, _files_mime(tmp_path / "one.png", tmp_path / "two.png"))
    assert strip.count_label.text() == "2 angehängt"
    assert english_left(strip) == []
    menu = strip.menu_for(strip.tiles[0].attachment)
    assert [a.text() for a in menu.actions()] == [
        "Öffnen", "Kopie speichern…", "Umbenennen…", "Entfernen…"]
    window.attachments.open(strip.tiles[0].attachment)
    viewer = window.attachments.viewer
    assert viewer.windowTitle() == "one.png — Foto"
    assert viewer.caption.text().endswith(" · 1 von 2")
    assert english_left(viewer) == []
    viewer.close()
