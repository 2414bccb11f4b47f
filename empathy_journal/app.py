"""Composition root of the window: QApplication, the journal file, the main window, quitting safely."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import shutil
import signal
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSocketNotifier
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from empathy_journal import APP_ID, APP_NAME, __version__
from empathy_journal.domain.preferences import ComputerPreferences
from empathy_journal.domain.resources import resource_path
from empathy_journal.domain.translation import use_language
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.errors import JournalError, describe_os_error
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.locations import resolve_data_dir, resolve_journal_path
from empathy_journal.storage.safe_files import private_folder
from empathy_journal.storage.settings_file import saved_language
from empathy_journal.ui.dialog_policy import can_show_dialogs
from empathy_journal.ui.main_window import MainWindow
from empathy_journal.ui.preferences.appearance import apply_appearance
from empathy_journal.ui.reminders.reminder_state import ReminderState
from empathy_journal.ui.safety.safe_start import (
    AlreadyRunning,
    StartedJournal,
    UnlockCancelled,
    start_journal,
)
from empathy_journal.ui.settings import WindowSettings
from empathy_journal.ui.translators import compile_for_next_starts, install_translators
from empathy_journal.ui.window_composition import build_window

if TYPE_CHECKING:
    from empathy_journal.storage.start_check import StartCheck


def welcome(path: str) -> str:
    """The first run's banner (path: the journal file, as HTML)."""
    return ("<b>" + QCoreApplication.translate("App", "Welcome to your journal.") + "</b> "
            + QCoreApplication.translate(
                "App", "Everything you write stays on this computer, in {path}; nothing is "
                "ever sent anywhere. To lock it with a passphrase, use File ▸ Passphrase and "
                "lock…. Start with today: write a few lines, rate how you feel on the right, "
                "pick a word or two. It saves as you type.").format(path=f"<code>{path}</code>"))


def _application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("empathy-journal")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("empathy-journal.svg"))))
    return app  # type: ignore[return-value]


class _WakeUp:
    """The two ends Python's signal handling writes a byte to (``signal.set_wakeup_fd``): a
    pipe where there are pipes (no ``socket`` import before the first paint, about 4 ms), a
    socket pair elsewhere; the ends stay open as long as this lives."""

    def __init__(self) -> None:
        if os.name == "posix":
            self.reader, self.writer = os.pipe()
            os.set_blocking(self.reader, False)
            os.set_blocking(self.writer, False)
            self._ends: tuple[object, ...] = ()
        else:
            import socket

            reader, writer = socket.socketpair()
            reader.setblocking(False)
            writer.setblocking(False)
            self.reader, self.writer = reader.fileno(), writer.fileno()
            self._ends = (reader, writer)

    def drain(self) -> None:
        """Read what the signals wrote, so the notifier does not fire again for it."""
        with contextlib.suppress(OSError):
            if self._ends:
                self._ends[0].recv(64)  # type: ignore[attr-defined]
            else:
                os.read(self.reader, 64)


def _install_sigterm_quit(app: QApplication, window: MainWindow) -> QSocketNotifier:
    """Turn SIGTERM/SIGINT into a normal quit so pending text is saved first, asking nothing."""
    wake_up = _WakeUp()
    signal.set_wakeup_fd(wake_up.writer)
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: None)
    notifier = QSocketNotifier(wake_up.reader, QSocketNotifier.Type.Read, app)

    def on_signal() -> None:
        wake_up.drain()
        window.quitting_without_questions = True
        app.closeAllWindows()
        app.quit()

    notifier.activated.connect(on_signal)
    notifier._wake_up = wake_up  # type: ignore[attr-defined]  # keep its ends open
    return notifier


def _demo_journal_path() -> Path:
    from empathy_journal.interchange.demo_journal import write_demo_journal

    folder = Path(tempfile.mkdtemp(prefix="empathy-journal-demo-"))
    path = folder / "sample-journal.sqlite"
    write_demo_journal(path, months=8, seed=7)
    return path


def _open(args: argparse.Namespace,
          start_check: StartCheck | None = None) -> tuple[StartedJournal, Path]:
    if args.demo:
        path = _demo_journal_path()
        return StartedJournal(Journal.open(path), None, None), path.parent
    data_dir = resolve_data_dir(args.data_dir)
    path = resolve_journal_path(args.data_dir, args.journal)
    try:
        private_folder(data_dir)
    except OSError as error:
        raise describe_os_error(error, data_dir) from error
    # The window listens for a second launch once it is painted (SafetyFeature.after_show).
    return start_journal(path, can_ask=_can_show_dialogs(), start_check=start_check,
                         listen=False), data_dir


def _can_show_dialogs() -> bool:
    return can_show_dialogs()


def run_gui(args: argparse.Namespace, start_check: StartCheck | None = None) -> int:
    """Open the window on the chosen journal; returns the process exit code. start_check is
    the journal's start-up check when the command line began it early (``cli.main``)."""
    app = _application(sys.argv[:1])
    # Before opening, so the unlock dialog has the journal's look too.
    apply_appearance(app, ComputerPreferences() if args.demo else
                     WindowSettings.saved_preferences(resolve_data_dir(args.data_dir)))
    language = use_language("system" if args.demo else
                            saved_language(resolve_data_dir(args.data_dir)))
    translators = install_translators(app, language)
    try:
        started, settings_dir = _open(args, start_check)
    except (AlreadyRunning, UnlockCancelled):
        return 0
    except JournalError as error:
        print(f"empathy-journal: {error}", file=sys.stderr)
        if _can_show_dialogs():
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "{app} cannot open the journal").format(
                    app=APP_NAME), str(error))
        return 1
    compile_for_next_starts(app, translators, language)
    settings = WindowSettings(settings_dir)
    session = JournalSession(started.journal)
    window = build_window(session, repair=started.repair, damage=started.damage,
                          instance=started.instance, settings=settings,
                          reminder_state=ReminderState(settings_dir))
    safety = window.safety
    if args.demo:
        # Qt appends the display name to every title unless the title ends with it: naming the
        # app this way shows "Empathy Journal — sample journal" once, on dialogs too.
        title = QCoreApplication.translate("App", "{app} — sample journal").format(app=APP_NAME)
        app.setApplicationDisplayName(title)
        window.setWindowTitle(title)
    geometry = settings.geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    follow_ups = window.conversations.follow_ups
    follow_ups.set_collapsed(settings.follow_ups_collapsed())
    follow_ups.collapsed_changed.connect(settings.set_follow_ups_collapsed)
    if not settings.welcomed() and not args.demo:
        import html  # once, the first time
        window.page.banner.show_message(welcome(html.escape(str(session.path))))
        settings.set_welcomed()
    notifier = _install_sigterm_quit(app, window)
    app.aboutToQuit.connect(window.save_before_quit)
    window.show()
    window.page.editor.body_edit.setFocus()
    safety.after_show()
    window.sync.after_show()
    window.warm_up_insights_later()
    try:
        code = app.exec()
    finally:
        window.quitting_without_questions = True
        try:
            window.save_before_quit()
        except Exception:  # never let a last-moment bug keep the journal from closing cleanly
            logging.getLogger(__name__).exception("saving at exit failed")
        settings.set_geometry(window.saveGeometry())
        settings.sync()
        notifier.setEnabled(False)
        window.finish_warm_up_before_exit()
        window.sync.on_exit()
        safety.on_exit()
        session.close()
        if args.demo:  # the sample journal lived in its own temporary folder: leave nothing
            shutil.rmtree(settings_dir, ignore_errors=True)
    return code
