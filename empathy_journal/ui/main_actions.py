"""MainActions: the window's own actions and keyboard shortcuts, and the shortcuts help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from empathy_journal import APP_NAME, __version__

if TYPE_CHECKING:
    from empathy_journal.ui.main_window import MainWindow

# The first table lists every shortcut of the window (tests/test_shortcuts_help.py checks it
# against the window's actions, both ways); the second, keys that work inside a field.
SHORTCUTS_HELP = """<h3>Keyboard</h3><table cellspacing=6>
<tr><td><b>Ctrl+N</b></td><td>New entry on the shown day</td></tr>
<tr><td><b>Ctrl+Shift+N</b></td><td>New conversation debrief</td></tr>
<tr><td><b>Ctrl+T</b></td><td>Today</td></tr>
<tr><td><b>Alt+Left / Alt+Right</b></td><td>Previous / next day</td></tr>
<tr><td><b>Ctrl+1 / Ctrl+2 / Ctrl+3</b></td><td>Journal / Insights / People</td></tr>
<tr><td><b>Ctrl+F</b></td><td>Search the journal</td></tr>
<tr><td><b>Ctrl+Shift+B</b></td><td>I’m stressed: a few calm minutes (breathe, scan, stretch,
name it)</td></tr>
<tr><td><b>Space / Esc</b></td><td>In a calm session: pause or go on / stop (what you did is
kept)</td></tr>
<tr><td><b>Ctrl+Shift+M</b></td><td>Mood check-in: mood, stress and up to three words</td></tr>
<tr><td><b>Ctrl+D</b></td><td>Star the entry</td></tr>
<tr><td><b>Ctrl+Shift+A</b></td><td>Attach photos or files (or drop them on the entry, or paste
an image into its text)</td></tr>
<tr><td><b>Ctrl+Delete</b></td><td>Move the entry to the trash</td></tr>
<tr><td><b>Ctrl+Alt+Z</b></td><td>Undo the last delete</td></tr>
<tr><td><b>Alt+PgUp / Alt+PgDown</b></td><td>In Insights: previous / next period</td></tr>
<tr><td><b>Ctrl+L</b></td><td>Lock the journal</td></tr>
<tr><td><b>Ctrl+,</b></td><td>Preferences: theme, text size, dates, reminders, check-ins, safety</td></tr>
<tr><td><b>F1</b></td><td>This help</td></tr>
<tr><td><b>Ctrl+Q</b></td><td>Quit (what you wrote is saved first)</td></tr>
</table>
<h3>In a field</h3><table cellspacing=6>
<tr><td><b>Tab / Shift+Tab</b></td><td>Title → text → (debrief form) → mood → energy → stress →
emotions → practices</td></tr>
<tr><td><b>Ctrl+Z / Ctrl+Shift+Z</b></td><td>Undo / redo typing</td></tr>
<tr><td><b>Arrows, Delete</b></td><td>On a rating: change it, or clear it</td></tr>
<tr><td><b>Down, Enter</b></td><td>In the emotion search: pick a word</td></tr>
<tr><td><b>Shift+Tab, 1–5</b></td><td>From the emotion search: a chosen word's intensity
</td></tr>
</table><p>Everything is saved as you type. There is no Save button.</p>"""


def window_action(window: QWidget, text: str, shortcut: object, slot: object,
                  tip: str = "") -> QAction:
    """An action of the window: its shortcut works anywhere in it, its tip names the keys."""
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setToolTip(f"{tip} ({action.shortcut().toString()})" if shortcut else tip)
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


class MainActions:
    """Creates and connects the window's own actions (menus and toolbar are laid out by
    ``ui.window_composition``)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        w = window
        self.new_entry = self._action("New entry", QKeySequence.StandardKey.New, lambda: w.new_entry(),
                                      "Start another entry on the shown day")
        self.previous_day = self._action("Previous day", "Alt+Left",
                                         lambda: w.go_relative(-1))
        self.today = self._action("Today", "Ctrl+T", w.go_today, "Go to today's entry")
        self.next_day = self._action("Next day", "Alt+Right", lambda: w.go_relative(1))
        self.star = self._action("Star", "Ctrl+D", w.autosave.mark_dirty, "Star this entry")
        self.star.setCheckable(True)
        self.delete = self._action("Delete entry", "Ctrl+Delete", w.delete_current,
                                   "Move this entry to the trash (it can be undone)")
        self.undo_delete = self._action("Undo delete", "Ctrl+Alt+Z", w.undo_delete)
        self.undo_delete.setEnabled(False)
        self.trash = self._action("Trash…", None, self.open_trash)
        # Ctrl+Q everywhere (Cmd+Q on macOS): the platform's standard Quit is empty on some.
        self.quit = self._action("Quit", "Ctrl+Q", w.close)
        self.journal_view = self._action("Journal", "Ctrl+1", w.show_journal)
        self.insights_view = self._action("Insights", "Ctrl+2", w.show_insights,
                                          "Charts of your month")
        self.views = QActionGroup(w)
        for action in (self.journal_view, self.insights_view):
            action.setCheckable(True)
            self.views.addAction(action)
        self.journal_view.setChecked(True)
        self.help = self._action("Help and keyboard shortcuts",
                                 QKeySequence.StandardKey.HelpContents, self.show_help)
        self._help_window: QWidget | None = None
        self.about = self._action(f"About {APP_NAME}", None, self.show_about)
        if w.session.read_only:
            for action in (self.new_entry, self.delete, self.star, self.trash):
                action.setEnabled(False)

    def _action(self, text: str, shortcut: object, slot: object, tip: str = "") -> QAction:
        return window_action(self.window, text, shortcut, slot, tip)

    def open_trash(self) -> None:
        """Show the trash, restoring entries into the window."""
        from empathy_journal.ui.dialogs.trash_dialog import TrashDialog

        self.window.autosave.flush()
        if self.window.session.locked:
            return
        dialog = TrashDialog(self.window.session, self.window)
        dialog.restored.connect(self.window.restore_from_trash)
        dialog.exec()

    def help_window(self) -> QWidget:
        """The help window (made once): the journeys, then ``SHORTCUTS_HELP``."""
        if self._help_window is None:
            from empathy_journal.ui.help_window import HelpWindow

            self._help_window = HelpWindow(SHORTCUTS_HELP, self.window)
        return self._help_window

    def show_help(self) -> None:
        """F1: the help window, in front."""
        window = self.help_window()
        window.show()
        window.raise_()
        window.activateWindow()

    def show_about(self) -> None:
        """Version, and where the journal lives."""
        path = self.window.session.path or "memory (nothing is written to disk)"
        QMessageBox.about(
            self.window, f"About {APP_NAME}",
            f"<h3>{APP_NAME} {__version__}</h3><p>A private journal for understanding your "
            f"emotions and other people's.</p><p>Your journal: <code>{path}</code></p>"
            "<p>Everything stays on this computer. Nothing is ever sent anywhere.</p>")
