"""Benchmark: two ways to search CJK text, on a 50-year journal with CJK in 30% of entries.

Run: ``python benchmarks/bench_cjk_method.py``. A trigram FTS5 table over the bodies, against
the porter table with a grams column (what migration 0006 builds): build time, index size,
and a two-character word (担心) found by each. Figures vary between machines and runs.
"""

from __future__ import annotations

import importlib.util
import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from empathy_journal.domain.search_query import index_grams

WORDS = ["同事", "担心", "今天", "工作", "朋友", "会议", "心配", "会社", "친구", "커피"]


def _generator():
    path = Path(__file__).with_name("bench_search_import.py")
    spec = importlib.util.spec_from_file_location("bench_search_import", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def timed(action: Callable[[], object], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    rng = random.Random(2)
    entries = _generator().generate_entries(50)
    for entry in entries:
        if rng.random() < 0.3:
            entry["body"] += " " + "".join(rng.choices(WORDS, k=40)) + "。"
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    db.executemany("INSERT INTO t (body) VALUES (?)", [(e["body"],) for e in entries])
    bodies = db.execute("SELECT id, body FROM t").fetchall()

    start = time.perf_counter()
    db.execute("CREATE VIRTUAL TABLE tri USING fts5(body, tokenize='trigram')")
    db.execute("INSERT INTO tri (rowid, body) SELECT id, body FROM t")
    tri_build = time.perf_counter() - start
    start = time.perf_counter()
    db.execute("CREATE VIRTUAL TABLE pairs USING fts5(body, grams, "
               "tokenize='porter unicode61 remove_diacritics 2')")
    db.executemany("INSERT INTO pairs (rowid, body, grams) VALUES (?, ?, ?)",
                   [(i, body, index_grams(body)) for i, body in bodies])
    pairs_build = time.perf_counter() - start

    def size(name: str) -> float:
        return db.execute(f"SELECT sum(length(block)) FROM {name}_data").fetchone()[0] / 1e6

    def count(sql: str) -> int:
        return db.execute(sql).fetchone()[0]

    pairs = timed(lambda: db.execute("SELECT rowid FROM pairs WHERE pairs MATCH '\"担心\"' "
                                     "ORDER BY rank LIMIT 20").fetchall())
    scan = timed(lambda: db.execute("SELECT count(*) FROM tri WHERE instr(body, '担心') > 0")
                 .fetchall())
    like_rows = count("SELECT count(*) FROM tri WHERE body LIKE '%担心%'")
    pair_rows = count("SELECT count(*) FROM pairs WHERE pairs MATCH '\"担心\"'")
    print(f"{len(entries)} entries, 30% with CJK text; SQLite {sqlite3.sqlite_version}")
    print(f"trigram: build {tri_build:.2f} s, index {size('tri'):.1f} MB; '担心' by LIKE: "
          f"{like_rows} rows (two characters are below a trigram); by a full scan: "
          f"{scan * 1000:.0f} ms, unranked")
    print(f"pairs (porter table + grams column): build {pairs_build:.2f} s, index "
          f"{size('pairs'):.1f} MB; '担心' ranked, best 20: {pairs * 1000:.1f} ms, "
          f"{pair_rows} rows")

if __name__ == "__main__":
    main()
