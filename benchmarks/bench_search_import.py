"""Benchmark: import a generated 50-year journal and search it, as ratios to raw SQLite floors.

Run: ``python benchmarks/bench_search_import.py [--years 50]``. Prints medians and the ratios
the issue asks for: import (jrnl text, JSON) vs sqlite-utils ``insert_all`` (of the source
fields, of the rows as stored, and with a full-text index; all timed in interleaved rounds),
in-process search vs the raw FTS5 query, and the wall time of ``empathy-journal search``.
Figures vary between machines; compare the ratios measured in one run.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlite_utils import Database

from empathy_journal.domain.search_query import parse_search
from empathy_journal.interchange.importer import import_file, read_source
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.search import search_entries

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "de", "va", "gu", "shi", "ton",
             "mar", "bel", "qui", "zor", "fen", "dal", "wex"]
RARE, COMMON = "zephyrine", "coffee"


def lexicon(rng: random.Random, size: int = 6000) -> list[str]:
    """Made-up words, so the text has a realistic spread of rare and frequent tokens."""
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))))
    return sorted(words)


def generate_entries(years: int, seed: int = 1) -> list[dict]:
    """About one entry a day (some days two, some none), about 1 KB of text each."""
    rng = random.Random(seed)
    words = lexicon(rng)
    weights = [1 / (rank + 1) for rank in range(len(words))]
    entries, day = [], date(2026 - years, 1, 1)
    while day < date(2026, 1, 1):
        for _ in range(rng.choices([0, 1, 2], [8, 82, 10])[0]):
            body = rng.choices(words, weights, k=115)
            if rng.random() < 0.02:
                body[rng.randrange(len(body))] = RARE
            if rng.random() < 0.2:
                body[rng.randrange(len(body))] = COMMON
            title = " ".join(rng.choices(words, weights, k=4)).capitalize() + "."
            entries.append({"date": day.isoformat(), "time": f"{rng.randint(6, 23):02d}:"
                            f"{rng.randint(0, 59):02d}", "title": title,
                            "body": " ".join(body) + ".", "tags": [], "starred": False})
        day += timedelta(days=1)
    return entries


def write_sources(entries: list[dict], folder: Path) -> tuple[Path, Path]:
    """The same journal as jrnl's plain text and as jrnl's JSON export."""
    text = folder / "journal.txt"
    text.write_text("\n".join(f"[{e['date']} {e['time']}] {e['title']}\n{e['body']}\n"
                              for e in entries), encoding="utf-8")
    data = folder / "journal.json"
    data.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    return text, data


def timed(action: Callable[[], object], rounds: int = 3) -> float:
    """Median seconds of action over rounds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fresh_import(source: Path, folder: Path, name: str) -> Path:
    path = folder / f"{name}.sqlite"
    for leftover in folder.glob(f"{name}.sqlite*"):
        leftover.unlink()
    journal = Journal.open(path)
    try:
        import_file(journal, source)
    finally:
        journal.close()
    return path


def insert_all_floor(entries: list[dict], folder: Path, *, with_fts: bool) -> None:
    """sqlite-utils insert_all of the same rows into a plain table (one transaction), and
    with ``with_fts`` also ``enable_fts`` (porter) over title and body, which fills the index."""
    path = folder / "floor.sqlite"
    path.unlink(missing_ok=True)
    db = Database(path)
    db["entries"].insert_all(
        ({"local_date": e["date"], "time": e["time"], "title": e["title"],
          "body": e["body"]} for e in entries), batch_size=1000)
    if with_fts:
        db["entries"].enable_fts(["title", "body"], tokenize="porter")
    db.close()


def stored_rows_floor(rows: list[dict], folder: Path) -> None:
    """sqlite-utils insert_all of the entries rows exactly as the import stores them (every
    column, no index, no full-text index): the floor for "the same rows", literally."""
    path = folder / "stored.sqlite"
    path.unlink(missing_ok=True)
    db = Database(path)
    db["entries"].insert_all(rows, batch_size=1000)
    db.close()


