"""Day One's JSON export: the ZIP (one JSON per journal, its media attached) or one JSON file."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from empathy_journal.domain import record_schema as rs
from empathy_journal.domain.entry import Entry
from empathy_journal.domain.ids import fresh_uuid
from empathy_journal.domain.record_schema import Field, InvalidValue, Schema, describe, utc_or_none
from empathy_journal.domain.translation import _
from empathy_journal.interchange.batch import ImportBatch
from empathy_journal.interchange.dayone_media import (
    MediaMember,
    MediaReport,
    entry_media,
    media_index,
    named_media,
)
from empathy_journal.interchange.errors import ImportFormatError
from empathy_journal.interchange.source_file import decode, load_json, read_bytes, read_member
from empathy_journal.interchange.source_text import clean_tag, source_id, zone_or_utc

SOURCE_APP = "dayone"
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_MOMENT = re.compile(r"!\[[^\]]*\]\(dayone-moment:/*[^)]*\)\n?")


def unescape_markdown(text: str) -> str:
    """Day One's Markdown with its backslash-escaped punctuation restored (``\\.`` → ``.``)."""
    return _ESCAPED.sub(r"\1", text)


def _title_and_body(text: str) -> tuple[str, str]:
    first, _, rest = text.strip().partition("\n")
    if first.startswith("# "):
        return first[2:].strip(), rest.strip()
    return "", text.strip()


# What a Day One entry may hold that is read; other keys (location, weather…) are ignored.
RECORD: Schema = {
    "uuid": Field(rs.word(), nullable=True),
    "creationDate": Field(rs.text(40, blank=False), required=True),
    "timeZone": Field(rs.text(100), nullable=True),
    "text": Field(rs.text(rs.MAX_TEXT), nullable=True),
    "tags": Field(rs.list_of(rs.text(rs.MAX_WORD)), nullable=True),
    "starred": Field(rs.flag, nullable=True),
}


def _identity(record: dict[str, Any]) -> str:
    """Day One's uuid, or (when it has none) a hash of its date and text, as with jrnl."""
    if record.get("uuid"):
        return str(record["uuid"])
    return source_id(record["creationDate"], record.get("text") or "")


def _entry(record: dict[str, Any]) -> tuple[Entry, int]:
    created = utc_or_none(record["creationDate"])
    if created is None:
        raise ValueError("creationDate " + _("{value} is not a time like 2024-01-31T20:15:00Z").format(
            value=describe(record["creationDate"])))
    tz = zone_or_utc(record.get("timeZone"))
    text = unescape_markdown(record.get("text") or "")
    text, media = _MOMENT.subn("", text)
    title, body = _title_and_body(text)
    entry = Entry(
        uuid=fresh_uuid(), local_date=created.astimezone(ZoneInfo(tz)).date(),
        created_utc=created, tz=tz, title=title, body=body,
        tags=sorted({clean_tag(t) for t in record.get("tags") or []}),
        starred=bool(record.get("starred")), source_app=SOURCE_APP,
        source_id=_identity(record),
    )
    return entry, media


def _documents(path: Path) -> tuple[list[tuple[str, bytes]], dict[Any, MediaMember] | None]:
    """The JSON documents and (for a ZIP) its media members."""
    if not zipfile.is_zipfile(path):
        return [(path.name, read_bytes(path))], None
    try:
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist()
                     if n.lower().endswith(".json") and "/" not in n.strip("/")]
            found = [(n, read_member(path, archive, n)) for n in sorted(set(names))]
            media = media_index(archive.infolist())
    except NotImplementedError as error:  # e.g. "zip file version 6.4" in its directory
        raise ImportFormatError(path, "", _("it is a kind of ZIP this app cannot read ({error})").format(
                                            error=error)
                                ) from error
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError) as error:
        raise ImportFormatError(path, "", _("the ZIP file is damaged ({error})").format(
            error=error)) from error
    if not found:
        raise ImportFormatError(path, "", _("the ZIP holds no Day One journal (no .json file at its "
                                            "top level)"))
    return found, media


def _parse(path: Path, name: str, data: bytes) -> list[dict[str, Any]]:
    where = "" if name == path.name else name
    document = load_json(path, decode(path, data, where), where)
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFormatError(path, where, _("this is not a Day One export (no entries list)"))
    return document["entries"]


def read_dayone(path: Path) -> ImportBatch:
    """Read a Day One export; several journals in one ZIP are all imported."""
    entries, places, journals = [], [], []
    first: dict[str, str] = {}
    documents, index = _documents(path)
    report, files = MediaReport(), {}
    for name, data in documents:
        journals.append(Path(name).stem)
        for number, record in enumerate(_parse(path, name, data), start=1):
            where = (_("{name}, entry {number}").format(name=name, number=number) if name != path.name
                     else _("entry {number}").format(number=number))
            try:
                rs.check_record(record, RECORD)
            except InvalidValue as error:
                raise ImportFormatError(path, f"{where}, {error.field}", error.reason) from None
            try:
                entry, count = _entry(record)
            except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as error:
                raise ImportFormatError(path, where, _("its date or time zone is invalid ({error})").format(
                                                       error=error)) from error
            if record.get("uuid") and entry.source_id in first:
                raise ImportFormatError(path, where, _("it has the same uuid {describe} as {value}").format(
                                                       describe=describe(entry.source_id),
                                                       value=first[entry.source_id]))
            first.setdefault(entry.source_id, where)
            entries.append(entry)
            places.append(where)
            if index is None:
                report.not_in_zip += max(count, named_media(record))
            else:
                found = entry_media(path, record, index, entry.created_utc, report)
                if found:
                    files[entry.uuid] = found
    notes = [_("Journals: {names}.").format(names=", ".join(journals)), *report.notes()]
    return ImportBatch("dayone", path, entries, notes=notes, places=places, attachments=files,
                       mapping={"# heading line": _("title"), "text": _("text (escapes removed)"),
                                "tags": _("tags"), "starred": _("starred"),
                                "timeZone": _("time zone"),
                                "photos, videos, audios, pdfs": _("attachments"),
                                "location, weather": _("not imported")})
