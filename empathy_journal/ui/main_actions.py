"""MainActions: the window's own actions and keyboard shortcuts, and the shortcuts help."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from empathy_journal import APP_NAME, __version__

if TYPE_CHECKING:
    from empathy_journal.ui.main_window import MainWindow

# The first table lists every shortcut of the window (tests/test_shortcuts_help.py checks it
# against the window's actions, both ways); the second, keys that work inside a field. The
# first table's chords are shown as the menus show them (Strg+T in German).
WINDOW_KEYS = (
    ("Ctrl+N", QT_TRANSLATE_NOOP("MainActions", "New entry on the shown day")),
    ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("MainActions", "New conversation debrief")),
    ("Ctrl+T", QT_TRANSLATE_NOOP("MainActions", "Today")),
    ("Alt+Left / Alt+Right", QT_TRANSLATE_NOOP("MainActions", "Previous / next day")),
    ("Ctrl+1 / Ctrl+2 / Ctrl+3", QT_TRANSLATE_NOOP("MainActions", "Journal / Insights / People")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("MainActions", "Search the journal")),
    ("Ctrl+Shift+B", QT_TRANSLATE_NOOP(
        "MainActions", "I’m stressed: a few calm minutes (breathe, scan, stretch, name it)")),
    ("Space / Esc", QT_TRANSLATE_NOOP(
        "MainActions", "In a calm session: pause or go on / stop (what you did is kept)")),
    ("Ctrl+Shift+M", QT_TRANSLATE_NOOP("MainActions",
                                       "Mood check-in: mood, stress and up to three words")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("MainActions", "Star the entry")),
    ("Ctrl+Shift+A", QT_TRANSLATE_NOOP(
        "MainActions",
        "Attach photos or files (or drop them on the entry, or paste an image into its text)")),
    ("Ctrl+Delete", QT_TRANSLATE_NOOP("MainActions", "Move the entry to the trash")),
    ("Ctrl+Alt+Z", QT_TRANSLATE_NOOP("MainActions", "Undo the last delete")),
    ("Alt+PgUp / Alt+PgDown", QT_TRANSLATE_NOOP("MainActions",
                                                "In Insights: previous / next period")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("MainActions", "Lock the journal")),
    ("Ctrl+,", QT_TRANSLATE_NOOP(
        "MainActions", "Preferences: theme, text size, dates, reminders, check-ins, safety")),
    ("F1", QT_TRANSLATE_NOOP("MainActions", "This help")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("MainActions", "Quit (what you wrote is saved first)")),
)
KEYBOARD = QT_TRANSLATE_NOOP("MainActions", "Keyboard")
IN_A_FIELD = QT_TRANSLATE_NOOP("MainActions", "In a field")
NO_SAVE_BUTTON = QT_TRANSLATE_NOOP("MainActions",
                                   "Everything is saved as you type. There is no Save button.")
FIELD_KEYS = (
    (QT_TRANSLATE_NOOP("MainActions", "Tab / Shift+Tab"), QT_TRANSLATE_NOOP(
        "MainActions",
        "Title → text → (debrief form) → mood → energy → stress → emotions → practices")),
    (QT_TRANSLATE_NOOP("MainActions", "Ctrl+Z / Ctrl+Shift+Z"),
     QT_TRANSLATE_NOOP("MainActions", "Undo / redo typing")),
    (QT_TRANSLATE_NOOP("MainActions", "Arrows, Delete"),
     QT_TRANSLATE_NOOP("MainActions", "On a rating: change it, or clear it")),
    (QT_TRANSLATE_NOOP("MainActions", "Down, Enter"),
     QT_TRANSLATE_NOOP("MainActions", "In the emotion search: pick a word")),
    (QT_TRANSLATE_NOOP("MainActions", "Shift+Tab, 1–5"),
     QT_TRANSLATE_NOOP("MainActions", "From the emotion search: a chosen word's intensity")),
)


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def _same(text: str) -> str:
    return text


def _translated(text: str) -> str:
    return QCoreApplication.translate("MainActions", text)


def _chords(keys: str) -> str:
    """keys ("Alt+Left / Alt+Right") as the menus write them in the window's language."""
    return " / ".join(QKeySequence(chord).toString(QKeySequence.SequenceFormat.NativeText)
                      for chord in keys.split(" / "))


def _help_html(text: Callable[[str], str], chords: Callable[[str], str]) -> str:
    rows = [(chords(keys), text(what)) for keys, what in WINDOW_KEYS]
    field_rows = [(text(keys), text(what)) for keys, what in FIELD_KEYS]

    def table(cells: list[tuple[str, str]]) -> str:
        return "<table cellspacing=6>" + "".join(
            f"<tr><td><b>{_escape(keys)}</b></td><td>{_escape(what)}</td></tr>"
            for keys, what in cells) + "</table>"

    return (f"<h3>{_escape(text(KEYBOARD))}</h3>{table(rows)}"
            f"<h3>{_escape(text(IN_A_FIELD))}</h3>{table(field_rows)}"
            f"<p>{_escape(text(NO_SAVE_BUTTON))}</p>")


