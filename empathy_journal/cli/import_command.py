"""``empathy-journal import SOURCE``: entries from jrnl, Day One, Daylio, RedNotebook, Markdown or JSON."""

from __future__ import annotations

import argparse
import sys

from empathy_journal.cli.paths import journal_path_from
from empathy_journal.domain.text import plural
from empathy_journal.domain.translation import N_, _

FORMAT_CHOICES = ["auto", "jrnl-json", "jrnl-text", "dayone", "daylio", "json", "rednotebook",
                  "markdown-folder"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the import subcommand."""
    parser = subparsers.add_parser(
        "import", help=_("import a jrnl, Day One, Daylio or Empathy Journal export, a RedNotebook data "
                         "folder or a folder of Markdown notes"),
        description=_("Import entries in one step: if anything goes wrong, nothing is imported. "
                      "Importing the same file or folder again changes nothing. Times without a zone "
                      "(jrnl, Daylio, RedNotebook, Markdown notes) are read as UTC."))
    parser.add_argument("source", metavar="SOURCE", help=_("the file or folder to import"))
    parser.add_argument("--format", choices=FORMAT_CHOICES, default="auto",
                        help=_("the format (default: recognise it from the file, or from what the "
                               "folder holds)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Read the source, import it in one transaction and print what happened."""
    from pathlib import Path

    from empathy_journal.cli.journal_access import (
        open_for_command,
        refuse_if_damaged,
        refuse_if_open_in_window,
    )
    from empathy_journal.interchange.importer import FORMAT_LABELS, import_batch, read_source
    from empathy_journal.storage.errors import JournalBusyError, busy_try_again
    from empathy_journal.storage.journal import Journal

    source = Path(args.source).expanduser()
    batch = read_source(source, args.format)
    read = plural(len(batch.entries), "entry", "entries")
    print(_("Read {read} ({format}) from {source}.").format(
            read=read,
            format=FORMAT_LABELS[batch.format],
            source=source), file=sys.stderr)
    for note in batch.notes if batch.terminal_notes is None else batch.terminal_notes:
        print(note, file=sys.stderr)
    target = journal_path_from(args)
    try:  # a busy journal is not retried: the message says to try again
        if target.exists():
            refuse_if_open_in_window(target)
            journal = open_for_command(args)[0]
            refuse_if_damaged(journal)
        else:
            journal = Journal.open(target)
        try:
            result = import_batch(journal, batch)
        finally:
            journal.close()
    except JournalBusyError as error:
        raise busy_try_again(error, N_("imported")) from error
    print(result.message)
    return 0
