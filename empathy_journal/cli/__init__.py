"""Command line entry point: the window by default, subcommands for scripts and power users."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from empathy_journal.cli.parser import build_parser
from empathy_journal.cli.paths import CliError
from empathy_journal.storage.errors import JournalError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments and run the window or a subcommand; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from empathy_journal.app import run_gui

            return run_gui(args)
        return int(handler(args) or EXIT_OK)
    except (JournalError, CliError) as error:
        print(f"empathy-journal: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("empathy-journal: interrupted; nothing half-done was kept.", file=sys.stderr)
        return EXIT_FAILED
