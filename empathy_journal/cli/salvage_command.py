"""``empathy-journal salvage``: copy what can still be read from a damaged journal into a new one."""

from __future__ import annotations

import argparse

from empathy_journal.cli.journal_access import passphrase_for
from empathy_journal.cli.paths import CliError, journal_path_from
from empathy_journal.domain.text import plural


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the salvage subcommand."""
    parser = subparsers.add_parser(
        "salvage", help="copy every entry that can still be read into a new journal",
        description="Read the journal entry by entry and write every entry that reads back "
        "intact into a new journal file beside it (JOURNAL-salvaged-DATE.sqlite). The "
        "journal itself is only read, never changed. For a damaged journal with no backup.")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Salvage the journal and say where the new file is and what it holds."""
    from empathy_journal.storage.salvage import salvage_journal

    path = journal_path_from(args)
    if not path.exists():
        raise CliError(f"There is no journal at {path}. Nothing was changed.")
    result = salvage_journal(path, passphrase_for(path))
    print(f"Salvaged {plural(result.copied, 'entry', 'entries')} into {result.target}.")
    if result.unreadable:
        print(f"{plural(result.unreadable, 'entry', 'entries')} could not be read intact and "
              f"{'was' if result.unreadable == 1 else 'were'} left behind in {path.name}, "
              "which was not changed.")
    else:
        print(f"{path.name} was not changed.")
    print(f"To use the salvaged journal: empathy-journal --journal {result.target}")
    return 0
