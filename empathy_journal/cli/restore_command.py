"""``empathy-journal restore BACKUP_FILE``: make a backup the journal again."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from empathy_journal.cli.journal_access import (
    finish_interrupted_change,
    passphrase_for,
    refuse_if_open_in_window,
)
from empathy_journal.cli.paths import CliError, journal_path_from
from empathy_journal.domain.text import plural
from empathy_journal.domain.translation import _
from empathy_journal.storage.backup import count_entries
from empathy_journal.storage.health import describe_damage
from empathy_journal.storage.restore import DamagedBackupError, restore_backup


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the restore subcommand."""
    parser = subparsers.add_parser(
        "restore", help=_("replace the journal with a backup (the current one is kept aside)"),
        description=_("Make BACKUP_FILE the journal. The current journal is moved into the 'set-aside' "
                      "folder beside it, never deleted."))
    parser.add_argument("backup", metavar="BACKUP_FILE", type=Path)
    parser.add_argument("--anyway", action="store_true",
                        help=_("restore even when some of the backup's entries fail their checksums"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Restore the backup and say where the previous journal went."""
    path = journal_path_from(args)
    backup: Path = args.backup
    if not backup.is_file():
        raise CliError(_("There is no backup file at {backup}. Nothing was changed.").format(backup=backup))
    refuse_if_open_in_window(path)
    finish_interrupted_change(path)
    passphrase = passphrase_for(backup)
    try:
        result = restore_backup(backup, path, passphrase=passphrase, anyway=args.anyway)
    except DamagedBackupError as error:
        raise CliError(_("{error} To restore it anyway, add --anyway.").format(error=error)) from None
    count = count_entries(path, passphrase)
    held = plural(count, "entry", "entries") if count is not None else _("the entries")
    print(_("Restored {held} from {name}.").format(held=held, name=backup.name))
    if result.set_aside:
        print(_("Your previous journal was kept in {set_aside}").format(set_aside=result.set_aside))
    if result.damaged:
        print(_("empathy-journal: warning: the restored journal has {describe_damage}; "
                "'empathy-journal check' lists them.").format(
                describe_damage=describe_damage(list(result.damaged))),
              file=sys.stderr)
    return 0
