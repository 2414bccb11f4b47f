"""``empathy-journal demo FILE``: write a sample journal covering every feature."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from empathy_journal.cli.paths import CliError
from empathy_journal.domain.text import plural
from empathy_journal.domain.translation import _


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the demo subcommand."""
    parser = subparsers.add_parser(
        "demo", help=_("write a sample journal (deterministic per seed)"),
        description=_("Write a sample journal with months of realistic entries to FILE. FILE must not "
                      "exist yet; your own journal is never touched."))
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("--months", type=int, default=6, help=_("months of entries (default 6)"))
    parser.add_argument("--seed", type=int, default=7, help=_("random seed (default 7)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the demo journal and say where it is."""
    from empathy_journal.interchange.demo_journal import write_demo_journal
    from empathy_journal.storage.errors import DATA_DIR_ADVICE, JournalLocationError

    target: Path = args.file
    if target.exists():
        raise CliError(_("{target} already exists; choose a new file name (nothing was changed).").format(
                         target=target))
    if args.months < 1:
        raise CliError(_("--months must be at least 1."))
    try:
        count = write_demo_journal(target, months=args.months, seed=args.seed)
    except JournalLocationError as error:
        advice = _("Choose another FILE for the demo journal (demo does not use --data-dir).")
        raise CliError(str(error).replace(_(DATA_DIR_ADVICE), advice)) from error
    print(_("Wrote {sample_entries} to {target}").format(
            sample_entries=plural(count, 'sample entry', 'sample entries'),
            target=target), file=sys.stdout)
    return 0
