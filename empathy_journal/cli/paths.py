"""Command-line view of where the journal lives (--data-dir, --journal) and the CLI error type."""

from __future__ import annotations

import argparse
from pathlib import Path

from empathy_journal.storage.locations import resolve_journal_path


class CliError(Exception):
    """A command-line failure with a one-line reason for stderr (exit code 1)."""


def journal_path_from(args: argparse.Namespace) -> Path:
    """The journal file: --journal if given, else ``journal.sqlite`` in the data folder."""
    return resolve_journal_path(getattr(args, "data_dir", None), getattr(args, "journal", None))
