"""Benchmark: opening Insights and switching months on a 50-year journal, against floors.

Run ``python benchmarks/insights_benchmark.py [--years 50] [--rounds 5] [--json FILE]``.
Every figure comes from fresh processes, in interleaved rounds (floor, app after idle, app at
once, …) so a busy moment on the shared machine slows them alike; medians are printed with
their ratios:

* the floor: a whole process showing a Qt window with one matplotlib chart (a 600-point
  line), from interpreter start to the end of the chart's first paint;
* first opening: in the composed window on the journal, from Ctrl+2 (``show_insights``) to
  the end of the first chart's paint, after the window was idle long enough to warm
  matplotlib up in the background ("after idle", the budget), and right at first paint
  ("at once", when the warm-up had no time);
* a month switch: reading the period and drawing every chart (in view or not), against bare
  matplotlib (Agg, no Qt, no reading) drawing the same points in figures of the same sizes.

The goals: first opening ≤ 1.5× the floor, a month switch ≤ 1.5× bare matplotlib.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SWITCHES = 5

FLOOR_CHILD = r"""
import json, os, sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
app = QApplication(sys.argv[:1])
figure = Figure(figsize=(8, 3), dpi=100)
canvas = FigureCanvasQTAgg(figure)
figure.add_subplot().plot(range(600), [i % 10 for i in range(600)], "o-")
window = QMainWindow()
window.setCentralWidget(canvas)
window.resize(1200, 900)

def done():
    print(json.dumps({"seconds": time.perf_counter() - t0}), flush=True)
    os._exit(0)

class Painted(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, done)
        return False

watcher = Painted()
canvas.installEventFilter(watcher)
window.show()
app.exec()
"""


def build_journal(path: Path, years: int, seed: int = 5) -> int:
    """A journal with an entry on most days for years, with emotions, practices and coping."""
    from empathy_journal.domain.entry import EmotionTag, Subject, new_entry
    from empathy_journal.storage.journal import Journal

    rng = random.Random(seed)
    journal = Journal.open(path)
    words = [e.id for e in journal.emotions()]
    journal.db.execute("INSERT INTO practices (id, label) VALUES ('listened', 'Listened')")
    journal.db.execute("INSERT INTO coping_techniques (id, label) VALUES ('box', 'Box breathing')")
    day, last, count = date.today() - timedelta(days=365 * years), date.today(), 0
    with journal.db.atomic():
        while day <= last:
            if rng.random() < 0.94:
                entry = new_entry(day, now=datetime(day.year, day.month, day.day, 20, tzinfo=UTC))
                entry.mood, entry.stress = rng.randint(2, 9), rng.randint(0, 9)
                entry.body = "An evening note about the day and the people in it. " * 8
                entry.emotions = [EmotionTag(w, rng.randint(1, 5)) for w in rng.sample(words, 2)]
                entry.emotions.append(EmotionTag(rng.choice(words), 3, Subject.OTHER))
                saved = journal.repository.save_entry(entry)
                count += 1
                if rng.random() < 0.4:
                    journal.db.execute("INSERT INTO entry_practices VALUES (?, 'listened')",
                                       [saved.id])
                if rng.random() < 0.1:
                    journal.db.execute(
                        "INSERT INTO coping_records (uuid, technique_id, stress_before, "
                        "stress_after, at_utc, local_date) VALUES (?, 'box', 7, 4, ?, ?)",
                        [f"c{count}", f"{day}T12:00:00Z", day.isoformat()])
            day += timedelta(days=1)
    journal.close()
    return count


def points_in(figure) -> int:
    """Data points a figure draws: line vertices, bars and mesh cells."""
    total = 0
    for axes in figure.axes:
        total += sum(len(line.get_xdata()) for line in axes.get_lines())
        total += len(axes.patches)
        total += sum(collection.get_array().size if collection.get_array() is not None else 0
                     for collection in axes.collections)
    return total


def draw_floor(sizes_and_points: list[tuple[float, float, int]]) -> float:
    """Seconds for bare matplotlib to draw one line of n points per figure of each size."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    started = time.perf_counter()
    for width, height, points in sizes_and_points:
        figure = Figure(figsize=(width, height), dpi=100)
        FigureCanvasAgg(figure)
        figure.add_subplot().plot(range(points), [i % 10 for i in range(points)], "o-")
        figure.canvas.draw()
    return time.perf_counter() - started


