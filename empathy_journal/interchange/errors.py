"""Import and export failures, each with a plain message that says nothing was lost."""

from __future__ import annotations

import json
from pathlib import Path

from empathy_journal.domain.translation import _
from empathy_journal.storage.errors import JournalError


def one_line(text: str) -> str:
    """text with its control characters written as escapes (a reason quoting the file, such as
    Python's "unconverted data remains: \\n", must not break the message over lines)."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


class ImportFormatError(JournalError):
    """The file cannot be read as the chosen format; names the file, the place and the reason."""

    def __init__(self, path: Path, where: str, reason: str) -> None:
        place = f", {where}" if where else ""
        super().__init__(
            _("{file}{place}: {reason}. Nothing was imported; your journal is unchanged.").format(
                file=one_line(path.name), place=place, reason=one_line(reason)), path=path)
        self.where = where
        self.reason = reason


class ImportSourceError(JournalError):
    """The chosen source is a folder or does not exist; nothing was read."""


def json_damage(error: json.JSONDecodeError) -> str:
    """Why a JSON file could not be read, with the line and column in plain words."""
    what = error.msg[:1].lower() + error.msg[1:]
    joiner = " " if what.endswith(" at") else " at "
    return _("the JSON is cut off or damaged ({what}{joiner}line {line}, column {column})").format(
        what=what, joiner=joiner, line=error.lineno, column=error.colno)


class ImportCancelledError(JournalError):
    """The person cancelled an import; its transaction was rolled back."""

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(_("The import was cancelled. Nothing was imported; your journal is "
                           "exactly as it was."), path=path)


class ExportFailedError(JournalError):
    """An export could not be written; no partial file was left behind."""


class ExportCancelledError(JournalError):
    """The person cancelled an export; the partial output was removed."""

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(_("The export was cancelled; no file was written."), path=path)
