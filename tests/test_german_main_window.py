"""The window's frame in German: menus, toolbar, actions, status line, banner, trash, help."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from german_window import ENGLISH, KEPT, english_left
from journal_window import open_window
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton

from empathy_journal.domain.entry import EntryKind, new_entry
from empathy_journal.session.journal_session import EntryDraft
from empathy_journal.storage.journal import Journal
from empathy_journal.ui import theme as window_theme
from empathy_journal.ui.dialogs.trash_dialog import TrashDialog
from empathy_journal.ui.models.entry_list_model import display_title
from empathy_journal.ui.report_written import tell_written
from empathy_journal.ui.window_composition import ComposedWindow


def english_in(texts: list[str]) -> list[str]:
    """The texts that still read as English (german_window's rule, for texts not on a widget)."""
    return [t for t in texts if ENGLISH.search(KEPT.sub("", t).replace("&", ""))]


def trash_some(window: ComposedWindow, count: int) -> None:
    for number in range(count):
        entry = new_entry(window.current_day, tz=window.zone_name)
        entry.body = f"Eintrag {number}"
        saved = window.session.save(EntryDraft(entry), now=datetime.now(UTC))
        window.session.trash(saved.entry.uuid)


def test_menus_toolbar_and_actions_speak_german(window_in_german: None, qtbot,
                                                memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Datei", "&Bearbeiten", "&Ansicht", "&Ruhe", "&Gehe zu", "Check-&ins",
                      "&Hilfe"]
    actions = window.actions_
    own = [actions.new_entry, actions.previous_day, actions.today, actions.next_day,
           actions.star, actions.delete, actions.undo_delete, actions.trash, actions.quit,
           actions.journal_view, actions.insights_view, actions.help, actions.about]
    assert english_in([t for a in own for t in (a.text(), a.toolTip(), a.iconText())]) == []
    assert actions.today.toolTip() == "Zum heutigen Eintrag (Strg+T)"
    assert [actions.previous_day.iconText(), actions.next_day.iconText(),
            actions.delete.iconText()] == ["◀ Tag", "Tag ▶", "Löschen"]
    assert actions.toolbar.windowTitle() == "Hauptleiste"


@pytest.fixture
def screenshot_look(qapp: QApplication) -> Iterator[None]:
    """The light theme and the screenshots' font (DejaVu Sans 10), put back after the test."""
    font, sheet, palette = QApplication.font(), qapp.styleSheet(), qapp.palette()
    QApplication.setFont(QFont("DejaVu Sans", 10))
    window_theme.apply_theme(qapp, window_theme.LIGHT)
    yield
    QApplication.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def test_every_german_toolbar_button_shows_at_1024_px(window_in_german: None, screenshot_look: None,
                                                      qtbot, memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    window.resize(1024, 700)
    QApplication.processEvents()
    toolbar = window.actions_.toolbar
    hidden = [a.iconText() for a in toolbar.actions() if not a.isSeparator() and a.text()
              and not (toolbar.widgetForAction(a).isVisible()
                       and toolbar.rect().contains(toolbar.widgetForAction(a).geometry()))]
    assert hidden == []
    extension = [b for b in toolbar.findChildren(QToolButton)
                 if b.objectName() == "qt_toolbarext_button"]
    assert all(not b.isVisible() for b in extension)
    assert toolbar.widgetForAction(window.actions_.new_entry).text() == "Neu"
    assert toolbar.widgetForAction(window.conversations.new_debrief).text() == "Gespräch"
    window.close()


def test_the_journal_page_and_status_line_speak_german(window_in_german: None, qtbot,
                                                       tmp_path: Path) -> None:
    window = open_window(qtbot, Journal.open(tmp_path / "tagebuch.sqlite"))
    page = window.page
    assert page.month_label.text() == "EINTRÄGE IM NOVEMBER 2026"
    assert page.empty_month.text() == "Diesen Monat noch keine Einträge."
    assert page.entry_list.accessibleName() == "Einträge des Monats"
    assert window.save_state.text() == "Bereit"
    assert english_left(page.banner) == []
    assert page.editor.time_label.text() == "Noch nicht gespeichert"
    qtbot.keyClicks(page.editor.body_edit, "Ein ruhiger Abend.")
    qtbot.waitUntil(lambda: window.save_state.text().startswith("Gespeichert um "), timeout=4000)
    assert page.editor.time_label.text().startswith("Gespeichert um ")
    window.delete_current()
    assert window.save_state.text() == ("Eintrag liegt jetzt im Papierkorb. Rückgängig mit "
                                        "Strg+Alt+Z oder Bearbeiten ▸ Löschen rückgängig.")
    window.undo_delete()
    assert window.save_state.text() == "Eintrag wiederhergestellt."
    assert english_in([window.save_state.text(), window.save_state.accessibleName()]) == []


def test_the_banner_button_speaks_german(window_in_german: None, qtbot,
                                            memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal, show=False)
    window.page.banner.show_message("<b>Hallo</b>")
    assert window.page.banner.button.text() == "Verstanden"
    assert english_left(window.page.banner) == []


def test_the_trash_counts_its_entries_in_german(window_in_german: None, qtbot,
                                                memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal, show=False)
    empty = TrashDialog(window.session, window)
    qtbot.addWidget(empty)
    assert empty.info.text() == "Der Papierkorb ist leer."
    trash_some(window, 1)
    one = TrashDialog(window.session, window)
    qtbot.addWidget(one)
    assert one.windowTitle() == "Papierkorb"
    assert one.info.text() == ("1 Eintrag im Papierkorb. Er bleibt dort, bis du den "
                               "Papierkorb leerst.")
    assert english_left(one) == []
    trash_some(window, 2)
    three = TrashDialog(window.session, window)
    qtbot.addWidget(three)
    assert three.info.text() == ("3 Einträge im Papierkorb. Sie bleiben dort, bis du den "
                                 "Papierkorb leerst.")
    assert english_left(three) == []


def test_untitled_entries_are_named_in_german(window_in_german: None, qtbot,
                                              memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal, show=False)
    entry = new_entry(window.current_day, tz=window.zone_name, kind=EntryKind.CONVERSATION)
    window.session.save(EntryDraft(entry), now=datetime.now(UTC))
    [summary] = window.session.entries_between(window.current_day, window.current_day)
    assert display_title(summary) == "Gesprächsnachbereitung"


def test_the_help_window_speaks_german(window_in_german: None, qtbot,
                                       memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal, show=False)
    help_window = window.actions_.help_window()
    qtbot.addWidget(help_window)
    assert help_window.windowTitle() == "Hilfe zu Empathy Journal"
    text = help_window.text.toPlainText()
    assert "Nach einem schwierigen Gespräch (etwa fünf Minuten)" in text
    assert "Strg+Umschalt+N" in text and "Neue Gesprächsnachbereitung" in text
    assert "After a hard conversation" not in text and "Ctrl+" not in text
    assert english_left(help_window) == []


def test_a_written_report_is_announced_in_german(window_in_german: None, qtbot,
                                                 memory_journal: Journal,
                                                 tmp_path: Path) -> None:
    window = open_window(qtbot, memory_journal, show=False)
    box = tell_written(window, tmp_path / "bericht.pdf")
    qtbot.addWidget(box)
    assert box.windowTitle().startswith("Der Bericht ist fertig")
    assert [b.text() for b in box.buttons()
            if box.buttonRole(b) != QMessageBox.ButtonRole.RejectRole] == ["Öffnen",
                                                                           "Ordner zeigen"]
    box.close()
