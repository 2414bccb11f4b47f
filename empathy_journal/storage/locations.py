"""Where journals live: an explicit folder or file, the environment, or the platform default."""

from __future__ import annotations

import os
from pathlib import Path

from empathy_journal.storage.file_format import JOURNAL_FILE_NAME

DATA_DIR_ENV = "EMPATHY_JOURNAL_DATA_DIR"


def default_data_dir() -> Path:
    """The platform's user data folder for the app (``~/.local/share/empathy-journal`` on Linux)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("empathy-journal", appauthor=False))


def resolve_data_dir(data_dir: str | os.PathLike[str] | None) -> Path:
    """The data folder: the one given, else $EMPATHY_JOURNAL_DATA_DIR, else the platform default."""
    if data_dir:
        return Path(data_dir).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def canonical_journal_path(path: str | os.PathLike[str]) -> Path:
    """The journal's real path: ``~`` expanded, symlinks and ``..`` resolved (it may not exist
    yet), so that every name of one file leads to the same lock, backups and messages."""
    return Path(os.path.realpath(Path(path).expanduser()))


def resolve_journal_path(data_dir: str | os.PathLike[str] | None,
                         journal: str | os.PathLike[str] | None) -> Path:
    """The journal file (its real path): the one given, else ``journal.sqlite`` in the data
    folder."""
    if journal:
        return canonical_journal_path(journal)
    return canonical_journal_path(resolve_data_dir(data_dir) / JOURNAL_FILE_NAME)
