"""Writing charts and reports to files: whole files only, with plain messages when it fails."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from empathy_journal.domain.translation import _
from empathy_journal.insights.chart import Chart
from empathy_journal.storage import safe_files
from empathy_journal.storage.errors import JournalError

CHART_FORMATS = ("png", "svg", "pdf")
EXPORT_DPI = 150


class ReportError(JournalError):
    """A chart or report could not be written; the journal itself is untouched."""


class ReportCancelledError(ReportError):
    """The person stopped a report before it was finished; no partial file was left."""


@contextlib.contextmanager
def whole_file(target: Path) -> Iterator[IO[bytes]]:
    """Write to a temporary file beside target and move it into place only when complete.

    The file is readable by its owner only, like the journal it comes from.
    """
    try:
        with safe_files.whole_file(target) as handle:
            yield handle
    except OSError as error:
        raise _write_error(target, error) from error


def _write_error(target: Path, error: OSError) -> ReportError:
    reason = error.strerror or str(error)
    return ReportError(_("Could not write {path}: {reason}. Your journal was not changed.").format(
        path=target, reason=reason),
                       path=target)


def chart_format(path: Path) -> str:
    """The image format for path from its extension (png, svg or pdf)."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in CHART_FORMATS:
        raise ReportError(_("Charts can be saved as {formats}; '{name}' has none of those "
                            "endings. Nothing was written.").format(
                                formats=", ".join(CHART_FORMATS), name=path.name),
                          path=path)
    return suffix


def save_chart(chart: Chart, path: Path, dpi: int = EXPORT_DPI) -> Path:
    """Save chart as PNG, SVG or PDF (by path's extension) in its theme's background."""
    kind = chart_format(path)
    with whole_file(path) as handle:
        chart.figure.savefig(handle, format=kind, dpi=dpi,
                             facecolor=chart.figure.get_facecolor())
    return path


ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
