"""Child process for the app-level crash test: the real app (``empathy-journal --data-dir DIR
--journal FILE``, the same composition root as the installed command: lock, unlock, safety,
autosave) on a real journal, typed into at a steady rate; every chunk is printed with its
CLOCK_MONOTONIC time before it is typed.

    python tests/typing_driver.py JOURNAL_FILE [TEXT]

Types the words of TEXT (default: a fixed sentence) over and over; an encrypted journal is
opened with $EMPATHY_JOURNAL_PASSPHRASE. Runs until killed. Output lines: ``ready`` once, then
``<monotonic seconds> <chunk>`` before each chunk is typed and ``saved <monotonic seconds>
<characters>`` each time the window reports an entry saved (committed), with the length of the
body it saved, so the parent can kill at a chosen moment instead of sleeping and hoping.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from empathy_journal import cli
from empathy_journal.domain.entry import Entry
from empathy_journal.ui.main_window import MainWindow

CHUNK_MS = 40
WORDS = ["today", "I", "listened", "to", "Mia", "and", "felt", "calm,", "then", "tense."]


def main() -> int:
    app = QApplication(sys.argv[:1])  # run_gui reuses this instance
    journal_path = Path(sys.argv[1])
    words = sys.argv[2].split() if len(sys.argv) > 2 else WORDS
    count = 0
    timer = QTimer(interval=CHUNK_MS)

    def type_chunk(editor: QWidget) -> None:
        nonlocal count
        chunk = words[count % len(words)] + " "
        count += 1
        sys.stdout.write(f"{time.monotonic():.6f} {chunk}\n")
        sys.stdout.flush()
        QTest.keyClicks(editor, chunk)

    def report_saved(saved: Entry) -> None:
        sys.stdout.write(f"saved {time.monotonic():.6f} {len(saved.body)}\n")
        sys.stdout.flush()

    def start_typing() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:  # the window is not up yet: look again shortly
            QTimer.singleShot(20, start_typing)
            return
        windows[0].entry_saved.connect(report_saved)  # emitted after the save committed
        editor = windows[0].page.editor.body_edit
        editor.setFocus()
        timer.timeout.connect(lambda: type_chunk(editor))
        timer.start()
        print("ready", flush=True)

    QTimer.singleShot(0, start_typing)
    return cli.main(["--data-dir", str(journal_path.parent), "--journal", str(journal_path)])


if __name__ == "__main__":
    sys.exit(main())
