"""Exports are written beside their destination first: a cancelled or failed one leaves nothing."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from empathy_journal.domain.translation import _
from empathy_journal.interchange.errors import ExportFailedError
from empathy_journal.storage.safe_files import whole_file


def _partial_name(dest: Path) -> Path:
    return dest.with_name(f".{dest.name}.{os.getpid()}.partial")


def _failed(dest: Path, error: OSError) -> ExportFailedError:
    reason = error.strerror or str(error)
    return ExportFailedError(_("The export to {dest} could not be written ({reason}). No file was left "
                               "behind; your journal is unchanged.").format(dest=dest, reason=reason),
                                   path=dest)


@contextmanager
def replacing_file(dest: Path) -> Iterator[TextIO]:
    """A text handle on a hidden partial file that becomes dest only when the block succeeds."""
    try:
        with whole_file(dest, text=True) as handle:
            yield handle
    except OSError as error:
        raise _failed(dest, error) from error


@contextmanager
def replacing_folder(dest: Path) -> Iterator[Path]:
    """A hidden partial folder that is renamed to dest (which must not exist) on success."""
    if dest.exists():
        raise ExportFailedError(_("{dest} already exists; choose a new folder name. Nothing was "
                                  "written.").format(dest=dest), path=dest)
    partial = _partial_name(dest)
    try:
        partial.mkdir()
        yield partial
        os.replace(partial, dest)
    except OSError as error:
        shutil.rmtree(partial, ignore_errors=True)
        raise _failed(dest, error) from error
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
