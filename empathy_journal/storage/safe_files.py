"""Whole files only: write beside the target, flush to disk, then rename into place."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


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
