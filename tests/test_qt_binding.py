"""The Qt binding keeps Python's None alive: a window that paints for hours exits cleanly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# Paints the month calendar (about ten void QPainter calls per day cell) a few hundred times,
# as a window open for an afternoon does, then exits; 6.12.0 on Python 3.11 aborts here with
# "Fatal Python error: none_dealloc: deallocating None".
LONG_AFTERNOON = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.window_composition import build_window
journal = Journal.open(None)
window = build_window(JournalSession(journal))
window.show()
for _ in range(400):
    window.page.calendar.grab()
window.close()
journal.close()
print("clean exit", flush=True)
"""


def test_void_qt_calls_do_not_use_up_none(qapp) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) > before - 100  # a leak of one per call would be -2000


def test_a_window_that_painted_for_hours_exits_cleanly(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", LONG_AFTERNOON], capture_output=True,
                            text=True, timeout=120, cwd=tmp_path, check=False)
    assert "deallocating None" not in result.stderr
    assert result.returncode == 0 and result.stdout == "clean exit\n"
