"""F1 help lists exactly the window's shortcuts, so it cannot drift from the real keys."""

from __future__ import annotations

import re

from journal_window import open_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton

from empathy_journal.ui.main_actions import SHORTCUTS_HELP
from empathy_journal.ui.main_window import MainWindow


def portable(chord: str) -> str:
    """One key chord in Qt's portable spelling ("Ctrl+Delete" → "Ctrl+Del")."""
    return QKeySequence(chord).toString(QKeySequence.SequenceFormat.PortableText)


def chords_in_window_table(html: str) -> set[str]:
    """The chords in the help's first table (the window's shortcuts)."""
    window_table = html.split("</table>")[0]
    cells = re.findall(r"<b>(.*?)</b>", window_table)
    return {portable(chord) for cell in cells for chord in cell.split(" / ")}


def window_shortcuts(window: MainWindow) -> set[str]:
    """Every shortcut of the window's actions and buttons, in portable spelling."""
    sequences = [s for action in window.findChildren(QAction) for s in action.shortcuts()]
    sequences += [button.shortcut() for button in window.findChildren(QAbstractButton)]
    return {s.toString(QKeySequence.SequenceFormat.PortableText) for s in sequences
            if not s.isEmpty()}



def test_the_help_lists_every_shortcut_of_the_window_and_no_other(qtbot,
                                                                   file_journal) -> None:
    window = open_window(qtbot, file_journal)
    window.show_insights()  # its period buttons bring their own shortcuts
    window.conversations.show_people()
    window.stress.show()  # the Calm view, made when first shown, brings Space and Esc
    shortcuts = window_shortcuts(window)
    assert {"Ctrl+N", "Ctrl+Shift+N", "Ctrl+F", "Alt+Left", "Alt+Right", "Ctrl+T", "F1",
            "Ctrl+3", "Alt+PgUp", "Ctrl+L", "Ctrl+Q"} <= shortcuts
    assert chords_in_window_table(SHORTCUTS_HELP) == shortcuts
    window.close()


def test_the_chords_are_read_as_qt_reads_them() -> None:
    html = "<table><tr><td><b>Ctrl+Delete / Alt+PgDown</b></td></tr></table>"
    assert chords_in_window_table(html) == {"Ctrl+Del", "Alt+PgDown"}


def test_f1_opens_the_themed_help_window_with_the_journeys_and_the_keys(
        qtbot, memory_journal) -> None:
    window = open_window(qtbot, memory_journal)
    qtbot.keyClick(window.page.editor.body_edit, Qt.Key.Key_F1)
    help_window = window.actions_.help_window()
    qtbot.waitUntil(help_window.isVisible)
    text = help_window.text.toPlainText()
    assert "After a hard conversation" in text
    assert "Ctrl+Shift+N" in text and "New conversation debrief" in text
    assert help_window.text.objectName() == "HelpText"  # the style sheet's help look
    help_window.close()
