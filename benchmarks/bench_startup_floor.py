"""Start-up floor: the least window any design of this app could paint first, vs a bare QMainWindow.

Run: ``.venv/bin/python benchmarks/bench_startup_floor.py [--years 50] [--rounds 9]``.

The issue's start-up budget compares the app with a bare ``QMainWindow``. This benchmark asks
what part of that budget is left for the app's own code at all, by timing, in the same
harness as ``bench_startup.py`` (fresh processes, interpreter start to the end of the first
paint, interleaved rounds, medians of per-round ratios):

- ``bare``: a bare ``QMainWindow`` (the budget's floor);
- ``least``: a window with only what the first paint must show (a ``QCalendarWidget``, a
  list of the month's entries and a plain text editor with today's text), the month read
  with the standard library's ``sqlite3`` on the date index, no style sheet, none of the
  app's modules;
- ``least_checked``: the same after ``PRAGMA quick_check`` of the file (on a thread started
  before the widgets are made), which the app runs before it reads anything from a journal
  (``storage/start_check.py``; the safety work decided that a damaged file is never shown).

``least_checked`` ÷ ``bare`` is the floor of any design that keeps that safety rule; the
budget minus it is what remains for the app's arguments, settings, lock, session, window,
features and style sheet. Prints the table; ``--json`` writes it. Nothing asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

CHILD = r"""
import os, sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])

def done():
    print(time.perf_counter() - t0, flush=True)
    os._exit(0)

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, done)
        return False

mode, path, today = sys.argv[1], sys.argv[2], sys.argv[3]
if mode == "bare":
    window = QMainWindow()
else:
    import sqlite3, threading
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (QCalendarWidget, QListWidget, QPlainTextEdit, QSplitter,
                                   QVBoxLayout, QWidget)
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    verdict = []
    check = threading.Thread(
        target=lambda: verdict.append(db.execute("PRAGMA quick_check").fetchone()[0]))
    if mode == "least_checked":
        check.start()
    window = QMainWindow()
    split = QSplitter(Qt.Orientation.Horizontal)
    left = QWidget()
    column = QVBoxLayout(left)
    column.addWidget(QCalendarWidget())
    month = QListWidget()
    column.addWidget(month)
    editor = QPlainTextEdit()
    split.addWidget(left)
    split.addWidget(editor)
    window.setCentralWidget(split)
    if mode == "least_checked":
        check.join()
        assert verdict == ["ok"], verdict
    rows = db.execute("SELECT local_date, title, body FROM entries WHERE local_date BETWEEN ? AND ?"
                      " AND deleted_utc IS NULL ORDER BY local_date",
                      [today[:8] + "01", today]).fetchall()
    for day, title, _ in rows:
        month.addItem(f"{day}  {title}")
    editor.setPlainText(rows[-1][2] if rows else "")
window.resize(1280, 800)
window.installEventFilter(FirstPaint(window))
window.show()
app.exec()
"""

MODES = ("bare", "least", "least_checked")


def _run(mode: str, journal: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(journal),
                          date.today().isoformat()], env=env, check=True,
                         capture_output=True, text=True, timeout=120).stdout
    return float(out.strip().splitlines()[-1])


def run(journal: Path, rounds: int) -> dict[str, dict[str, float]]:
    """Interleaved rounds of the three windows; median seconds and median per-round ratio."""
    for mode in MODES:  # one warm-up each: page cache, fonts
        _run(mode, journal)
    seconds: dict[str, list[float]] = {mode: [] for mode in MODES}
    for _ in range(rounds):
        for mode in MODES:
            seconds[mode].append(_run(mode, journal))
    bare = seconds["bare"]
    return {mode: {"seconds": statistics.median(values),
                   "ratio": statistics.median(v / b for v, b in zip(values, bare, strict=True))}
            for mode, values in seconds.items()}


def main() -> None:
    """Build a demo journal (or use --journal), measure, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--journal", type=Path, help="use this journal instead of a new one")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    journal = args.journal
    if journal is None:
        from empathy_journal.interchange.demo_journal import write_demo_journal

        journal = Path(tempfile.mkdtemp(prefix="ej-floor-")) / "big.sqlite"
        write_demo_journal(journal, months=args.years * 12, seed=1, today=date.today())
    summary = run(journal, args.rounds)
    print(f"{'window':<16} {'wall s':>7} {'× bare':>7}")
    for mode, row in summary.items():
        print(f"{mode:<16} {row['seconds']:>7.3f} {row['ratio']:>7.2f}")
    print(f"load average {os.getloadavg()}")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
