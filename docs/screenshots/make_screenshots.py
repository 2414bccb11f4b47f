"""Render the README's screenshots from the demo journal, offscreen, light and dark.

    python docs/screenshots/make_screenshots.py            # every picture into docs/screenshots/
    python docs/screenshots/make_screenshots.py journal    # only the scenes whose name has "journal"
    python docs/screenshots/make_screenshots.py --language de   # the German window: de-*.png

The window is the real one (``build_window``), on a demo journal written for a fixed day, so
the pictures only change when the look does. Windows are drawn at 1600×1000 and 1024×700;
dialogs at their own size. PNGs are reduced to 256 colours to stay small in the repository.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "Europe/Berlin")

from PySide6.QtCore import QBuffer, QIODevice, QSize
from PySide6.QtGui import QFont, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from empathy_journal.domain.entry import EntryKind
from empathy_journal.interchange.demo_journal import write_demo_journal
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.models.entry_list_model import SummaryRole
from empathy_journal.ui.theme import DARK, LIGHT, Theme, apply_theme
from empathy_journal.ui.window_composition import ComposedWindow, build_window

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 26)
SIZES = {"wide": QSize(1600, 1000), "small": QSize(1024, 700)}


def settle(app: QApplication, rounds: int = 6) -> None:
    """Let layouts, short timers (the search's 400 ms) and deferred paints run."""
    for _ in range(rounds):
        QTest.qWait(50)


def save(image: QImage, name: str) -> None:
    """Write image as a 256-colour PNG (Pillow comes with matplotlib)."""
    from PIL import Image

    path = HERE / f"{name}.png"
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    picture.quantize(256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    print(f"{path.relative_to(HERE.parent.parent)}  {path.stat().st_size // 1024} KiB")


def grab(app: QApplication, widget: QWidget, name: str) -> None:
    settle(app)
    save(widget.grab().toImage(), name)


# -- the scenes ------------------------------------------------------------------------------

def journal(window: ComposedWindow) -> None:
    """Today's reflection, the cursor in the text."""
    window.show_journal()
    window.go_today()


def debrief(window: ComposedWindow) -> None:
    """The latest conversation debrief of the month."""
    window.show_journal()
    model = window.page.entry_model
    for row in range(model.rowCount()):
        summary = model.index(row).data(SummaryRole)
        if summary.kind == EntryKind.CONVERSATION:
            window.open_entry(summary.uuid)
            return


def people(window: ComposedWindow) -> None:
    window.conversations.show_people()
    view = window.conversations.people_view
    if view is not None and view.people_list.count():
        view.people_list.setCurrentRow(0)


def search(window: ComposedWindow) -> None:
    window.show_journal()
    window.search.show_search()
    panel = window.search.panel
    panel.query.setText("Priya")
    panel.filters_button.setChecked(True)


def insights_month(window: ComposedWindow) -> None:
    window.show_insights()


def insights_year(window: ComposedWindow) -> None:
    from empathy_journal.domain.analytics.period import Period, PeriodKind

    window.show_insights()
    assert window._insights is not None
    window._insights.show_period(Period.containing(TODAY, PeriodKind.YEAR))


WINDOW_SCENES: dict[str, Callable[[ComposedWindow], None]] = {
    "journal": journal, "debrief": debrief, "people": people, "search": search,
    "insights-month": insights_month, "insights-year": insights_year,
}


def backups_dialog(window: ComposedWindow) -> QDialog:
    from empathy_journal.ui.safety.backup_dialog import BackupDialog

    safety = window.safety.safety
    safety.back_up_now()
    policy = safety.retention()
    return BackupDialog(safety.backups, window.safety.back_up_now, window.safety.restore, window,
                        keep_counts=(lambda: (policy.daily, policy.weekly), lambda *_: None))


def unlock_dialog(window: ComposedWindow) -> QDialog:
    from empathy_journal.ui.safety.unlock_dialog import UnlockDialog

    dialog = UnlockDialog("journal.sqlite", lambda typed: "That passphrase does not open "
                          "this journal. Check Caps Lock and try again; after three tries "
                          "you can quit and nothing is changed.", can_remember=True,
                          parent=window)
    dialog.passphrase_edit.setText("not it")
    dialog.try_unlock()
    return dialog


def help_dialog(window: ComposedWindow) -> QWidget:
    make = getattr(window.actions_, "help_window", None)
    if make is None:
        from PySide6.QtWidgets import QMessageBox

        from empathy_journal.ui.main_actions import SHORTCUTS_HELP
        return QMessageBox(QMessageBox.Icon.Information, "Keyboard shortcuts", SHORTCUTS_HELP,
                           parent=window)
    return make()


def preferences_dialog(window: ComposedWindow) -> QWidget:
    dialog = window.preferences.open()
    dialog.pages.setCurrentRow(PREFERENCES_PAGE)
    return dialog


PREFERENCES_PAGE = 1  # Dates; the German pictures show Appearance (0), with the Language row


DIALOG_SCENES: dict[str, Callable[[ComposedWindow], QWidget]] = {
    "backups": backups_dialog, "unlock": unlock_dialog, "help": help_dialog,
    "preferences": preferences_dialog,
}


# -- running them ----------------------------------------------------------------------------

def open_demo(folder: Path) -> JournalSession:
    path = folder / "sample-journal.sqlite"
    write_demo_journal(path, months=8, seed=7, today=TODAY)
    return JournalSession(Journal.open(path), today=lambda: TODAY)


def shoot(app: QApplication, session: JournalSession, theme: Theme, wanted: str,
          prefix: str = "") -> None:
    apply_theme(app, theme)
    for size_name, size in SIZES.items():
        window = build_window(session, today=lambda: TODAY, zone_name="Europe/Berlin")
        window.setWindowTitle("Empathy Journal — sample journal")
        window.file_label.setText("sample-journal.sqlite")  # not this machine's temp folder
        window.resize(size)
        window.show()
        settle(app)
        for name, scene in WINDOW_SCENES.items():
            if wanted in name:
                window.search.dock.hide()  # only the search scene shows the sidebar
                scene(window)
                settle(app)  # a dock shown grows the window once it is laid out
                window.resize(size)  # a dock shown may have grown it before the page made room
                settle(app, 12)
                grab(app, window, f"{prefix}{name}-{theme.name}-{size_name}")
        if size_name == "wide":
            for name, make in DIALOG_SCENES.items():
                if wanted in name:
                    dialog = make(window)
                    dialog.show()
                    grab(app, dialog, f"{prefix}{name}-{theme.name}")
                    dialog.close()
        window.quitting_without_questions = True
        window.close()
        window.deleteLater()
        settle(app)


GERMAN_SCENES = ("journal", "debrief", "insights-month", "preferences")


def main(argv: list[str]) -> int:
    global PREFERENCES_PAGE
    language = "en"
    if "--language" in argv:
        at = argv.index("--language")
        language = argv[at + 1]
        argv = argv[:at] + argv[at + 2:]
    wanted = argv[1] if len(argv) > 1 else ""
    app = QApplication.instance() or QApplication(argv[:1])
    app.setFont(QFont("DejaVu Sans", 10))
    if language != "en":
        from empathy_journal.domain.translation import use_language
        from empathy_journal.ui.translators import install_translators

        os.environ["EMPATHY_JOURNAL_LANGUAGE"] = language  # "like the system" reads it too
        use_language(language)
        translators = install_translators(app, language)  # noqa: F841 - kept while drawing
        PREFERENCES_PAGE = 0
        for name in list(WINDOW_SCENES):
            if name not in GERMAN_SCENES:
                del WINDOW_SCENES[name]
        for name in list(DIALOG_SCENES):
            if name not in GERMAN_SCENES:
                del DIALOG_SCENES[name]
    prefix = "" if language == "en" else f"{language}-"
    with tempfile.TemporaryDirectory(prefix="ej-screens-") as folder:
        session = open_demo(Path(folder))
        try:
            for theme in (LIGHT, DARK):
                shoot(app, session, theme, wanted, prefix)
        finally:
            session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
