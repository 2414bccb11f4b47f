"""``empathy-journal export DEST``: take entries out as JSON, Markdown or CSV."""

from __future__ import annotations

import argparse
from datetime import date

from empathy_journal.cli.paths import CliError
from empathy_journal.domain.text import plural
from empathy_journal.domain.translation import _


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a date like 2024-01-31").format(text=text)) from None


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the export subcommand."""
    parser = subparsers.add_parser(
        "export", help=_("export entries to JSON, Markdown or CSV"),
        description=_("Export entries. JSON keeps everything and can be imported again; markdown "
                      "writes one file per entry in year/month folders under DEST; markdown-single "
                      "writes one file; csv writes one row per entry."))
    parser.add_argument("dest", metavar="DEST", help=_("the file (or folder, for markdown)"))
    parser.add_argument("--format", required=True,
                        choices=["json", "markdown", "markdown-single", "csv"])
    parser.add_argument("--from", dest="first", type=_day, metavar="YYYY-MM-DD",
                        help=_("first day to include"))
    parser.add_argument("--to", dest="last", type=_day, metavar="YYYY-MM-DD",
                        help=_("last day to include"))
    parser.set_defaults(handler=run, usage_error=parser.error)


def run(args: argparse.Namespace) -> int:
    """Export the chosen range and say how many entries were written."""
    from pathlib import Path

    from empathy_journal.cli.journal_access import open_for_command
    from empathy_journal.interchange.exporter import export_journal
    from empathy_journal.interchange.journal_reader import EntrySelection

    if args.first and args.last and args.first > args.last:
        args.usage_error(_("--from {first} is after --to {last}; nothing was written.").format(
                           first=args.first,
                           last=args.last))
    dest = Path(args.dest).expanduser()
    if dest.exists():
        raise CliError(_("{dest} already exists; choose a new name (nothing was written).").format(
                         dest=dest))
    journal, _path, _passphrase = open_for_command(args)
    try:
        selection = EntrySelection(first=args.first, last=args.last,
                                   include_trashed=args.format == "json")
        count = export_journal(journal.db, dest, args.format, selection)
    finally:
        journal.close()
    print(_("Exported {entries} to {dest}").format(entries=plural(count, 'entry', 'entries'), dest=dest))
    return 0
