"""Search sidebar, import and export dialogs, and their wiring into the main window."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from journal_window import open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QSpinBox

from empathy_journal.domain.entry import Entry
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.dates import short_date
from empathy_journal.ui.interchange.export_dialog import ExportDialog
from empathy_journal.ui.interchange.import_dialog import ImportDialog
from empathy_journal.ui.search.search_highlight import highlight_terms, snippet_html
from empathy_journal.ui.search.search_panel import SearchPanel

FIXTURES = Path(__file__).parent / "fixtures" / "interchange"
NOW = datetime(2026, 1, 5, 20, tzinfo=UTC)


@pytest.fixture
def journal(memory_journal: Journal) -> Journal:
    for number, (title, body, starred) in enumerate([
            ("Listening", "I listened to Ana <b>properly</b> today.", False),
            ("Deadline", "The deadline moved; listening was hard.", True),
            ("Walk", "A long walk by the river.", False)], start=1):
        memory_journal.repository.save_entry(Entry(
            uuid=f"uuid-{number}", local_date=date(2026, 1, number), created_utc=NOW,
            tz="UTC", title=title, body=body, starred=starred), now=NOW)
    return memory_journal


def test_snippet_html_escapes_text_and_marks_hits() -> None:
    assert snippet_html("a <b> \ue000hit\ue001  end") == (
        "a &lt;b&gt; <b style='background:#fde68a;color:#1f2937'>hit</b> end")


def test_typing_searches_after_a_pause(qtbot, journal: Journal) -> None:
    panel = SearchPanel(JournalSession(journal))
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.query, "lis")  # a word still being typed matches as a prefix
    qtbot.waitUntil(lambda: panel.results.count() == 2, timeout=2000)
    qtbot.keyClicks(panel.query, "ten")
    assert panel.status.text() == "2 entries"
    uuids = {panel.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(2)}
    assert uuids == {"uuid-1", "uuid-2"}
    with qtbot.waitSignal(panel.entry_activated) as signal:
        panel.results.itemActivated.emit(panel.results.item(0))
    assert signal.args[0] in uuids
    assert panel.terms() == ["listen"]
    panel.query.setText("listening walks")
    assert panel.terms() == ["listen", "walk"]  # roots, so "listened" is marked too


def test_filters_narrow_results(qtbot, journal: Journal) -> None:
    panel = SearchPanel(JournalSession(journal))
    qtbot.addWidget(panel)
    panel.query.setText("listen")
    panel.filters_button.setChecked(True)
    panel.filters_box.starred.setChecked(True)
    assert [h.uuid for h in panel.run_search()] == ["uuid-2"]
    panel.query.setText("")
    assert [h.uuid for h in panel.run_search()] == ["uuid-2"]  # filters alone


def test_punctuation_only_query_shows_nothing(qtbot, journal: Journal) -> None:
    panel = SearchPanel(JournalSession(journal))
    qtbot.addWidget(panel)
    panel.query.setText('"(*')
    assert panel.run_search() == []
    assert panel.results.count() == 0


def test_highlight_terms_marks_word_starts(qtbot) -> None:
    editor = QPlainTextEdit("Listening, listened; enlisted. LISTEN")
    qtbot.addWidget(editor)
    assert highlight_terms(editor, ["listen"]) == 3


def test_ctrl_f_opens_search_and_result_opens_entry(qtbot, journal: Journal) -> None:
    window = open_window(qtbot, journal, today=date(2026, 1, 3), zone_name="UTC", show=False)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    wiring = window.search
    assert wiring.dock.isVisible()
    qtbot.waitUntil(wiring.panel.query.hasFocus)
    qtbot.keyClicks(wiring.panel.query, "river")
    qtbot.waitUntil(lambda: wiring.panel.results.count() == 1, timeout=2000)
    wiring.panel.results.itemActivated.emit(wiring.panel.results.item(0))
    assert window.current_entry.uuid == "uuid-3"
    assert len(window.page.editor.body_edit.extraSelections()) == 1
    menu_texts = [a.text().replace("&", "") for a in window.actions_.file_menu.actions()]
    assert "Import…" in menu_texts and "Export…" in menu_texts
    view_texts = [a.text().replace("&", "") for a in window.actions_.view_menu.actions()]
    assert "Search sidebar" in view_texts


def test_import_dialog_previews_and_imports_with_edited_mapping(qtbot,
                                                                memory_journal: Journal) -> None:
    dialog = ImportDialog(JournalSession(memory_journal))
    qtbot.addWidget(dialog)
    dialog.zone.setText("UTC")
    dialog.set_file(FIXTURES / "daylio.csv")
    assert "4 entries" in dialog.summary.text()
    span = f"from {short_date(date(2020, 5, 29))} to {short_date(date(2020, 5, 31))}"
    assert span in dialog.summary.text()  # the locale's one short date format
    spins = {dialog.mapping.cellWidget(r, 1).property("label"): dialog.mapping.cellWidget(r, 1)
             for r in range(dialog.mapping.rowCount())
             if isinstance(dialog.mapping.cellWidget(r, 1), QSpinBox)}
    assert {k: s.value() for k, s in spins.items()} == {"super": 0, "rad": 10, "meh": 6,
                                                        "awful": 2}
    spins["super"].setValue(9)
    with qtbot.waitSignal(dialog.imported):
        result = dialog.run_import()
    assert result is not None and result.added == 4
    moods = [r[0] for r in memory_journal.db.execute(
        "SELECT mood FROM entries ORDER BY created_utc")]
    assert moods == [2, 6, 10, 9]


def test_import_dialog_cancel_rolls_back(qtbot, memory_journal: Journal) -> None:
    dialog = ImportDialog(JournalSession(memory_journal))
    qtbot.addWidget(dialog)
    dialog.set_file(FIXTURES / "jrnl.json")
    dialog._report = lambda done, total: dialog.cancel()  # press Cancel while it runs
    assert dialog.run_import() is None
    assert "cancelled" in dialog.summary.text()
    assert memory_journal.repository.entry_count() == 0


def test_import_dialog_names_a_broken_file(qtbot, memory_journal: Journal) -> None:
    dialog = ImportDialog(JournalSession(memory_journal))
    qtbot.addWidget(dialog)
    dialog.set_file(FIXTURES / "truncated.json")
    assert "Cannot import this file" in dialog.summary.text()
    assert ("truncated.json: the JSON is cut off or damaged (unterminated string starting at "
            "line 11, column 12)") in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_export_dialog_exports_the_current_search(qtbot, journal: Journal, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = ExportDialog(JournalSession(journal), "listen")
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    dialog.searched.setChecked(True)
    dest = tmp_path / "found.json"
    monkeypatch.setattr(ExportDialog, "ask_for_destination", classmethod(lambda c, p, f: dest))
    dialog.choose_and_export()
    document = json.loads(dest.read_text(encoding="utf-8"))
    assert [e["uuid"] for e in document["entries"]] == ["uuid-1", "uuid-2"]
    assert dialog.message.text() == f"Exported 2 entries to {dest}."


def test_export_dialog_hides_a_search_with_no_words(qtbot, journal: Journal) -> None:
    dialog = ExportDialog(JournalSession(journal), '"(*')
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.searched.isVisible()
    shown = ExportDialog(JournalSession(journal), "listen")
    qtbot.addWidget(shown)
    shown.show()
    assert shown.searched.isVisible()
    assert shown.searched.text() == "Entries matching “listen”"


def test_export_dialog_refuses_a_reversed_date_range(qtbot, journal: Journal, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = ExportDialog(JournalSession(journal))
    qtbot.addWidget(dialog)
    dialog.dated.setChecked(True)
    dialog.first.setDate(date(2026, 1, 3))
    dialog.last.setDate(date(2026, 1, 1))
    asked: list[str] = []
    monkeypatch.setattr(ExportDialog, "ask_for_destination",
                        classmethod(lambda c, p, f: asked.append(f) or tmp_path / "x.csv"))
    dialog.choose_and_export()
    assert asked == []
    assert dialog.message.text() == ("The first day is after the last day; choose dates in "
                                     "order. Nothing was written.")
    assert list(tmp_path.iterdir()) == []


def test_export_dialog_counts_one_entry_in_the_singular(qtbot, journal: Journal,
                                                        tmp_path: Path) -> None:
    dialog = ExportDialog(JournalSession(journal))
    qtbot.addWidget(dialog)
    dialog.dated.setChecked(True)
    dialog.first.setDate(date(2026, 1, 3))
    dialog.last.setDate(date(2026, 1, 3))
    dest = tmp_path / "one.csv"
    assert dialog.export_to(dest) == 1
    assert dialog.message.text() == f"Exported 1 entry to {dest}."


def test_import_dialog_explains_a_folder(qtbot, memory_journal: Journal, tmp_path: Path) -> None:
    dialog = ImportDialog(JournalSession(memory_journal))
    qtbot.addWidget(dialog)
    dialog.set_file(tmp_path)
    assert dialog.summary.text() == (
        f"<b>Cannot import this folder.</b><br>{tmp_path} is a folder with neither RedNotebook "
        "month files (named like 2024-05.txt) nor Markdown notes (.md) in it; choose a journal "
        "export or such a folder. Nothing was imported.")
    assert not dialog.import_button.isEnabled()


def test_export_dialog_cancel_leaves_no_file(qtbot, journal: Journal, tmp_path: Path) -> None:
    dialog = ExportDialog(JournalSession(journal))
    qtbot.addWidget(dialog)
    dialog._report = lambda done, total: dialog.cancel()
    assert dialog.export_to(tmp_path / "x.csv") is None
    assert list(tmp_path.iterdir()) == []
    assert dialog.message.text() == "The export was cancelled; no file was written."


def test_import_dialog_previews_and_imports_a_chosen_folder(
        qtbot, memory_journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = ImportDialog(JournalSession(memory_journal))
    qtbot.addWidget(dialog)
    dialog.zone.setText("Europe/Berlin")
    folder = FIXTURES / "markdown_notes"
    monkeypatch.setattr(ImportDialog, "ask_for_folder", classmethod(lambda c, p: folder))
    reads: list[Path] = []
    from empathy_journal.ui.interchange import import_dialog

    real = import_dialog.read_source
    monkeypatch.setattr(import_dialog, "read_source",
                        lambda path, fmt, **o: reads.append(path) or real(path, fmt, **o))
    dialog.choose_folder_button.click()
    assert dialog.file_label.text() == str(folder)
    span = f"from {short_date(date(2024, 1, 5))} to {short_date(date(2026, 11, 26))}"
    assert dialog.summary.text().startswith(f"<b>4 entries</b> (folder of Markdown notes), "
                                            f"{span}.<br>6 Markdown notes found.")
    assert "ignored: aliases (1×), attendees (1×), cssclass (1×)." in dialog.summary.text()
    with qtbot.waitSignal(dialog.imported):
        result = dialog.run_import()
    assert result is not None and (result.added, result.unchanged) == (4, 0)
    assert reads == [folder]  # the preview's reading is the one imported
    assert memory_journal.db.execute(
        "SELECT tz, count(*) FROM entries GROUP BY tz").fetchall() == [("Europe/Berlin", 4)]


def test_import_dialog_imports_rednotebook_and_cancel_keeps_the_journal(
        qtbot, memory_journal: Journal) -> None:
    dialog = ImportDialog(JournalSession(memory_journal))
    qtbot.addWidget(dialog)
    dialog.set_file(FIXTURES / "rednotebook")
    assert dialog.summary.text().startswith("<b>6 entries</b> (RedNotebook data folder)")
    assert dialog.import_button.isEnabled()
    dialog._report = lambda done, total: dialog.cancel()
    assert dialog.run_import() is None
    assert "cancelled" in dialog.summary.text()
    assert memory_journal.repository.entry_count(include_trashed=True) == 0
    dialog._report = lambda done, total: None
    result = dialog.run_import()
    assert result is not None and result.added == 6
    dialog.set_file(FIXTURES / "rednotebook")
    again = dialog.run_import()
    assert again is not None and (again.added, again.unchanged) == (0, 6)


def test_import_dialog_names_a_bad_note(qtbot, memory_journal: Journal, tmp_path: Path) -> None:
    (tmp_path / "2024-01-05.md").write_text("---\nmood: 12\n---\nx", encoding="utf-8")
    dialog = ImportDialog(JournalSession(memory_journal))
    qtbot.addWidget(dialog)
    dialog.set_file(tmp_path)
    assert dialog.summary.text() == (
        f"<b>Cannot import this folder.</b><br>{tmp_path.name}, 2024-01-05.md, mood: 12 is "
        "outside 1–10 (change it in the note, or remove it, and import again). Nothing was "
        "imported; your journal is unchanged.")
    assert not dialog.import_button.isEnabled()
