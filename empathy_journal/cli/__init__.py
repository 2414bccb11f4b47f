"""Command line entry point: the window by default, subcommands for scripts and power users."""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from empathy_journal.cli.parser import build_parser
from empathy_journal.cli.paths import CliError
from empathy_journal.domain.translation import _
from empathy_journal.storage.errors import JournalDamagedError, JournalError, describe_sqlite_error

if TYPE_CHECKING:
    from empathy_journal.storage.start_check import StartCheck

# search's options, for telling them from "-word" exclusions: those taking a value, then flags
SEARCH_VALUE_OPTIONS = ("--limit", "--from", "--to", "--mood-min", "--mood-max", "--stress-min",
                        "--stress-max", "--emotion", "--person", "--tag", "--kind")
SEARCH_FLAGS = ("--json", "--starred", "-h", "--help")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _protect_search_exclusions(argv: list[str]) -> list[str]:
    """Let ``search -meeting`` mean "exclude meeting", not an unknown option.

    argparse reads any word starting with '-' as an option; after the ``search`` command, words
    that are not its options (and a lone query) are moved behind ``--`` in their order.
    """
    if "search" not in argv or "--" in argv:
        return argv
    at = argv.index("search")
    options, words, rest = [], [], iter(argv[at + 1:])
    for token in rest:
        if token in SEARCH_FLAGS or token.split("=", 1)[0] in SEARCH_VALUE_OPTIONS:
            options.append(token)
            if token in SEARCH_VALUE_OPTIONS:
                options.append(next(rest, ""))
        else:
            words.append(token)
    if not any(w.startswith("-") for w in words):
        return argv
    return [*argv[:at + 1], *options, "--", " ".join(words)]


def _say_warnings_plainly() -> None:
    """What the app logs as a warning (an entry that cannot be read and was skipped) goes to
    stderr as one ``empathy-journal:`` line."""
    logger = logging.getLogger("empathy_journal")
    if not logger.handlers:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter("empathy-journal: %(message)s"))
        logger.addHandler(stream)


def _begin_start_check(args: argparse.Namespace) -> StartCheck | None:
    """The window's start-up check of the journal, begun on a worker thread (or None)."""
    from empathy_journal.cli.paths import journal_path_from
    from empathy_journal.storage.start_check import StartCheck

    try:
        return StartCheck.begin(journal_path_from(args))
    except OSError:  # an unreadable folder: the start-up path says so plainly
        return None


def _data_dir_option(argv: list[str]) -> str | None:
    """--data-dir's value, read before the parser exists (its help is in the chosen language)."""
    for at, word in enumerate(argv):
        if word == "--":
            break
        if word == "--data-dir" and at + 1 < len(argv):
            return argv[at + 1]
        if word.startswith("--data-dir="):
            return word.split("=", 1)[1]
    return None


def _speak_the_chosen_language(argv: list[str]) -> None:
    """Help and messages in the language of this computer's settings.ini (or
    EMPATHY_JOURNAL_LANGUAGE, or the system's)."""
    from empathy_journal.domain.translation import use_language
    from empathy_journal.storage.locations import resolve_data_dir
    from empathy_journal.storage.settings_file import saved_language

    try:
        preference = saved_language(resolve_data_dir(_data_dir_option(argv)))
    except (OSError, ValueError):
        preference = "system"
    use_language(preference)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments and run the window or a subcommand; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    _speak_the_chosen_language(arguments)
    parser = build_parser(arguments)
    args = parser.parse_args(_protect_search_exclusions(arguments))
    handler = getattr(args, "handler", None)
    _say_warnings_plainly()
    try:
        if handler is None:
            start_check = None if args.demo else _begin_start_check(args)
            from empathy_journal.ui.feature_scan import spare_the_source_scan  # imports PySide

            spare_the_source_scan()  # before the window's modules: PySide reads none of them
            from empathy_journal.app import run_gui  # the window's modules: the check runs beside

            return run_gui(args, start_check)
        return int(handler(args) or EXIT_OK)
    except (JournalError, CliError) as error:
        print(_("empathy-journal: {error}").format(error=error), file=sys.stderr)
        return EXIT_FAILED
    except sqlite3.DatabaseError as error:  # a damaged page met while reading (search, export)
        if not isinstance(describe_sqlite_error(error), JournalDamagedError):
            raise
        from empathy_journal.cli.journal_access import DAMAGED

        print(_("empathy-journal: {damaged}").format(damaged=_(DAMAGED)), file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # e.g. `empathy-journal search x | head`: the reader left, fine
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(_("empathy-journal: interrupted; nothing half-done was kept."), file=sys.stderr)
        return EXIT_FAILED
