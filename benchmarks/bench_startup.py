"""Start-up benchmark: time to the first painted main window, against a bare QMainWindow.

Run: ``.venv/bin/python benchmarks/bench_startup.py [--years 50] [--rounds 7] [--json FILE]``.

Each round starts a fresh process for the floor (a bare ``QMainWindow``) and one for the app,
one after the other (A B A B …), so a busy moment on a shared machine slows both; the ratio is
the median of the per-round ratios. A process is timed from interpreter start to the end of
the first paint of its window (the first ``Paint`` event, then one more event-loop turn), and
reports its peak RSS, whether matplotlib was imported and whether the window's content (the
calendar, the month's entry list and today's text) was on screen at that paint. Only the main
window's own events are watched (``QMainWindow.show`` installs the filter on it): an
application-wide filter would run Python for every event of every widget, a cost the bare
window hardly pays and the app would, so it measured the filter as much as the start.

The app is started the way a person starts it: ``empathy_journal.cli.main`` with
``--data-dir`` and ``--journal`` (single-instance lock, the start-up check, the session, the
composed window, ``after_show``), and it imports Qt itself: the watch on the first paint is
set up the moment ``PySide6.QtWidgets`` loads (a finder on ``sys.meta_path``), so the app's
start-up check begins before Qt is imported, as it does for a person (an earlier version
imported Qt first and left the check only the app's own imports to overlap). The child
leaves with ``os._exit`` once painted, so the exit backup is not timed. The package is
byte-compiled first (an installed wheel is; without it every run would compile ~100 modules
from source when ``PYTHONDONTWRITEBYTECODE`` is set).

Prints medians and ratios measured in the same run. Not a test: nothing asserts a time.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "empathy_journal"

CHILD = r"""
import importlib.abc, importlib.util, json, os, resource, sys, time
t0 = time.perf_counter()

def done():
    seconds = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    page = getattr(WATCHED[0], "page", None)  # what the first paint showed (the app)
    shown = None if page is None else all(
        part.isVisible() for part in (page.calendar, page.entry_list, page.editor.body_edit))
    print(json.dumps({"seconds": seconds, "rss_mib": rss, "content_shown": shown,
                      "matplotlib": "matplotlib" in sys.modules}), flush=True)
    os._exit(0)

WATCHED = [None]

def watch_first_paint(widgets):
    # QMainWindow.show installs the filter on that window only (not on every object)
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        seen = False
        def eventFilter(self, watched, event):
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                QTimer.singleShot(0, done)  # after this paint has been handled
            return False

    shown = widgets.QMainWindow.show
    def show_watched(window):
        WATCHED[0] = window
        window._first_paint = FirstPaint()
        window.installEventFilter(window._first_paint)
        shown(window)
    widgets.QMainWindow.show = show_watched

class WhenQtWidgetsLoads(importlib.abc.MetaPathFinder):
    # Qt is imported by the program itself, as in a person's start (the app begins its
    # start-up check before it imports Qt); the watch is set up the moment QtWidgets loads.
    def find_spec(self, name, path, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            watch_first_paint(module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, WhenQtWidgetsLoads())
if sys.argv[1] == "-":
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    app.exec()
else:
    from empathy_journal.cli import main
    main(["--data-dir", sys.argv[2], "--journal", sys.argv[1]])
"""


def _run(journal: str, data_dir: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", CHILD, journal, data_dir], env=env, check=True,
                         capture_output=True, text=True, timeout=120).stdout
    return json.loads(out.strip().splitlines()[-1])


def measure(journals: dict[str, str], rounds: int, data_dir: str) -> dict[str, dict]:
    """Interleaved rounds of the floor and each journal; medians and per-round ratios."""
    runs: dict[str, list[dict]] = {"floor": [], **{name: [] for name in journals}}
    for path in journals.values():  # one warm-up each: page cache, settings, lock file
        _run(path, data_dir)
    _run("-", data_dir)
    for _ in range(rounds):
        floor = _run("-", data_dir)
        runs["floor"].append(floor)
        for name, path in journals.items():
            result = _run(path, data_dir)
            result["ratio"] = result["seconds"] / floor["seconds"]
            runs[name].append(result)
    summary = {}
    for name, results in runs.items():
        summary[name] = {
            "seconds": statistics.median(r["seconds"] for r in results),
            "rss_mib": statistics.median(r["rss_mib"] for r in results),
            "ratio": statistics.median(r.get("ratio", 1.0) for r in results),
            "content_shown": (None if all(r.get("content_shown") is None for r in results)
                              else all(r.get("content_shown") for r in results)),
            "matplotlib": any(r["matplotlib"] for r in results)}
    return summary


def make_journals(years: int, folder: Path) -> tuple[Path, Path, int]:
    """An empty journal and a demo journal of years, ending today (so this month has entries)."""
    from empathy_journal.interchange.demo_journal import write_demo_journal
    from empathy_journal.storage.journal import Journal

    empty, big = folder / "empty.sqlite", folder / "big.sqlite"
    Journal.open(empty).close()
    count = write_demo_journal(big, months=years * 12, seed=1, today=date.today())
    return empty, big, count


def run(years: int, rounds: int, journal: Path | None = None) -> dict:
    """Build the journals (or use journal), measure; returns the summary with a label."""
    compileall.compile_dir(str(PACKAGE), quiet=1)
    folder = Path(tempfile.mkdtemp(prefix="ej-bench-"))
    if journal is None:
        empty, big, count = make_journals(years, folder)
    else:
        from empathy_journal.storage.journal import Journal

        empty = folder / "empty.sqlite"
        Journal.open(empty).close()
        big, count = journal, None
    data_dir = folder / "data"
    data_dir.mkdir()
    summary = measure({"empty": str(empty), "big": str(big)}, rounds, str(data_dir))
    size_mb = big.stat().st_size / 1e6
    summary["big"]["label"] = (f"the app, {years}-year journal"
                               f" ({count if count is not None else '?'} entries, "
                               f"{size_mb:.0f} MB)")
    summary["empty"]["label"] = "the app, empty journal"
    summary["floor"]["label"] = "bare QMainWindow (floor)"
    summary["journal"] = str(big)  # kept: run_all times the start-up floor on the same file
    return summary


def print_table(summary: dict) -> None:
    print(f"{'what':<58} {'wall s':>7} {'× floor':>8} {'RSS MiB':>8}  matplotlib, content")
    for name in ("floor", "empty", "big"):
        row = summary[name]
        print(f"{row['label']:<58} {row['seconds']:>7.3f} {row['ratio']:>8.2f} "
              f"{row['rss_mib']:>8.0f}  {'imported' if row['matplotlib'] else 'not imported'}, "
              f"{ {True: 'shown', False: 'NOT SHOWN', None: '-'}[row['content_shown']]}")


def main() -> None:
    """Measure and print the table (and write it as JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=50)
    parser.add_argument("--rounds", "--repeat", type=int, default=7)
    parser.add_argument("--journal", type=Path, help="use this journal instead of a new one")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    summary = run(args.years, args.rounds, args.journal)
    print_table(summary)
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
