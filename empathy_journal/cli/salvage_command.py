"""``empathy-journal salvage``: copy what can still be read from a damaged journal into a new one."""

from __future__ import annotations

import argparse

from empathy_journal.cli.journal_access import passphrase_for
from empathy_journal.cli.paths import CliError, journal_path_from
from empathy_journal.domain.text import plural
from empathy_journal.domain.translation import _, ngettext


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the salvage subcommand."""
    parser = subparsers.add_parser(
        "salvage", help=_("copy every entry that can still be read into a new journal"),
        description=_("Read the journal entry by entry and write every entry that reads back intact "
                      "into a new journal file beside it (JOURNAL-salvaged-DATE.sqlite). The journal "
                      "itself is only read, never changed. For a damaged journal with no backup."))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Salvage the journal and say where the new file is and what it holds."""
    from empathy_journal.storage.salvage import salvage_journal

    path = journal_path_from(args)
    if not path.exists():
        raise CliError(_("There is no journal at {path}. Nothing was changed.").format(path=path))
    result = salvage_journal(path, passphrase_for(path))
    print(_("Salvaged {entries} into {target}.").format(
            entries=plural(result.copied, 'entry', 'entries'),
            target=result.target))
    if result.unreadable:
        print(ngettext("{count} entry could not be read intact and was left behind in {name}, "
                       "which was not changed.",
                       "{count} entries could not be read intact and were left behind in {name}, "
                       "which was not changed.", result.unreadable).format(
                           count=result.unreadable, name=path.name))
    else:
        print(_("{name} was not changed.").format(name=path.name))
    print(_("To use the salvaged journal: empathy-journal --journal {target}").format(target=result.target))
    return 0
