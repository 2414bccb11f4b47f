"""Reading a source file safely: at most MAX_SOURCE_BYTES, strict UTF-8/UTF-16, JSON that fits."""

from __future__ import annotations

import codecs
import json
import zipfile
import zlib
from pathlib import Path
from typing import Any

from empathy_journal.domain.translation import _
from empathy_journal.interchange.errors import ImportFormatError, json_damage

MAX_SOURCE_BYTES = 256 * 1024 * 1024  # far above any real export; a ZIP member is capped too
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))


def _too_big(path: Path, where: str) -> ImportFormatError:
    limit = MAX_SOURCE_BYTES // (1024 * 1024)
    return ImportFormatError(path, where, _("it is (or unpacks to) more than {limit} MiB, more than "
                                            "any journal export, so it was not read").format(limit=limit))


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refused when it is larger than MAX_SOURCE_BYTES."""
    with path.open("rb") as handle:
        data = handle.read(MAX_SOURCE_BYTES + 1)
    if len(data) > MAX_SOURCE_BYTES:
        raise _too_big(path, "")
    return data


def read_member(path: Path, archive: zipfile.ZipFile, name: str) -> bytes:
    """One ZIP member, inflated to at most MAX_SOURCE_BYTES; damage and encryption refused."""
    try:
        with archive.open(name) as member:
            data = member.read(MAX_SOURCE_BYTES + 1)
    except NotImplementedError as error:
        raise ImportFormatError(path, name, _(
            "it is packed in a way this app cannot unpack ({error})").format(
                                              error=error)) from error
    except RuntimeError as error:  # "encrypted, password required" (NotImplementedError is one too)
        reason = (_("it is encrypted") if "encrypted" in str(error)
                  else _("it cannot be read ({error})").format(error=error))
        raise ImportFormatError(path, name, reason) from error
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as error:
        raise ImportFormatError(path, name, _("the ZIP member is damaged ({error})").format(
            error=error)) from error
    if len(data) > MAX_SOURCE_BYTES:
        raise _too_big(path, name)
    return data


def _position(data: bytes, offset: int) -> str:
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return _("line {line}, column {column}").format(line=line, column=column)


def decode(path: Path, data: bytes, where: str = "") -> str:
    """data as text: UTF-8, or UTF-16/32 when it starts with their byte-order mark."""
    encoding, skip = "utf-8", 0
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding, skip = name, len(bom)
            break
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError as error:
        shown = "UTF-8" if encoding == "utf-8" else encoding.upper()[:6]
        place = _position(data, skip + error.start) if encoding == "utf-8" else (
            f"byte {skip + error.start + 1}")
        raise ImportFormatError(path, where, _("the file is not valid {shown} text (an invalid byte at "
                                               "{place})").format(shown=shown, place=place)) from error


def read_text(path: Path) -> str:
    """The whole file as text (see read_bytes and decode)."""
    return decode(path, read_bytes(path))


def head_text(path: Path, size: int = 4096) -> str:
    """The start of the file as text, undecodable bytes replaced (for recognising formats)."""
    with path.open("rb") as handle:
        data = handle.read(size)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace")
    return data.decode("utf-8", errors="replace")


def load_json(path: Path, text: str, where: str = "") -> Any:
    """text parsed as JSON; damage, too deep nesting and too long numbers refused in one line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFormatError(path, where, json_damage(error)) from error
    except RecursionError as error:
        raise ImportFormatError(path, where, _(
            "the JSON is nested too deeply to be a journal export")) from error
    except ValueError as error:  # an integer with thousands of digits
        raise ImportFormatError(path, where, _("the JSON holds a number too long to read ({lower})").format(
                                               lower=str(error).split(':')[0].lower())) from error
