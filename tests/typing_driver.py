"""Child process for the app-level crash test: the real MainWindow on a real journal, typed
into at a steady rate; every chunk is printed with its CLOCK_MONOTONIC time before it is typed.

    python tests/typing_driver.py JOURNAL_FILE [TEXT]

Types the words of TEXT (default: a fixed sentence) over and over; an encrypted journal is
opened with $EMPATHY_JOURNAL_PASSPHRASE. Runs until killed. Output lines: ``ready`` once, then
``<monotonic seconds> <chunk>``.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from empathy_journal.storage.journal import Journal
from empathy_journal.ui.main_window import MainWindow

DAY = date(2026, 11, 26)
CHUNK_MS = 40
WORDS = ["today", "I", "listened", "to", "Mia", "and", "felt", "calm,", "then", "tense."]


def main() -> int:
    app = QApplication(sys.argv[:1])
    journal = Journal.open(Path(sys.argv[1]),
                           passphrase=os.environ.get("EMPATHY_JOURNAL_PASSPHRASE"))
    words = sys.argv[2].split() if len(sys.argv) > 2 else WORDS
    window = MainWindow(journal, today=lambda: DAY)
    window.show()
    editor = window.page.editor.body_edit
    editor.setFocus()
    count = 0

    def type_chunk() -> None:
        nonlocal count
        chunk = words[count % len(words)] + " "
        count += 1
        sys.stdout.write(f"{time.monotonic():.6f} {chunk}\n")
        sys.stdout.flush()
        QTest.keyClicks(editor, chunk)

    timer = QTimer(interval=CHUNK_MS)
    timer.timeout.connect(type_chunk)
    timer.start()
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