# The help's keys in English, as written above (the tests read the chords from it).
SHORTCUTS_HELP = _help_html(_same, _same)


def shortcuts_help() -> str:
    """The keyboard help in the window's language, its chords as the menus show them."""
    return _help_html(_translated, _chords)


def window_action(window: QWidget, text: str, shortcut: object, slot: object,
                  tip: str = "") -> QAction:
    """An action of the window: its shortcut works anywhere in it, its tip names the keys."""
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if shortcut else tip)
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

        self.new_entry = self._action(
            QCoreApplication.translate("MainActions", "New entry"),
            QKeySequence.StandardKey.New, lambda: w.new_entry(),
            QCoreApplication.translate("MainActions", "Start another entry on the shown day"))
        self.previous_day = self._action(
            QCoreApplication.translate("MainActions", "Previous day"), "Alt+Left",
            lambda: w.go_relative(-1))
        self.today = self._action(QCoreApplication.translate("MainActions", "Today"), "Ctrl+T",
                                  w.go_today,
                                  QCoreApplication.translate("MainActions", "Go to today's entry"))
        self.next_day = self._action(QCoreApplication.translate("MainActions", "Next day"),
                                     "Alt+Right", lambda: w.go_relative(1))
        self.star = self._action(QCoreApplication.translate("MainActions", "Star"), "Ctrl+D",
                                 w.autosave.mark_dirty,
                                 QCoreApplication.translate("MainActions", "Star this entry"))
        self.star.setCheckable(True)
        self.delete = self._action(
            QCoreApplication.translate("MainActions", "Delete entry"), "Ctrl+Delete",
            w.delete_current,
            QCoreApplication.translate("MainActions",
                                       "Move this entry to the trash (it can be undone)"))
        self.undo_delete = self._action(QCoreApplication.translate("MainActions", "Undo delete"),
                                        "Ctrl+Alt+Z", w.undo_delete)
        self.undo_delete.setEnabled(False)
        self.trash = self._action(QCoreApplication.translate("MainActions", "Trash…"), None,
                                  self.open_trash)
        # Ctrl+Q everywhere (Cmd+Q on macOS): the platform's standard Quit is empty on some.
        self.quit = self._action(QCoreApplication.translate("MainActions", "Quit"), "Ctrl+Q",
                                 w.close)
        self.journal_view = self._action(QCoreApplication.translate("MainActions", "Journal"),
                                         "Ctrl+1", w.show_journal)
        self.insights_view = self._action(
            QCoreApplication.translate("MainActions", "Insights"), "Ctrl+2", w.show_insights,
            QCoreApplication.translate("MainActions", "Charts of your month"))
        self.views = QActionGroup(w)
        for action in (self.journal_view, self.insights_view):
            action.setCheckable(True)
            self.views.addAction(action)
        self.journal_view.setChecked(True)
        self.help = self._action(
            QCoreApplication.translate("MainActions", "Help and keyboard shortcuts"),
            QKeySequence.StandardKey.HelpContents, self.show_help)
        self._help_window: QWidget | None = None
        self.about = self._action(
            QCoreApplication.translate("MainActions", "About {app}").format(app=APP_NAME), None,
            self.show_about)
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
        """The help window (made once): the journeys, then the keyboard (``shortcuts_help``)."""
        if self._help_window is None:
            from empathy_journal.ui.help_window import HelpWindow

            self._help_window = HelpWindow(shortcuts_help(), self.window)
        return self._help_window

    def show_help(self) -> None:
        """F1: the help window, in front."""
        window = self.help_window()
        window.show()
        window.raise_()
        window.activateWindow()

    def show_about(self) -> None:
        """Version, and where the journal lives."""
        path = self.window.session.path or QCoreApplication.translate(
            "MainActions", "memory (nothing is written to disk)")
        QMessageBox.about(
            self.window,
            QCoreApplication.translate("MainActions", "About {app}").format(app=APP_NAME),
            f"<h3>{APP_NAME} {__version__}</h3><p>"
            + QCoreApplication.translate(
                "MainActions", "A private journal for understanding your emotions and other "
                "people's.")
            + "</p><p>"
            + QCoreApplication.translate("MainActions", "Your journal: {path}").format(
                path=f"<code>{html.escape(str(path))}</code>")
            + "</p><p>"
            + QCoreApplication.translate(
                "MainActions", "Everything stays on this computer. Nothing is ever sent anywhere.")
            + "</p>")
