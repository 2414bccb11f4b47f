"""The argument parser: global options plus one registered module per subcommand."""

from __future__ import annotations

import argparse

from empathy_journal import __version__
from empathy_journal.cli import (
    backup_command,
    check_command,
    demo_command,
    passphrase_command,
    restore_command,
)

# Each module exposes register(subparsers); add new subcommands here.
SUBCOMMAND_MODULES = [
    demo_command,
    backup_command,
    restore_command,
    check_command,
    passphrase_command,
]


def build_parser() -> argparse.ArgumentParser:
    """The full parser for ``empathy-journal``."""
    parser = argparse.ArgumentParser(
        prog="empathy-journal",
        description="A private journal for understanding your emotions and other people's. "
        "With no command, opens the window on your journal.",
        epilog="Everything stays on this computer; nothing is sent anywhere.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder for the journal, backups and lock "
                        "(env EMPATHY_JOURNAL_DATA_DIR; default: your user data folder)")
    parser.add_argument("--journal", metavar="FILE",
                        help="open this journal file instead of the one in the data folder")
    parser.add_argument("--demo", action="store_true",
                        help="open the window on a separate sample journal (never yours)")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in SUBCOMMAND_MODULES:
        module.register(subparsers)
    return parser
