"""The review as a PDF: a summary page, then every chart with data, laid out on A4 pages."""

from __future__ import annotations

import io
import re
import textwrap
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from empathy_journal.domain.translation import _, long_date
from empathy_journal.insights.chart import Chart
from empathy_journal.insights.check_in_text import check_in_sentences, sources_note
from empathy_journal.insights.export import CancelCheck, ProgressCallback, ReportCancelledError
from empathy_journal.insights.review import PeriodReview
from empathy_journal.insights.review_charts import CHART_KEYS, build_chart
from empathy_journal.insights.summary_text import summary_lines
from empathy_journal.insights.theme import ChartTheme

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PAGE_W, PAGE_H = 8.27, 11.69  # A4 portrait, inches
MARGIN, GAP = 0.06, 0.02
RASTER_DPI = 200
WRAP_CHARS = 88
LINE_HEIGHT = 0.018


@cache
def _font_codepoints() -> frozenset[int]:
    from matplotlib.font_manager import FontProperties, findfont
    from matplotlib.ft2font import FT2Font

    return frozenset(FT2Font(findfont(FontProperties())).get_charmap())


def drawable(text: str) -> str:
    """text without the characters the report's font cannot draw (an emoji in a name, say),
    so the page shows no empty boxes; spaces left behind are closed up."""
    known = _font_codepoints()
    kept = "".join(c for c in text if ord(c) in known or c in "\n\t")
    return kept if kept == text else re.sub(r" +(?=[ ,.;:!?])", "", kept).strip()


@contextmanager
def _quiet_missing_glyphs() -> Iterator[None]:
    """Charts may still hold such characters: matplotlib draws a box and warns on stderr for
    each; the box stays, the warning (noise on the command line) does not."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from", category=UserWarning)
        yield


def _new_page(theme: ChartTheme) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(PAGE_W, PAGE_H), facecolor=theme.background)


def _raster(chart: Chart) -> Any:
    from matplotlib.image import imread

    buffer = io.BytesIO()
    chart.figure.savefig(buffer, format="png", dpi=RASTER_DPI,
                         facecolor=chart.figure.get_facecolor())
    buffer.seek(0)
    return imread(buffer, format="png")


def _summary_page(review: PeriodReview, theme: ChartTheme, skipped: Sequence[str],
                  written_on: date) -> tuple[Figure, float]:
    """The first page with title and summary; returns it and the free height left (0–1)."""
    page = _new_page(theme)
    page.text(MARGIN, 1 - MARGIN, _("Empathy Journal: {period}").format(
        period=review.period.label), fontsize=18,
              color=theme.foreground, va="top")
    lines = summary_lines(review.summary, review.period)
    found = review.period_check_ins
    lines += check_in_sentences(found) + ([sources_note(found)] if found else [])
    if skipped:
        lines.append(_("Not drawn yet, for lack of data: {charts}.").format(
            charts="; ".join(skipped)))
    wrapped = [part for line in lines for part in textwrap.wrap(drawable(line), WRAP_CHARS)]
    top = 1 - MARGIN - 0.045
    page.text(MARGIN, top, "\n".join(wrapped), fontsize=10, color=theme.foreground, va="top",
              linespacing=1.5)
    page.text(MARGIN, MARGIN / 2, _("Written on {day}; private to you.").format(
        day=long_date(written_on)),
              fontsize=7.5, color=theme.muted)
    return page, top - LINE_HEIGHT * (len(wrapped) + 1)


def _place(page: Figure, image: Any, top: float) -> float:
    """Put image across the page width with its top at top; returns its bottom."""
    width = 1 - 2 * MARGIN
    height = width * (image.shape[0] / image.shape[1]) * (PAGE_W / PAGE_H)
    axes = page.add_axes((MARGIN, top - height, width, height))
    axes.imshow(image, interpolation="antialiased")
    axes.set_axis_off()
    return top - height


def _fits(image: Any, top: float) -> bool:
    height = (1 - 2 * MARGIN) * (image.shape[0] / image.shape[1]) * (PAGE_W / PAGE_H)
    return top - height >= MARGIN


def pdf_pages(review: PeriodReview, theme: ChartTheme, written_on: date,
              progress: ProgressCallback | None = None,
              cancelled: CancelCheck | None = None) -> list[Figure]:
    """Build every page in memory (one step per chart, reported to progress)."""
    with _quiet_missing_glyphs():
        return _build_pages(review, theme, written_on, progress, cancelled)


def _build_pages(review: PeriodReview, theme: ChartTheme, written_on: date,
                 progress: ProgressCallback | None,
                 cancelled: CancelCheck | None) -> list[Figure]:
    charts = []
    for done, key in enumerate(CHART_KEYS, start=1):
        if cancelled is not None and cancelled():
            raise ReportCancelledError(_("The report was stopped; no file was written."))
        charts.append(build_chart(review, key, theme))
        if progress is not None:
            progress(done, len(CHART_KEYS) + 1)
    shown = [c for c in charts if not c.is_empty]
    page, top = _summary_page(review, theme, [c.title for c in charts if c.is_empty],
                              written_on)
    pages = [page]
    for chart in shown:
        image = _raster(chart)
        if not _fits(image, top):
            page, top = _new_page(theme), 1 - MARGIN
            pages.append(page)
        top = _place(page, image, top) - GAP
    return pages


def write_pdf(pages: Sequence[Figure], handle: Any, title: str) -> None:
    """Write the pages to an open binary file as one PDF document."""
    from matplotlib.backends.backend_pdf import PdfPages

    with _quiet_missing_glyphs(), PdfPages(
            handle, metadata={"Title": title, "Creator": "Empathy Journal"}) as pdf:
        for page in pages:
            pdf.savefig(page, facecolor=page.get_facecolor())