def import_rounds(entries: list[dict], sources: tuple[Path, Path], folder: Path,
                  rounds: int = 3) -> dict[str, float]:
    """Median seconds of the floors and the two imports, measured in interleaved rounds.

    Each round runs every action one after another, so on a shared machine a busy moment
    slows the floors and the imports alike instead of landing on one of them only.
    """
    text, data = sources
    fresh_import(data, folder, "json")
    rows = [dict(row) for row in Database(folder / "json.sqlite")["entries"].rows]
    actions = {
        "floor": lambda: insert_all_floor(entries, folder, with_fts=False),
        "stored": lambda: stored_rows_floor(rows, folder),
        "indexed": lambda: insert_all_floor(entries, folder, with_fts=True),
        "reading": lambda: read_source(text),
        "text": lambda: fresh_import(text, folder, "text"),
        "json": lambda: fresh_import(data, folder, "json"),
    }
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(rounds):
        for name, action in actions.items():
            times[name].append(timed(action, rounds=1))
    return {name: statistics.median(values) for name, values in times.items()}


def raw_fts(path: Path, word: str) -> Callable[[], object]:
    db = Database(path)
    return lambda: db.execute("SELECT rowid, snippet(entries_fts, -1, '[', ']', '…', 14) "
                              "FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rank "
                              "LIMIT 20", [f'"{word}"']).fetchall()


def cli_search(path: Path, word: str) -> float:
    command = [sys.executable, "-m", "empathy_journal", "--journal", str(path), "search", word,
               "--limit", "20"]
    return timed(lambda: subprocess.run(command, check=True, capture_output=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        entries = generate_entries(args.years)
        text, data = write_sources(entries, folder)
        megabytes = sum(len(e["body"]) + len(e["title"]) for e in entries) / 1e6
        print(f"journal: {len(entries)} entries, {megabytes:.1f} MB of text, {args.years} years")
        medians = import_rounds(entries, (text, data), folder)
        floor, indexed = medians["floor"], medians["indexed"]
        text_import, json_import = medians["text"], medians["json"]
        print(f"sqlite-utils insert_all floor: {floor * 1000:.0f} ms; "
              f"with enable_fts: {indexed * 1000:.0f} ms; the stored rows (all "
              f"{len(Database(folder / 'json.sqlite')['entries'].columns)} columns): "
              f"{medians['stored'] * 1000:.0f} ms")
        print(f"reading the jrnl text file (part of its import): "
              f"{medians['reading'] * 1000:.0f} ms ({medians['reading'] / floor:.1f}x)")
        for label, took in (("jrnl text", text_import), ("jrnl JSON", json_import)):
            print(f"import {label}: {took * 1000:.0f} ms  ({took / floor:.1f}x insert_all, "
                  f"{took / medians['stored']:.1f}x the stored rows, "
                  f"{took / indexed:.1f}x insert_all + enable_fts)")
        path = folder / "json.sqlite"
        journal = Journal.open(path)
        for word in (RARE, COMMON):
            hits = len(search_entries(journal.db, word, limit=100000))
            ours = timed(lambda w=word: search_entries(journal.db, w, limit=20), rounds=7)
            raw = timed(raw_fts(path, word), rounds=7)
            wall = cli_search(path, word)
            print(f"search {word!r} ({hits} hits): in process {ours * 1000:.2f} ms, raw FTS5 "
                  f"{raw * 1000:.2f} ms ({ours / raw:.1f}x); command line {wall * 1000:.0f} ms")
        typing = {prefix: timed(lambda p=prefix: search_entries(
                      journal.db, parse_search(p, as_you_type=True), limit=100), rounds=5)
                  for prefix in (COMMON[:n] for n in range(2, len(COMMON) + 1))}
        worst = max(typing, key=typing.get)
        print("typing 'coffee' in the sidebar, each keystroke: "
              + ", ".join(f"{p} {t * 1000:.1f} ms" for p, t in typing.items())
              + f" (slowest {worst!r})")
        journal.close()


if __name__ == "__main__":
    main()
