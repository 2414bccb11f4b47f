"""Full-text search over the journal: best matches or newest first, with filters and snippets.

The window (through ``session/reading.py``) and ``empathy-journal search`` both query through
here, so a filter means the same in both. ``db`` is a sqlite-utils Database or a plain sqlite3
connection (the command line's quick path): only ``execute`` is used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from empathy_journal.domain.entry import EntryKind
from empathy_journal.domain.search_query import (
    HIT_END,
    HIT_START,
    SearchQuery,
    marked_excerpt,
    parse_search,
)
from empathy_journal.storage.search_schema import SEARCH_TABLE, catch_up_grams
from empathy_journal.storage.stored_values import (
    readable,
    stored_day,
    stored_int,
    stored_kind,
    stored_rating,
    stored_text,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

SNIPPET_TOKENS = 14
PREVIEW_CHARS = 160


class SearchOrder(StrEnum):
    """How results are sorted."""

    BEST = "best"
    NEWEST = "newest"


@dataclass(frozen=True)
class SearchFilters:
    """Narrowing beyond the words: every filter that is set must hold."""

    first: date | None = None
    last: date | None = None
    emotion_ids: tuple[str, ...] = ()
    person_id: int | None = None
    kind: EntryKind | None = None
    mood: tuple[int, int] | None = None
    stress: tuple[int, int] | None = None
    tag: str | None = None
    starred_only: bool = False


@dataclass(frozen=True)
class SearchHit:
    """One matching entry; ``snippet`` marks hits with HIT_START/HIT_END."""

    uuid: str
    local_date: date
    title: str
    snippet: str
    kind: EntryKind
    mood: int | None
    starred: bool


@dataclass
class _Where:
    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)


def _filter_clauses(filters: SearchFilters) -> _Where:
    where = _Where()
    where.add("e.deleted_utc IS NULL")
    if filters.first:
        where.add("e.local_date >= ?", filters.first.isoformat())
    if filters.last:
        where.add("e.local_date <= ?", filters.last.isoformat())
    if filters.emotion_ids:
        marks = ", ".join("?" for _ in filters.emotion_ids)
        where.add(f"e.id IN (SELECT entry_id FROM entry_emotions WHERE emotion_id IN ({marks}))",
                  *filters.emotion_ids)
    if filters.person_id is not None:
        where.add("(e.id IN (SELECT entry_id FROM entry_people WHERE person_id = ?) OR "
                  "e.id IN (SELECT entry_id FROM conversations WHERE person_id = ?))",
                  filters.person_id, filters.person_id)
    if filters.kind:
        where.add("e.kind = ?", str(filters.kind))
    for column, bounds in (("mood", filters.mood), ("stress", filters.stress)):
        if bounds:
            where.add(f"e.{column} BETWEEN ? AND ?", *bounds)
    if filters.tag:
        where.add("e.id IN (SELECT entry_id FROM entry_tags WHERE tag = ?)",
                  filters.tag.lower().lstrip("#"))
    if filters.starred_only:
        where.add("e.starred = 1")
    return where


def _hit(row: tuple) -> SearchHit:
    uuid, local_date, title, snippet, kind, mood, starred = row
    return SearchHit(stored_text(uuid, "uuid"), stored_day(local_date),
                     stored_text(title, "title"), snippet or "", stored_kind(kind),
                     stored_rating(mood, "mood"), bool(stored_int(starred, "starred")))


def body_preview(body: str, limit: int = PREVIEW_CHARS) -> str:
    """The start of body, at most limit characters, cut between words and ended with "…"."""
    text = " ".join(body.split())
    if len(text) <= limit:
        return text
    cut = text[:limit + 1].rsplit(" ", 1)[0] if " " in text[:limit + 1] else text[:limit]
    return cut.rstrip(" ,;:.-") + "…"


def _matched_hit(row: tuple) -> SearchHit:
    """A hit whose snippet never repeats the title: a title-only match shows the body's start."""
    *front, best, in_title, in_body, kind, mood, starred = row
    snippet = in_body if best == in_title else best
    return _hit((*front, snippet, kind, mood, starred))


def search_entries(
    db: Database,
    text: str | SearchQuery,
    *,
    filters: SearchFilters | None = None,
    order: SearchOrder = SearchOrder.BEST,
    limit: int = 50,
) -> list[SearchHit]:
    """Entries matching what was typed and the filters (trash excluded), at most limit.

    With no words, the filters alone select entries, newest first, with the start of the body as
    the snippet.
    """
    query = parse_search(text) if isinstance(text, str) else text
    where = _filter_clauses(filters or SearchFilters())
    exclusion = query.exclusion_expression()
    match = query.match_expression()
    if not query.is_empty:
        catch_up_grams(db)
    if exclusion and not match:
        where.add(f"e.id NOT IN (SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?)",
                  exclusion)
    if match is None:
        return _browse(db, where, limit)
    if query.uses_grams:
        return _matching_grams(db, query, match, where, order, limit)
    return _matching(db, match, where, order, limit)


