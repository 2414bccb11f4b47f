"""Write a period's report (PDF or Markdown, by the file's ending) from the journal in one call."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from empathy_journal.domain.analytics.period import Period
from empathy_journal.domain.translation import _
from empathy_journal.insights.export import (
    CancelCheck,
    ProgressCallback,
    ReportCancelledError,
    ReportError,
    whole_file,
)
from empathy_journal.insights.markdown_report import markdown_report
from empathy_journal.insights.review import load_review
from empathy_journal.insights.review_charts import CHART_KEYS
from empathy_journal.insights.theme import LIGHT, ChartTheme
from empathy_journal.storage.journal import Journal

REPORT_FORMATS = {".pdf": "pdf", ".md": "markdown", ".markdown": "markdown"}


def report_format(path: Path) -> str:
    """``pdf`` or ``markdown`` from path's ending; a plain ReportError for anything else."""
    kind = REPORT_FORMATS.get(path.suffix.lower())
    if kind is None:
        raise ReportError(_("A report is written as .pdf or .md; '{name}' has neither "
                            "ending. Nothing was written.").format(name=path.name), path=path)
    return kind


def write_report(journal: Journal, period: Period, path: Path, *,
                 theme: ChartTheme = LIGHT, written_on: date | None = None,
                 progress: ProgressCallback | None = None,
                 cancelled: CancelCheck | None = None) -> Path:
    """Write the report for period to path; a cancelled or failed report leaves no file."""
    kind = report_format(path)
    written_on = written_on or date.today()
    review = load_review(journal, period)
    if kind == "markdown":
        text = markdown_report(review, written_on)
        with whole_file(path) as handle:
            handle.write(text.encode("utf-8"))
        _report(progress, 1, 1)
        return path
    from empathy_journal.insights.pdf_report import pdf_pages, write_pdf

    pages = pdf_pages(review, theme, written_on, progress, cancelled)
    if cancelled is not None and cancelled():
        raise ReportCancelledError(_("The report was stopped; no file was written."))
    with whole_file(path) as handle:
        write_pdf(pages, handle, _("Empathy Journal: {period}").format(period=period.label))
    _report(progress, len(CHART_KEYS) + 1, len(CHART_KEYS) + 1)
    return path


def _report(progress: ProgressCallback | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
