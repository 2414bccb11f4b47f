"""Start-up benchmark: time to the first painted main window, against a bare QMainWindow.

Run: ``.venv/bin/python benchmarks/bench_startup.py [--years 50] [--repeat 5]``.
Prints medians and ratios measured in the same run (never compare with numbers from
another machine or another run). Not a test: nothing here asserts a time.
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
import json, resource, sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
journal_path = sys.argv[1]
if journal_path == "-":
    window = QMainWindow()
else:
    from pathlib import Path
    from empathy_journal.session.journal_session import JournalSession
    from empathy_journal.storage.journal import Journal
    from empathy_journal.ui.window_composition import build_window
    window = build_window(JournalSession(Journal.open(Path(journal_path))))
window.show()
def done():
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": time.perf_counter() - t0, "rss_mib": rss,
                      "matplotlib": "matplotlib" in sys.modules}))
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def measure(journal: str, repeat: int) -> dict[str, float]:
    """Median wall time from interpreter start to the first event-loop turn, and peak RSS."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", CHILD, journal], env=env, check=True,
                             capture_output=True, text=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    return {"seconds": statistics.median(r["seconds"] for r in runs),
            "rss_mib": statistics.median(r["rss_mib"] for r in runs),
            "matplotlib": any(r["matplotlib"] for r in runs)}


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from empathy_journal.interchange.demo_journal import write_demo_journal

    folder = Path(tempfile.mkdtemp(prefix="ej-bench-"))
    empty = folder / "empty.sqlite"
    big = folder / "big.sqlite"
    from empathy_journal.storage.journal import Journal

    Journal.open(empty).close()
    count = write_demo_journal(big, months=args.years * 12, seed=1, today=date(2026, 11, 26))
    size_mb = big.stat().st_size / 1e6
    floor = measure("-", args.repeat)
    rows = [("bare QMainWindow (floor)", floor),
            ("MainWindow, empty journal", measure(str(empty), args.repeat)),
            (f"MainWindow, {args.years}-year journal ({count} entries, {size_mb:.0f} MB)",
             measure(str(big), args.repeat))]
    print(f"{'what':<60} {'wall s':>8} {'× floor':>8} {'RSS MiB':>8}  matplotlib")
    for name, result in rows:
        ratio = result["seconds"] / floor["seconds"]
        print(f"{name:<60} {result['seconds']:>8.3f} {ratio:>8.2f} {result['rss_mib']:>8.0f}"
              f"  {'imported' if result['matplotlib'] else 'not imported'}")


if __name__ == "__main__":
    main()
