"""The exact rows an import stores: every column, tag, search-index row and setting, so a faster
import path can be checked to store the same journal as before."""

from __future__ import annotations

import gc
from datetime import UTC, datetime
from pathlib import Path

import pytest

from empathy_journal.interchange.errors import ImportCancelledError, ImportFormatError
from empathy_journal.interchange.importer import import_batch, read_source
from empathy_journal.storage.journal import Journal

FIXTURES = Path(__file__).parent / "fixtures" / "interchange"
NOW = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
STAMP = "2026-12-02T10:00:00Z"

# entries without the id and uuid columns (the uuid is random), ordered by id
ENTRIES = [
    ("reflection", "Stand-up ran long again.",
     "Then a calm afternoon with @work tasks.\nSecond line.", "", "2024-01-15T09:30:00Z",
     "UTC", "2024-01-15", STAMP, None, None, None, 0, None, 1,
     "915b777b1d2f8a468202ec3feebc424fd6b8951e230ff0a6750624e834e5280b", "jrnl",
     "e8511f0f5d9592cccb7308538ca212e7"),
    ("reflection", "Called mum.", 'We laughed, "properly", for once. 😊 @family', "",
     "2024-01-15T21:05:00Z", "UTC", "2024-01-15", STAMP, None, None, None, 1, None, 1,
     "aac93bc3e4c81bab4522b80ba172cb2f6f8a83ce57568d430c4b82dc61d8036f", "jrnl",
     "699c1a72d5eff3291082205a5e312f53"),
    ("reflection", "Über müde heute.", "Schlecht geschlafen; 眠い. #sleep @work", "",
     "2024-01-16T07:45:00Z", "UTC", "2024-01-16", STAMP, None, None, None, 0, None, 1,
     "0aa1a82e4367872b0143379587835206e20a37284450e72bf7d023eb341cd6f2", "jrnl",
     "05714a6f283571548b3581e0278893f5"),
]
TAGS = [(1, "work"), (2, "family"), (3, "sleep"), (3, "work")]
SEARCH_ROWS = [
    (1, "Stand-up ran long again.", "Then a calm afternoon with @work tasks.\nSecond line.",
     "", "", "work", "", ""),
    (2, "Called mum.", 'We laughed, "properly", for once. 😊 @family', "", "", "family", "",
     "emj1f60az"),
    (3, "Über müde heute.", "Schlecht geschlafen; 眠い. #sleep @work", "", "", "sleep work", "",
     "眠い い"),
]


def _rows(journal: Journal, sql: str) -> list[tuple]:
    return [tuple(row) for row in journal.db.execute(sql).fetchall()]


@pytest.mark.parametrize("name", ["jrnl.txt", "jrnl.json"])
def test_a_jrnl_import_stores_exactly_these_rows(name: str, memory_journal: Journal) -> None:
    result = import_batch(memory_journal, read_source(FIXTURES / name), now=NOW)
    assert (result.added, result.updated, result.unchanged) == (3, 0, 0)
    entries = _rows(memory_journal, "SELECT * FROM entries ORDER BY id")
    assert [row[0] for row in entries] == [1, 2, 3]
    assert [row[2:] for row in entries] == ENTRIES
    assert all(len(row[1]) == 36 and row[1][14] == "4" for row in entries)  # uuid4 text
    assert _rows(memory_journal, "SELECT * FROM entry_tags ORDER BY entry_id, tag") == TAGS
    assert _rows(memory_journal, "SELECT * FROM entry_emotions") == []
    assert _rows(memory_journal, "SELECT rowid, * FROM entries_fts ORDER BY rowid") == SEARCH_ROWS
    assert _rows(memory_journal, "SELECT * FROM search_grams_pending") == []
    assert [key for (key,) in memory_journal.db.execute("SELECT key FROM settings")] == [
        "builtin_emotions_hash"]  # the search triggers are on again


def test_importing_into_a_journal_with_entries_adds_the_same_rows(
        memory_journal: Journal) -> None:
    """The path for a journal that is not empty (re-indexing only the written entries)."""
    first = read_source(FIXTURES / "jrnl.txt")
    kept = first.entries[0]
    first.entries = [kept]
    import_batch(memory_journal, first, now=NOW)
    result = import_batch(memory_journal, read_source(FIXTURES / "jrnl.txt"), now=NOW)
    assert (result.added, result.updated, result.unchanged) == (2, 0, 1)
    assert [row[2:] for row in _rows(memory_journal, "SELECT * FROM entries ORDER BY id")] == (
        ENTRIES)
    assert _rows(memory_journal, "SELECT * FROM entry_tags ORDER BY entry_id, tag") == TAGS
    assert _rows(memory_journal, "SELECT rowid, * FROM entries_fts ORDER BY rowid") == SEARCH_ROWS


def _state(journal: Journal) -> tuple:
    return (journal.db.execute("PRAGMA cache_size").fetchone()[0], gc.isenabled(),
            _rows(journal, "SELECT count(*) FROM entries")[0][0],
            _rows(journal, "SELECT count(*) FROM entries_fts")[0][0],
            _rows(journal, "SELECT key FROM settings ORDER BY key"))


def _stop(done: int, total: int) -> None:
    if done == total:  # after every row was written, before the search index is built
        raise RuntimeError("stopped by the test")


@pytest.mark.parametrize(("options", "error"), [
    ({"cancel": lambda: True}, ImportCancelledError),
    ({"progress": _stop}, RuntimeError),
])
def test_a_stopped_import_leaves_the_journal_and_the_process_as_they_were(
        options: dict, error: type, memory_journal: Journal) -> None:
    before = _state(memory_journal)
    assert before[1:4] == (True, 0, 0)
    with pytest.raises(error):
        import_batch(memory_journal, read_source(FIXTURES / "jrnl.txt"), **options)
    assert _state(memory_journal) == before  # cache size, collector, no rows, triggers on
    result = import_batch(memory_journal, read_source(FIXTURES / "jrnl.txt"), now=NOW)
    assert result.added == 3
    assert _state(memory_journal)[:4] == (before[0], True, 3, 3)


def test_a_refused_file_leaves_the_collector_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("[2024-01-15 09:30] Fine.\n[2024-13-45 09:30] Not a date.\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="line 2"):
        read_source(bad)
    assert gc.isenabled()
