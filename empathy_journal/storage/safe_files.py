"""Whole files only: write beside the target, flush to disk, then rename into place."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

PRIVATE_FILE = 0o600  # the journal, its sidecars, backups, rescue copies, settings
PRIVATE_FOLDER = 0o700  # the data folder, backups/, set-aside/, unsaved/


def create_private(path: Path) -> None:
    """Create path as an empty file only its owner can read (SQLite fills an empty file, and
    gives its ``-wal``/``-shm``/``-journal`` files the same mode). FileExistsError if it exists."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def private_folder(folder: Path) -> None:
    """Create folder (and missing parents) if needed; a folder created here is owner-only."""
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)


@contextmanager
def whole_file(target: Path, *, text: bool = False) -> Iterator[IO[Any]]:
    """A handle on a hidden partial file beside target that becomes target only on success.

    The partial file is readable by its owner only (like the journal), is flushed and fsynced
    before the atomic rename, and is removed whatever goes wrong, so a cancelled or failed
    write never leaves a half-written file. OSError propagates for the caller to explain.
    """
    descriptor, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                        suffix=".partial")
    partial = Path(name)
    try:
        mode = {"mode": "w", "encoding": "utf-8", "newline": ""} if text else {"mode": "wb"}
        with os.fdopen(descriptor, **mode) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