def _browse(db: Database, where: _Where, limit: int) -> list[SearchHit]:
    sql = f"""SELECT e.uuid, e.local_date, e.title, substr(e.body, 1, {PREVIEW_CHARS * 2}),
                     e.kind, e.mood, e.starred
              FROM entries e WHERE {' AND '.join(where.clauses)}
              ORDER BY e.local_date DESC, e.created_utc DESC LIMIT ?"""
    rows = db.execute(sql, [*where.params, limit])
    return readable(rows, lambda r: _hit((*r[:3], body_preview(str(r[3] or "")), *r[4:])),
                    "entries (in search results)")


def _matching(db: Database, match: str, where: _Where, order: SearchOrder,
              limit: int) -> list[SearchHit]:
    sort = "rank" if order == SearchOrder.BEST else "e.local_date DESC, e.created_utc DESC"
    snippets = ", ".join(f"snippet({SEARCH_TABLE}, {column}, '{HIT_START}', '{HIT_END}', '…', "
                         f"{SNIPPET_TOKENS})" for column in (-1, 0, 1))  # best, title, body
    rows = db.execute(
        f"""SELECT e.uuid, e.local_date, e.title, {snippets}, e.kind, e.mood, e.starred
            FROM {SEARCH_TABLE} f JOIN entries e ON e.id = f.rowid
            WHERE {SEARCH_TABLE} MATCH ? AND {' AND '.join(where.clauses)}
            ORDER BY {sort} LIMIT ?""",
        [match, *where.params, limit],
    )
    return readable(rows, _matched_hit, "entries (in search results)")


def _matching_grams(db: Database, query: SearchQuery, match: str, where: _Where,
                    order: SearchOrder, limit: int) -> list[SearchHit]:
    """Like _matching, with snippets made here: FTS5's own would show the index's pairs."""
    sort = "rank" if order == SearchOrder.BEST else "e.local_date DESC, e.created_utc DESC"
    rows = db.execute(
        f"""SELECT e.uuid, e.local_date, e.title, f.body, f.conversation, f.tags, f.people,
                   e.kind, e.mood, e.starred
            FROM {SEARCH_TABLE} f JOIN entries e ON e.id = f.rowid
            WHERE {SEARCH_TABLE} MATCH ? AND {' AND '.join(where.clauses)}
            ORDER BY {sort} LIMIT ?""",
        [match, *where.params, limit],
    )
    words = query.highlight_words()
    hits = []
    for uuid, local_date, title, body, *more, kind, mood, starred in rows:
        excerpts = [marked_excerpt(text, words) for text in (body, *more) if text]
        best = max(excerpts, key=lambda excerpt: excerpt[1], default=("", 0))
        snippet = best[0] if best[1] else body_preview(body or "")
        hits.append(_hit((uuid, local_date, title, snippet, kind, mood, starred)))
    return hits


def matching_entry_ids(db: Database, text: str | SearchQuery,
                       filters: SearchFilters | None = None) -> list[int]:
    """Ids of every matching entry, oldest first (export limited to the current search).

    A query with no words (only punctuation, or nothing) selects no entries, never all of them.
    """
    query = parse_search(text) if isinstance(text, str) else text
    if query.is_empty:
        return []
    where = _filter_clauses(filters or SearchFilters())
    match, exclusion = query.match_expression(), query.exclusion_expression()
    catch_up_grams(db)
    if match:
        where.add(f"e.id IN (SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?)",
                  match)
    elif exclusion:
        where.add(f"e.id NOT IN (SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?)",
                  exclusion)
    sql = f"SELECT e.id FROM entries e WHERE {' AND '.join(where.clauses)} ORDER BY e.local_date"
    return [r[0] for r in db.execute(sql, where.params)]


def people_choices(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every person not archived, by name, for the person filter."""
    return [(r[0], r[1]) for r in db.execute(
        "SELECT id, name FROM people WHERE archived = 0 ORDER BY name COLLATE NOCASE")]


def tag_choices(db: Database) -> list[str]:
    """Every tag in use on entries not in the trash, alphabetically, for the tag filter."""
    return [r[0] for r in db.execute(
        "SELECT DISTINCT t.tag FROM entry_tags t JOIN entries e ON e.id = t.entry_id "
        "WHERE e.deleted_utc IS NULL ORDER BY t.tag")]


def emotion_id_for(db: Database, word: str) -> str | None:
    """The id of the visible feeling called word (its id or its label, any case), or None:
    the feelings the window's filter offers."""
    row = db.execute("SELECT id FROM emotions WHERE hidden = 0 AND (lower(id) = lower(?) OR "
                     "lower(label) = lower(?)) ORDER BY lower(id) = lower(?) DESC LIMIT 1",
                     [word.strip(), word.strip(), word.strip()]).fetchone()
    return row[0] if row else None


def people_named(db: Database, name: str) -> list[int]:
    """Ids of the people (not archived, as in the window's person filter) called name, any
    case."""
    return [r[0] for r in db.execute(
        "SELECT id FROM people WHERE archived = 0 AND name = ? COLLATE NOCASE ORDER BY id",
        [" ".join(name.split())])]
