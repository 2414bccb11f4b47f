"""What views read across the whole journal through the session: search, the review of a
period, reports and exports (reads only; the session refuses them while locked)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from empathy_journal.domain.analytics.period import Period
    from empathy_journal.domain.search_query import SearchQuery
    from empathy_journal.insights.review import PeriodReview
    from empathy_journal.interchange.journal_reader import EntrySelection
    from empathy_journal.session.journal_session import JournalSession
    from empathy_journal.storage.search import SearchFilters, SearchHit, SearchOrder


class Reading:
    """Search, reviews, reports and exports of one session."""

    def __init__(self, session: JournalSession) -> None:
        self._session = session

    @property
    def _db(self) -> Any:
        return self._session.journal.db

    def search(self, text: str | SearchQuery, *, filters: SearchFilters | None = None,
               order: SearchOrder | None = None, limit: int = 50) -> list[SearchHit]:
        """Entries matching the words and filters, best first (or newest first)."""
        from empathy_journal.storage import search

        return search.search_entries(self._db, text, filters=filters,
                                     order=order or search.SearchOrder.BEST, limit=limit)

    def matching_entry_ids(self, text: str | SearchQuery,
                           filters: SearchFilters | None = None) -> list[int]:
        """Ids of every matching entry, oldest first."""
        from empathy_journal.storage import search

        return search.matching_entry_ids(self._db, text, filters)

    def people_choices(self) -> list[tuple[int, str]]:
        """(id, name) of every person not archived, for the person filter."""
        from empathy_journal.storage import search

        return search.people_choices(self._db)

    def tag_choices(self) -> list[str]:
        """Every tag in use, for the tag filter."""
        from empathy_journal.storage import search

        return search.tag_choices(self._db)

    def review(self, period: Period) -> PeriodReview:
        """The numbers of a period for Insights and reports."""
        from empathy_journal.insights.review import load_review

        return load_review(self._session.journal, period)

    def write_report(self, period: Period, path: Path, **options: Any) -> Path:
        """Write the period's report (PDF or Markdown) to path."""
        from empathy_journal.insights.report import write_report

        return write_report(self._session.journal, period, path, **options)

    def export(self, dest: Path, fmt: str, selection: EntrySelection | None = None,
               **options: Any) -> int:
        """Export the selected entries to dest; returns how many were written."""
        from empathy_journal.interchange.exporter import export_journal

        return export_journal(self._db, dest, fmt, selection, **options)

    def today(self) -> date:
        """The session's today."""
        return self._session.today()