def measure_app(path: Path, after_idle: bool) -> dict:
    """In this (fresh) process: the composed window, Ctrl+2, the first chart, month switches."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from empathy_journal.session.journal_session import JournalSession
    from empathy_journal.storage.journal import Journal
    from empathy_journal.ui.window_composition import build_window

    session = JournalSession(Journal.open(path))
    window = build_window(session)
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    if after_idle:
        loop = QEventLoop()
        window.insights_warmed.connect(loop.quit)
        window.warm_up_insights()  # what the app starts after WARM_UP_DELAY_MS of idle
        loop.exec()
    loop = QEventLoop()
    painted: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and "first" not in painted:
                painted["first"] = 0.0
                QTimer.singleShot(0, finish)
            return False

    def finish() -> None:
        painted["first"] = time.perf_counter() - began
        loop.quit()

    began = time.perf_counter()
    window.show_insights()
    view = window._insights
    watcher = FirstPaint()
    view.cards["mood-stress"].canvas.installEventFilter(watcher)
    loop.exec()
    first_chart = painted["first"]
    drawn_at_first = [key for key, card in view.cards.items() if card._chart is not None]
    view.draw_all()
    app.processEvents()
    all_charts = time.perf_counter() - began

    def draw_every_chart() -> None:
        view.draw_all()
        for card in view.cards.values():
            card.canvas.draw()

    draw_every_chart()
    switches, floors = [], []
    shapes = [(c.figure.get_figwidth(), c.figure.get_figheight(), points_in(c.figure))
              for c in view.cards.values()]
    for _ in range(SWITCHES):
        begun = time.perf_counter()
        view.show_period(view.period.previous())
        draw_every_chart()
        switches.append(time.perf_counter() - begun)
        floors.append(draw_floor(shapes))
    return {"first_chart": first_chart, "all_charts": all_charts,
            "drawn_at_first_paint": drawn_at_first,
            "switch": statistics.median(switches), "switch_floor": statistics.median(floors),
            "switch_ratio": statistics.median(s / f for s, f in zip(switches, floors,
                                                                     strict=True)),
            "points": sum(p for *_, p in shapes), "entries": session.journal.repository
            .entry_count()}


def _child(args: list[str]) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, *args], env=env, check=True, capture_output=True,
                         text=True, timeout=300).stdout
    return json.loads(out.strip().splitlines()[-1])


def run(path: Path, rounds: int) -> dict:
    """Interleaved rounds of the floor and the two openings; medians and ratios."""
    floor, idle, cold = [], [], []
    for _ in range(rounds):
        floor.append(_child(["-c", FLOOR_CHILD])["seconds"])
        idle.append(_child([__file__, "--measure", str(path), "--after-idle"]))
        cold.append(_child([__file__, "--measure", str(path)]))
    floor_s = statistics.median(floor)

    def med(runs: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    return {
        "floor_qt_window_with_one_chart": floor_s,
        "first_chart_after_idle": med(idle, "first_chart"),
        "first_chart_at_once": med(cold, "first_chart"),
        "all_charts_after_idle": med(idle, "all_charts"),
        "insights_first_open_vs_floor": statistics.median(
            r["first_chart"] / f for r, f in zip(idle, floor, strict=True)),
        "insights_first_open_at_once_vs_floor": statistics.median(
            r["first_chart"] / f for r, f in zip(cold, floor, strict=True)),
        "month_switch": med(idle + cold, "switch"),
        "month_switch_floor": med(idle + cold, "switch_floor"),
        "month_switch_vs_floor": med(idle + cold, "switch_ratio"),
        "drawn_at_first_paint": idle[0]["drawn_at_first_paint"],
        "points_per_month": idle[0]["points"], "entries": idle[0]["entries"],
    }


def print_summary(result: dict) -> None:
    print(f"entries: {result['entries']}, points drawn per month: {result['points_per_month']}")
    print(f"floor, Qt window with one matplotlib chart: {result['floor_qt_window_with_one_chart']:.3f} s")
    print(f"first chart after Ctrl+2, window idle before: {result['first_chart_after_idle']:.3f} s "
          f"({result['insights_first_open_vs_floor']:.2f}x the floor; goal ≤ 1.5)")
    print(f"first chart after Ctrl+2 at once (no warm-up): {result['first_chart_at_once']:.3f} s "
          f"({result['insights_first_open_at_once_vs_floor']:.2f}x)")
    print(f"every chart drawn (after idle): {result['all_charts_after_idle']:.3f} s; drawn at "
          f"the first paint: {', '.join(result['drawn_at_first_paint'])}")
    print(f"month switch (read + draw every chart): {result['month_switch']:.3f} s; bare "
          f"matplotlib: {result['month_switch_floor']:.3f} s "
          f"({result['month_switch_vs_floor']:.2f}x; goal ≤ 1.5)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--journal", type=Path, help="use this journal instead of a new one")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--after-idle", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        result = measure_app(args.measure, args.after_idle)
        print(json.dumps(result), flush=True)
        os._exit(0)
    with tempfile.TemporaryDirectory() as folder:
        path = args.journal
        if path is None:
            path = Path(folder) / "journal.sqlite"
            begun = time.perf_counter()
            count = build_journal(path, args.years)
            print(f"built {count} entries over {args.years} years in "
                  f"{time.perf_counter() - begun:.1f} s")
        result = run(path, args.rounds)
    print_summary(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
