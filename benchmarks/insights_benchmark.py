"""Benchmark: opening Insights and switching months on a 50-year journal vs. bare matplotlib.

Run ``python benchmarks/insights_benchmark.py [--years 50]``. It prints times and ratios
measured in one run (the machine is shared, so only the ratios mean anything):

* first opening: importing matplotlib's Qt backend, building the view, drawing every chart;
* a month switch: reading the aggregated numbers again and redrawing every chart;
* the floor: bare matplotlib (Agg, no Qt, no data reading) drawing the same number of points
  in the same number of figures of the same sizes.

The goal is a month switch within 1.5× the floor.
"""

from __future__ import annotations

import argparse
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
ROUNDS = 5


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


def measure(path: Path) -> None:
    """Run in a fresh process: open the view, switch months, compare with the floor."""
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    qt_ready = time.perf_counter()
    from empathy_journal.storage.journal import Journal
    from empathy_journal.ui.insights_view import InsightsView

    journal = Journal.open(path, read_only=True)
    view = InsightsView(journal)
    view.resize(1200, 900)
    view.show()
    app.processEvents()

    def draw_all() -> None:
        for card in view.cards.values():
            card.canvas.draw()

    draw_all()
    first_open = time.perf_counter() - qt_ready
    switches = []
    for _ in range(ROUNDS):
        begun = time.perf_counter()
        view.show_period(view.period.previous())
        draw_all()
        switches.append(time.perf_counter() - begun)
    shapes = [(c.figure.get_figwidth(), c.figure.get_figheight(), points_in(c.figure))
              for c in view.cards.values()]
    floor = statistics.median(draw_floor(shapes) for _ in range(ROUNDS))
    switch = statistics.median(switches)
    print(f"entries: {journal.repository.entry_count()}, points drawn per month: "
          f"{sum(p for *_, p in shapes)}")
    print(f"Qt start-up (not counted): {qt_ready - started:.3f} s")
    print(f"first opening (matplotlib import + view + draw): {first_open:.3f} s")
    print(f"month switch (read + redraw), median of {ROUNDS}: {switch:.3f} s")
    print(f"bare matplotlib floor, same points and figures: {floor:.3f} s")
    print(f"ratio month switch / floor: {switch / floor:.2f} (goal ≤ 1.5)")
    view.close()
    view.deleteLater()
    app.processEvents()
    journal.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=50)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.sqlite"
        begun = time.perf_counter()
        count = build_journal(path, args.years)
        print(f"built {count} entries over {args.years} years in "
              f"{time.perf_counter() - begun:.1f} s")
        subprocess.run([sys.executable, __file__, "--measure", str(path)], check=True)


if __name__ == "__main__":
    main()
