"""Where the journal lives: --data-dir, --journal, the environment and the platform default."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from empathy_journal.storage.database import JOURNAL_FILE_NAME

DATA_DIR_ENV = "EMPATHY_JOURNAL_DATA_DIR"


class CliError(Exception):
    """A command-line failure with a one-line reason for stderr (exit code 1)."""


def default_data_dir() -> Path:
    """The platform's user data folder for the app (``~/.local/share/empathy-journal`` on Linux)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("empathy-journal", appauthor=False))


def data_dir_from(args: argparse.Namespace) -> Path:
    """The data folder chosen by --data-dir, then the environment, then the platform default."""
    if getattr(args, "data_dir", None):
        return Path(args.data_dir).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def journal_path_from(args: argparse.Namespace) -> Path:
    """The journal file: --journal if given, else ``journal.sqlite`` in the data folder."""
    if getattr(args, "journal", None):
        return Path(args.journal).expanduser()
    return data_dir_from(args) / JOURNAL_FILE_NAME
