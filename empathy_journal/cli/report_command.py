"""``empathy-journal report --month YYYY-MM --output FILE``: a month's review as PDF or Markdown."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from empathy_journal.cli.journal_access import open_for_command
from empathy_journal.cli.paths import CliError
from empathy_journal.domain.analytics.period import Period
from empathy_journal.domain.record_schema import MAX_YEAR, OLDEST_YEAR
from empathy_journal.domain.translation import _


def _month(text: str) -> Period:
    try:
        period = Period.parse_month(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    if not OLDEST_YEAR <= period.first.year <= MAX_YEAR:  # the charts step past the month's end
        raise argparse.ArgumentTypeError(_("'{text}' is outside the months a journal can hold "
                                           "({oldest_year}-01 to {max_year}-12)").format(
                                           text=text,
                                           oldest_year=OLDEST_YEAR,
                                           max_year=MAX_YEAR))
    return period


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the report subcommand."""
    parser = subparsers.add_parser(
        "report", help=_("write a month's review as a PDF or Markdown file"),
        description=_("Write the review of one month (summary, charts, the numbers behind them) to "
                      "FILE. The format follows FILE's ending: .pdf or .md. The journal is only read; "
                      "an encrypted one asks for its passphrase (or reads EMPATHY_JOURNAL_PASSPHRASE)."))
    parser.add_argument("--month", required=True, type=_month, metavar="YYYY-MM",
                        help=_("the month to review, e.g. 2024-03"))
    parser.add_argument("--output", required=True, type=Path, metavar="FILE",
                        help=_("where to write the report (FILE.pdf or FILE.md)"))
    parser.add_argument("--theme", choices=("light", "dark"), default="light",
                        help=_("chart colours for the PDF (default light)"))
    parser.set_defaults(handler=run)


def _progress_on_terminal(done: int, total: int) -> None:
    end = "\n" if done == total else ""
    print("\r" + _("Writing the report… {done}/{total}").format(done=done, total=total), end=end,
          file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    """Read the journal and write the report; say where it went."""
    from empathy_journal.insights.report import report_format, write_report
    from empathy_journal.insights.theme import DARK, LIGHT

    period: Period = args.month
    report_format(args.output)
    if args.output.exists():
        raise CliError(_("{output} already exists; choose a new name. Nothing was written.").format(
                         output=args.output))
    journal, _path, _passphrase = open_for_command(args)
    try:
        write_report(journal, period, args.output, theme=DARK if args.theme == "dark" else LIGHT,
                     progress=_progress_on_terminal if sys.stderr.isatty() else None)
    finally:
        journal.close()
    print(_("Wrote the {label} report to {output}").format(label=period.label, output=args.output))
    return 0
