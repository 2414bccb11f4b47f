"""The argument parser: global options plus one registered module per subcommand."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from pathlib import Path
from types import ModuleType

from empathy_journal import __version__
from empathy_journal.cli import demo_command

# Subcommands are found by name: every ``empathy_journal/cli/*_command.py`` module exposes
# ``register(subparsers)``. No list to edit, so parallel work never conflicts here. They are
# shown in this order in --help; unknown names follow alphabetically.
COMMAND_ORDER = ("demo", "search", "import", "export", "report", "backup", "restore", "check",
                 "salvage", "passphrase")


def command_modules() -> list[ModuleType]:
    """Every subcommand module, in help order (imports are cheap: handlers import lazily)."""
    package = Path(demo_command.__file__).parent
    names = [info.name for info in pkgutil.iter_modules([str(package)])
             if info.name.endswith("_command")]
    rank = {f"{name}_command": n for n, name in enumerate(COMMAND_ORDER)}
    names.sort(key=lambda name: (rank.get(name, len(rank)), name))
    return [importlib.import_module(f"empathy_journal.cli.{name}") for name in names]


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
    for module in command_modules():
        module.register(subparsers)
    return parser
