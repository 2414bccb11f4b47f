"""Benchmark: ``empathy-journal search`` on a generated 50-year journal against the Python floor.

Run: ``python benchmarks/bench_cli_search.py [--years 50] [--rounds 7]``. Prints, as medians of
interleaved rounds (so a busy moment of a shared machine slows both sides alike):

- the wall time of ``empathy-journal search coffee`` (a common word) and of a rare word;
- the floor: ``python -c "import sqlite3"`` plus the same query run in-process on a warm
  connection; the goal is the command within 3x of that floor;
- ``jrnl -contains coffee`` on the same entries when jrnl is installed (the goal: at least 15x
  faster); otherwise the ratio to jrnl 4.6's 3.4 s measured on such a journal;
- rebuilding the whole search index (what migration 0006 does) with and without CJK text.
Figures vary between machines; compare the ratios measured in one run.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from empathy_journal.storage.journal import Journal
from empathy_journal.storage.search import search_entries
from empathy_journal.storage.search_schema import rebuild_search_index

JRNL_50_YEARS_S = 3.42  # jrnl 4.6, -contains coffee, 50 years (docs/performance.md)
CJK_WORDS = ["同事", "担心", "今天", "工作", "朋友", "会议", "心配", "会社", "친구", "커피"]


def _sibling(name: str):
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def in_process(path: Path, word: str, rounds: int = 7) -> float:
    journal = Journal.open(path)
    try:
        search_entries(journal.db, word, limit=20)
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            search_entries(journal.db, word, limit=20)
            times.append(time.perf_counter() - start)
        return statistics.median(times)
    finally:
        journal.close()


def rebuild_time(path: Path) -> float:
    journal = Journal.open(path)
    try:
        start = time.perf_counter()
        with journal.db.conn:
            rebuild_search_index(journal.db)
        return time.perf_counter() - start
    finally:
        journal.close()


def with_cjk(entries: list[dict], share: float, seed: int = 2) -> list[dict]:
    rng = random.Random(seed)
    for entry in entries:
        if rng.random() < share:
            entry["body"] += " " + "".join(rng.choices(CJK_WORDS, k=40)) + "。"
    return entries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    bench = _sibling("bench_search_import")
    script = shutil.which("empathy-journal", path=str(Path(sys.executable).parent))
    cli = [script] if script else [sys.executable, "-m", "empathy_journal"]
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        entries = bench.generate_entries(args.years)
        text, data = bench.write_sources(entries, folder)
        path = bench.fresh_import(data, folder, "journal")
        print(f"journal: {len(entries)} entries, {args.years} years")
        floor_command = [sys.executable, "-c", "import sqlite3"]
        for word in (bench.COMMON, bench.RARE):
            command = [*cli, "--journal", str(path), "search", word, "--limit", "20"]
            wall(command)  # warm the page cache
            ours, floor = [], []
            for _ in range(args.rounds):
                ours.append(wall(command))
                floor.append(wall(floor_command))
            query = in_process(path, word)
            ours_s, floor_s = statistics.median(ours), statistics.median(floor) + query
            print(f"search {word!r}: command {ours_s * 1000:.0f} ms; floor (import sqlite3 "
                  f"{statistics.median(floor) * 1000:.0f} ms + query {query * 1000:.1f} ms) "
                  f"{floor_s * 1000:.0f} ms; ratio {ours_s / floor_s:.2f}x (goal <= 3x)")
            if word == bench.COMMON:
                jrnl = shutil.which("jrnl")
                if jrnl:
                    print("jrnl installed: time `jrnl -contains coffee` on", text,
                          "with a config pointing at it to compare directly")
                print(f"vs jrnl 4.6 -contains coffee on 50 years ({JRNL_50_YEARS_S} s): "
                      f"{JRNL_50_YEARS_S / ours_s:.0f}x faster (goal >= 15x)")
        latin = rebuild_time(path)
        mixed = bench.fresh_import(bench.write_sources(with_cjk(entries, 0.3), folder / "cjk")[1]
                                   if (folder / "cjk").mkdir() is None else data, folder, "cjk")
        cjk = rebuild_time(mixed)
        query = in_process(mixed, "担心")
        print(f"rebuilding the whole index (migration 0006): {latin * 1000:.0f} ms; with CJK "
              f"text in 30% of entries: {cjk * 1000:.0f} ms; '担心' there: {query * 1000:.1f} ms")


if __name__ == "__main__":
    main()
