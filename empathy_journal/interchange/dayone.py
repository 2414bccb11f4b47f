"""Day One's JSON export: the ZIP (one JSON per journal, plus media) or one of its JSON files."""

from __future__ import annotations

import json
import re
import uuid as uuid_module
import zipfile
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from empathy_journal.domain.entry import Entry, parse_utc
from empathy_journal.domain.text import plural
from empathy_journal.interchange.batch import ImportBatch
from empathy_journal.interchange.errors import ImportFormatError, json_damage
from empathy_journal.interchange.source_text import clean_tag, zone_or_utc

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


def _entry(record: dict[str, Any]) -> tuple[Entry, int]:
    created = parse_utc(record["creationDate"])
    if created is None:
        raise ValueError("no creationDate")
    tz = zone_or_utc(record.get("timeZone"))
    text = unescape_markdown(record.get("text") or "")
    text, media = _MOMENT.subn("", text)
    title, body = _title_and_body(text)
    entry = Entry(
        uuid=str(uuid_module.uuid4()), local_date=created.astimezone(ZoneInfo(tz)).date(),
        created_utc=created, tz=tz, title=title, body=body,
        tags=sorted({clean_tag(t) for t in record.get("tags") or []}),
        starred=bool(record.get("starred")), source_app=SOURCE_APP,
        source_id=str(record["uuid"]),
    )
    return entry, media


def _documents(path: Path) -> list[tuple[str, bytes]]:
    if not zipfile.is_zipfile(path):
        return [(path.name, path.read_bytes())]
    try:
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist()
                     if n.lower().endswith(".json") and "/" not in n.strip("/")]
            found = [(n, archive.read(n)) for n in sorted(names)]
    except (zipfile.BadZipFile, OSError) as error:
        raise ImportFormatError(path, "", f"the ZIP file is damaged ({error})") from error
    if not found:
        raise ImportFormatError(path, "", "the ZIP holds no Day One journal (no .json file "
                                "at its top level)")
    return found


def _parse(path: Path, name: str, data: bytes) -> list[dict[str, Any]]:
    where = "" if name == path.name else name
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except json.JSONDecodeError as error:
        raise ImportFormatError(path, where, json_damage(error)) from error
    except UnicodeDecodeError as error:
        raise ImportFormatError(path, where, "the file is not UTF-8 text") from error
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFormatError(path, where, "this is not a Day One export (no entries list)")
    return document["entries"]


def read_dayone(path: Path) -> ImportBatch:
    """Read a Day One export; several journals in one ZIP are all imported."""
    entries, media, journals = [], 0, []
    for name, data in _documents(path):
        journals.append(Path(name).stem)
        for number, record in enumerate(_parse(path, name, data), start=1):
            try:
                entry, count = _entry(record)
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                where = f"{name}, entry {number}" if name != path.name else f"entry {number}"
                raise ImportFormatError(path, where, f"its uuid, date or text is missing or "
                                        f"invalid ({error})") from error
            entries.append(entry)
            media += count
    notes = [f"Journals: {', '.join(journals)}."]
    if media:
        are = "is" if media == 1 else "are"
        notes.append(f"{plural(media, 'photo or other media file', 'photos or other media files')}"
                     f" {are} not imported (text only).")
    return ImportBatch("dayone", path, entries, notes=notes, mapping={
        "# heading line": "title", "text": "text (escapes removed)", "tags": "tags",
        "starred": "starred", "timeZone": "time zone", "location, weather": "not imported"})
