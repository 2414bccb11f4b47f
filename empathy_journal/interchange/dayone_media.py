"""Day One media: the photos, videos, audio and PDFs of its ZIP export, found by their md5.

An entry names its files in ``photos``, ``videos``, ``audios`` and ``pdfAttachments`` by md5
and type; the ZIP keeps them as ``photos/<md5>.<ext>`` (``videos/``, ``audios/``, ``pdfs/``).
Only members of exactly that shape are ever looked up, so no name in the file can point
anywhere else; nothing is written to disk, and sizes are checked before anything is read.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from empathy_journal.domain.attachments import MAX_FILE_BYTES, size_text
from empathy_journal.domain.text import plural
from empathy_journal.domain.translation import _, ngettext
from empathy_journal.interchange.batch import BatchFile
from empathy_journal.interchange.errors import ImportFormatError
from empathy_journal.interchange.source_file import read_member

# Entry key → (folder in the ZIP, what one is called).
KINDS = {"photos": ("photos", "photo"), "videos": ("videos", "video"),
         "audios": ("audios", "audio recording"), "pdfAttachments": ("pdfs", "PDF")}
_MEMBER = re.compile(r"(photos|videos|audios|pdfs)/([0-9a-fA-F]{32})\.([A-Za-z0-9]{1,8})")
_MD5 = re.compile(r"[0-9a-fA-F]{32}")
_TYPE = re.compile(r"[A-Za-z0-9]{1,8}")


@dataclass(frozen=True)
class MediaMember:
    """One media file of the ZIP: its member name and the size its directory declares."""

    name: str
    extension: str
    declared_size: int


@dataclass
class MediaReport:
    """What was found for the entries of an export, for the preview's notes."""

    found: int = 0
    missing: int = 0
    too_big: int = 0
    not_in_zip: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)

    def notes(self) -> list[str]:
        """Plain lines about the media: what is attached, what is not and why."""
        lines = []
        if self.found:
            parts = ", ".join(_kind_count(word, count) for word, count in self.by_kind.items())
            lines.append(_("{files} will be attached to their entries.").format(files=parts))
        if self.missing:
            lines.append(ngettext(
                "{count} media file named by entries is not in the ZIP and cannot be attached.",
                "{count} media files named by entries are not in the ZIP and cannot be attached.",
                self.missing).format(count=self.missing))
        if self.too_big:
            lines.append(ngettext(
                "{count} media file over {most} is not attached (the most one attachment can be).",
                "{count} media files over {most} are not attached (the most one attachment can "
                "be).", self.too_big).format(count=self.too_big, most=size_text(MAX_FILE_BYTES)))
        if self.not_in_zip:
            lines.append(ngettext(
                "{count} photo or other media file is not imported: media are in Day One's ZIP "
                "export, not in this JSON file (import the ZIP to keep them).",
                "{count} photos or other media files are not imported: media are in Day One's ZIP "
                "export, not in this JSON file (import the ZIP to keep them).",
                self.not_in_zip).format(count=self.not_in_zip))
        return lines


def _kind_count(word: str, count: int) -> str:
    """"2 photos", "1 PDF": how many of one kind of media, in the language in use."""
    if word == "photo":
        return plural(count, "photo")
    if word == "video":
        return plural(count, "video")
    if word == "audio recording":
        return plural(count, "audio recording")
    return plural(count, "PDF")


def media_index(infos: list[zipfile.ZipInfo]) -> dict[tuple[str, str], MediaMember]:
    """The ZIP's media members by (folder, md5 in lower case); other names are ignored."""
    index: dict[tuple[str, str], MediaMember] = {}
    for info in infos:
        found = _MEMBER.fullmatch(info.filename)
        if found is None or info.is_dir():
            continue
        folder, md5, extension = found.groups()
        index.setdefault((folder, md5.lower()),
                         MediaMember(info.filename, extension.lower(), max(info.file_size, 0)))
    return index


def _items(record: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = record.get(key)
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def _reader(path: Path, member: str, limit: int):
    def read() -> bytes:
        try:
            with zipfile.ZipFile(path) as archive:
                data = read_member(path, archive, member)
        except (zipfile.BadZipFile, OSError) as error:
            raise ImportFormatError(path, member, _("it could not be read ({error})").format(
                error=error)) from error
        if len(data) > limit:  # the directory said less than the member holds
            raise ImportFormatError(path, member, _(
                "it unpacks to more than {most}, the most one attachment can be").format(
                    most=size_text(limit)))
        return data
    return read


def entry_media(path: Path, record: Mapping[str, Any], index: dict[tuple[str, str], MediaMember],
                created: datetime | None, report: MediaReport, *,
                limit: int = MAX_FILE_BYTES) -> list[BatchFile]:
    """The media files one Day One entry names that the ZIP holds, in the entry's order."""
    files: list[BatchFile] = []
    for key, (folder, word) in KINDS.items():
        for number, item in enumerate(_items(record, key), start=1):
            md5 = item.get("md5")
            if not isinstance(md5, str) or not _MD5.fullmatch(md5):
                report.missing += 1
                continue
            member = index.get((folder, md5.lower()))
            if member is None:
                report.missing += 1
                continue
            if member.declared_size > limit:
                report.too_big += 1
                continue
            given = item.get("filename")
            kind = item.get("type")
            extension = kind.lower() if isinstance(kind, str) and _TYPE.fullmatch(kind) else (
                member.extension)
            name = given if isinstance(given, str) and given.strip() and len(given) <= 255 else (
                f"Day One {word} {number}.{extension}")
            files.append(BatchFile(name, _reader(path, member.name, limit), member.declared_size,
                                   created_utc=created))
            report.found += 1
            report.by_kind[word] = report.by_kind.get(word, 0) + 1
    return files


def named_media(record: Mapping[str, Any]) -> int:
    """How many media files an entry names (for a JSON file read without its ZIP)."""
    return sum(len(_items(record, key)) for key in KINDS)
