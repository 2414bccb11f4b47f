"""Run every benchmark and write one JSON object of the budgets' figures.

Run: ``.venv/bin/python benchmarks/run_all.py --years 50 --json FILE [--rounds 5]``.

Each figure is a ratio measured in the same run (interleaved rounds, medians) unless its name
says otherwise (``_ms``, ``_mib``). The keys:

| key | what | budget |
|---|---|---|
| startup_vs_bare_window | the app to its first paint vs a bare QMainWindow (bench_startup) | ≤ 2 |
| peak_rss_mib_at_start | the app's peak RSS at its first paint, MiB | ≤ 120 |
| insights_first_open_vs_floor | Ctrl+2 to the first chart vs a Qt window with one chart | ≤ 1.5 |
| month_switch_vs_floor | read + draw every chart vs bare matplotlib, same points | ≤ 1.5 |
| import_vs_insert_all | import of jrnl text vs insert_all of the source fields | ≤ 5 |
| search_in_process_vs_fts5 | search_entries vs the raw FTS5 query (common word) | ≤ 2 |
| cli_search_vs_python_floor | ``empathy-journal search`` vs ``python -c`` sqlite3 + query | ≤ 3 |
| keystroke_p95_ms | key to end of its handling in a 5,000-word entry (bench_typing) | ≤ 16 |
| sync_incremental_work_ms | a sync after one edited entry, minus its file I/O (bench_sync) | ≤ 50 |

Also recorded (no budget): ``startup_floor``, the least window any design could paint first
(``bench_startup_floor``: calendar, month list and today's text, with and without the start
check) against the same bare window, so the table shows how much of the start-up budget is
left for the app's own code; the load average before and after, the date, and every figure behind a ratio.
Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

BUDGETS = {"startup_vs_bare_window": 2.0, "peak_rss_mib_at_start": 120,
           "insights_first_open_vs_floor": 1.5, "month_switch_vs_floor": 1.5,
           "import_vs_insert_all": 5.0, "search_in_process_vs_fts5": 2.0,
           "cli_search_vs_python_floor": 3.0, "keystroke_p95_ms": 16.0,
           "sync_incremental_work_ms": 50.0}

PYTHON_FLOOR = r"""
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT rowid, snippet(entries_fts, -1, '[', ']', '…', 14) FROM entries_fts "
                  "WHERE entries_fts MATCH ? ORDER BY rank LIMIT 20", ['"' + sys.argv[2] + '"'])
for row in rows:
    print(*row)
"""


def _wall(command: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - began


def search_figures(folder: Path, years: int, rounds: int) -> dict:
    import bench_search_import as bench

    from empathy_journal.storage.journal import Journal
    from empathy_journal.storage.search import search_entries

    entries = bench.generate_entries(years)
    sources = bench.write_sources(entries, folder)
    medians = bench.import_rounds(entries, sources, folder, rounds=rounds)
    path = folder / "json.sqlite"
    journal = Journal.open(path)
    word = bench.COMMON
    ours = bench.timed(lambda: search_entries(journal.db, word, limit=20), rounds=9)
    raw = bench.timed(bench.raw_fts(path, word), rounds=9)
    journal.close()
    cli = [sys.executable, "-m", "empathy_journal", "--journal", str(path), "search", word,
           "--limit", "20"]
    floor = [sys.executable, "-c", PYTHON_FLOOR, str(path), word]
    pairs = [(_wall(cli), _wall(floor)) for _ in range(rounds)]
    return {
        "import_vs_insert_all": medians["text"] / medians["floor"],
        "import_json_vs_insert_all": medians["json"] / medians["floor"],
        "import_text_s": medians["text"], "insert_all_s": medians["floor"],
        "reading_text_s": medians["reading"],
        "search_in_process_vs_fts5": ours / raw,
        "search_in_process_ms": ours * 1000, "fts5_ms": raw * 1000,
        "cli_search_vs_python_floor": statistics.median(c / f for c, f in pairs),
        "cli_search_s": statistics.median(c for c, _ in pairs),
        "python_floor_s": statistics.median(f for _, f in pairs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", type=Path, required=True)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import bench_startup
    import insights_benchmark

    result: dict = {"date": date.today().isoformat(), "years": args.years,
                    "rounds": args.rounds, "load_before": os.getloadavg(),
                    "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        startup = bench_startup.run(args.years, args.rounds)
        result["startup_vs_bare_window"] = startup["big"]["ratio"]
        result["peak_rss_mib_at_start"] = startup["big"]["rss_mib"]
        result["startup"] = startup
        import bench_startup_floor

        floor = bench_startup_floor.run(Path(startup["journal"]), args.rounds)
        result["startup_floor"] = {mode: row["ratio"] for mode, row in floor.items()}
        insights_path = folder / "insights.sqlite"
        insights_benchmark.build_journal(insights_path, args.years)
        insights = insights_benchmark.run(insights_path, args.rounds)
        result.update({key: insights[key] for key in (
            "insights_first_open_vs_floor", "month_switch_vs_floor")})
        result["insights"] = insights
        search = search_figures(folder, args.years, args.rounds)
        result.update(search)
        typing = subprocess.run([sys.executable, str(HERE / "bench_typing.py"), "--json",
                                 str(folder / "typing.json")], check=True,
                                capture_output=True, env=dict(os.environ))
        del typing
        typed = json.loads((folder / "typing.json").read_text())
        result["keystroke_p95_ms"] = typed["p95_ms"]
        result["keystroke_p99_ms"] = typed["p99_ms"]
        result["typing"] = typed
        import bench_sync

        synced = bench_sync.run(args.years, args.rounds)
        result["sync_incremental_work_ms"] = synced["incremental_work_ms"]
        result["sync"] = synced
    result["load_after"] = os.getloadavg()
    result["holds"] = {key: result[key] <= budget for key, budget in BUDGETS.items()}
    args.json.write_text(json.dumps(result, indent=2, default=str))
    print(f"{'figure':<32} {'value':>8} {'budget':>8}  holds")
    for key, budget in BUDGETS.items():
        print(f"{key:<32} {result[key]:>8.2f} {budget:>8}  {'yes' if result['holds'][key] else 'NO'}")
    floor = result["startup_floor"]
    print(f"start-up floor (no budget): the least window {floor['least']:.2f}× the bare one, "
          f"after the start check {floor['least_checked']:.2f}×")
    print(f"load average before {result['load_before']}, after {result['load_after']}")


if __name__ == "__main__":
    main()
