"""``empathy-journal backup [--to DIR]``: write a verified backup now."""

from __future__ import annotations

import argparse
from pathlib import Path

from empathy_journal.cli.journal_access import open_for_command, refuse_if_damaged
from empathy_journal.cli.paths import CliError
from empathy_journal.domain.text import plural
from empathy_journal.domain.translation import _
from empathy_journal.storage.backup import (
    MANUAL_LABEL,
    BackupError,
    count_entries,
    make_backup,
    plain_os_error,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the backup subcommand."""
    parser = subparsers.add_parser(
        "backup", help=_("write a verified backup of the journal"),
        description=_("Copy the journal into a new, verified backup file (the journal's backups folder "
                      "by default). An earlier backup is never replaced, not even by a backup made in "
                      "the same second, and a failed backup leaves no file."))
    parser.add_argument("--to", metavar="DIR", type=Path,
                        help=_("write the backup into DIR instead of the backups folder"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the backup and say where it is and how many entries it holds."""
    journal, path, passphrase = open_for_command(args)
    refuse_if_damaged(journal)
    try:
        written = make_backup(journal.db, path, label=MANUAL_LABEL, folder=args.to)
    except (BackupError, OSError) as error:
        reason = plain_os_error(error) if isinstance(error, OSError) else str(error)
        raise CliError(_("The backup could not be written ({reason}). Your journal and earlier backups "
                         "are unchanged.").format(reason=reason)) from None
    finally:
        journal.close()
    count = count_entries(written, passphrase)
    held = plural(count, "entry", "entries") if count is not None else _("the entries")
    print(_("Backed up {held} to {written}").format(held=held, written=written))
    return 0
