"""The queries of the first paint stay on their index however large the journal grows."""

from __future__ import annotations

from datetime import date

from empathy_journal.storage.journal import Journal


def _plans_of(journal: Journal, read) -> list[str]:
    """EXPLAIN QUERY PLAN of every SELECT that read runs (its parameters bound as run)."""
    statements: list[str] = []
    conn = journal.db.conn
    conn.set_trace_callback(statements.append)
    try:
        read()
    finally:
        conn.set_trace_callback(None)
    plans = []
    for sql in statements:
        if sql.lstrip().upper().startswith("SELECT"):
            plans += [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
    return plans


def test_the_month_list_and_the_calendar_read_one_index_range(memory_journal: Journal) -> None:
    repository = memory_journal.repository
    first, last = date(2026, 11, 1), date(2026, 11, 30)
    for plans in (_plans_of(memory_journal, lambda: repository.entries_between(first, last)),
                  _plans_of(memory_journal, lambda: repository.daily_ratings(first, last))):
        entries = [p for p in plans if " e " in f" {p} " or "entries" in p.split(" USING")[0]]
        assert entries, plans
        assert any("entries_by_date" in p and "local_date>? AND local_date<?" in p
                   for p in entries), plans
        assert not any(p.startswith("SCAN e") or p == "SCAN entries" for p in plans), plans
