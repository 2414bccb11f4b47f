"""The argument parser: global options plus one registered module per subcommand."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from empathy_journal import __version__
from empathy_journal.domain.translation import N_, _, ngettext

# argparse's own words (usage:, options, its error lines), translated through our catalog: it
# looks up its module's _ and ngettext at each call.
ARGPARSE_WORDS = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("show program's version number and exit"), N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"), N_("the following arguments are required: %s"),
    N_("expected one argument"), N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"), N_("%(prog)s: error: %(message)s\n"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("one of the arguments %s is required"), N_("not allowed with argument %s"),
)

# Subcommands are found by name: every ``empathy_journal/cli/*_command.py`` module exposes
# ``register(subparsers)``. No list to edit, so parallel work never conflicts here. They are
# shown in this order in --help; unknown names follow alphabetically.
COMMAND_ORDER = ("demo", "search", "import", "export", "report", "backup", "restore", "check",
                 "salvage", "passphrase")
GLOBAL_OPTIONS_WITH_VALUES = ("--data-dir", "--journal")
SUFFIX = "_command.py"


def _module_files() -> list[str]:
    """The file names of this package's modules: from the folder, or (in a frozen bundle,
    where they live in an archive) as pkgutil sees them."""
    if getattr(sys, "frozen", False):  # PyInstaller: the modules are in the bundle's archive
        import pkgutil

        import empathy_journal.cli as package

        return [f"{info.name}.py" for info in pkgutil.iter_modules(package.__path__)]
    return os.listdir(os.path.dirname(__file__))


def command_names() -> list[str]:
    """Every subcommand's name, in help order, from the file names (nothing imported)."""
    names = [name.removesuffix(SUFFIX) for name in _module_files() if name.endswith(SUFFIX)]
    rank = {name: n for n, name in enumerate(COMMAND_ORDER)}
    return sorted(names, key=lambda name: (rank.get(name, len(rank)), name))


def command_modules(only: str | None = None) -> list[ModuleType]:
    """Every subcommand module in help order, or just the one named ``only``."""
    names = [only] if only else command_names()
    return [importlib.import_module(f"empathy_journal.cli.{name}_command") for name in names]


def chosen_command(argv: Sequence[str]) -> str | None:
    """The subcommand named in argv (after the global options), or None."""
    words = iter(argv)
    for word in words:
        if word == "--":
            return None
        if word in GLOBAL_OPTIONS_WITH_VALUES:
            next(words, None)
        elif not word.startswith("-"):
            return word if word in command_names() else None
    return None


def opens_the_window(argv: Sequence[str]) -> bool:
    """True when argv holds only global options (no command word, no help): the window."""
    words = iter(argv)
    for word in words:
        if word in GLOBAL_OPTIONS_WITH_VALUES:
            next(words, None)
        elif not word.startswith("-") or word in ("-h", "--help") or word == "--":
            return False
    return True


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``empathy-journal``; given argv naming a subcommand, only that
    subcommand's module is imported and registered (a command starts faster), and none when
    argv opens the window."""
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
    parser = argparse.ArgumentParser(
        prog="empathy-journal",
        description=_("A private journal for understanding your emotions and other people's. With no "
                      "command, opens the window on your journal."),
        epilog=_("Everything stays on this computer; nothing is sent anywhere."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=_("show program's version number and exit"))
    parser.add_argument("--data-dir", metavar="DIR",
                        help=_("folder for the journal, backups and lock (env "
                               "EMPATHY_JOURNAL_DATA_DIR; default: your user data folder)"))
    parser.add_argument("--journal", metavar="FILE",
                        help=_("open this journal file instead of the one in the data folder"))
    parser.add_argument("--demo", action="store_true",
                        help=_("open the window on a separate sample journal (never yours)"))
    subparsers = parser.add_subparsers(title=_("commands"), metavar=_("COMMAND"))
    if argv is not None and opens_the_window(argv):
        return parser  # no command to parse: importing them all would slow the window's start
    for module in command_modules(chosen_command(argv) if argv is not None else None):
        module.register(subparsers)
    return parser
