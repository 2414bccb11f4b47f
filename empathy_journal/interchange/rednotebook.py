"""RedNotebook's data folder: one YAML file per month (``YYYY-MM.txt``), one entry per day."""

from __future__ import annotations

import calendar
import re
from datetime import date, time
from pathlib import Path
from typing import Any

from empathy_journal.domain.entry import Entry
from empathy_journal.domain.ids import fresh_uuid
from empathy_journal.domain.record_schema import describe
from empathy_journal.domain.text import plural
from empathy_journal.domain.translation import _, month_year, ngettext
from empathy_journal.interchange.batch import ImportBatch
from empathy_journal.interchange.errors import ImportFormatError, ImportSourceError
from empathy_journal.interchange.rednotebook_markup import heading, to_markdown
from empathy_journal.interchange.source_file import decode, read_bytes
from empathy_journal.interchange.source_text import clean_tag, local_to_utc, source_id
from empathy_journal.interchange.yaml_source import load_yaml

SOURCE_APP = "rednotebook"
MONTH_FILE = re.compile(r"(\d{4})-(\d{2})\.txt")  # RedNotebook's storage.get_journal_files
NOON = time(12, 0)  # RedNotebook keeps no time of day
# RedNotebook's hashtag (data.HASHTAG): not after a letter, digit, & or #; not a colour
# like #ff0000 or a C directive; at least one letter.
_HASHTAG = re.compile(r"(?:^|[^\w&#])[#\uff03](?![0-9a-fA-F]{6}\b|(?:include|define|ifdef|"
                      r"ifndef|endif)\b)(\w*[^\W\d_]+\w*)", re.IGNORECASE)
_OLD_TAGS = "Tags"  # RedNotebook before 2.0 kept tags as the entries of a "Tags" category


def month_files(folder: Path) -> list[tuple[Path, int, int]]:
    """The folder's month files, oldest first, as (path, year, month)."""
    found = []
    try:
        names = sorted(p.name for p in folder.iterdir())
    except OSError:
        return []
    for name in names:
        match = MONTH_FILE.fullmatch(name)
        if (match and int(match.group(1)) >= 1 and 1 <= int(match.group(2)) <= 12
                and (folder / name).is_file()):
            found.append((folder / name, int(match.group(1)), int(match.group(2))))
    return found


def data_folder(path: Path) -> Path:
    """The folder holding the month files: path itself, or its ``data`` folder (RedNotebook's
    own folder, ``~/.rednotebook``, keeps them there)."""
    if not month_files(path) and month_files(path / "data"):
        return path / "data"
    return path


def looks_like_rednotebook(path: Path) -> bool:
    """True for a folder (or its ``data`` folder) with at least one ``YYYY-MM.txt`` file."""
    return path.is_dir() and bool(month_files(data_folder(path)))


def _words(value: Any, where: str, path: Path) -> str:
    """A category name or category entry as text (YAML may have read it as a number)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int | float | date):
        return str(value).lower() if isinstance(value, bool) else str(value)
    raise ImportFormatError(path, where, _("a category holds {describe} where a name was expected").format(
                                           describe=describe(value)))


def _categories(content: dict[Any, Any], where: str, path: Path) -> list[tuple[str, list[str]]]:
    """(category, its entries) for each key besides "text", in the file's order."""
    found = []
    for key, value in content.items():
        if key == "text":
            continue
        name = _words(key, where, path).strip()
        if value is None:
            items: list[str] = []
        elif isinstance(value, dict):
            items = [_words(k, where, path).strip() for k in value]
        else:
            raise ImportFormatError(
                path, f"{where}, category {describe(name)}",
                _("it holds {describe}; a category holds entries or nothing").format(
                    describe=describe(value)))
        found.append((name, [i for i in items if i]))
    return found


def _day_entry(day: date, content: Any, where: str, path: Path, folder: str,
               tz: str) -> Entry | None:
    if content is None:
        return None
    if not isinstance(content, dict):
        raise ImportFormatError(path, where, _("the day holds {describe}, not a text and categories").format(
                                               describe=describe(content)))
    text = content.get("text")
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise ImportFormatError(path, f"{where}, text", _("expected text, got {describe}").format(
                                                          describe=describe(text)))
    categories = _categories(content, where, path)
    if not text.strip() and not categories:
        return None  # RedNotebook's own test for an empty day
    tags = {clean_tag(t) for t in _HASHTAG.findall(text)}
    listed = []
    for name, items in categories:
        if name == _OLD_TAGS:
            tags.update(clean_tag(i) for i in items)
            continue
        if name:
            tags.add(clean_tag(name))
        listed += [f"- {name}: {item}" for item in items]
    title, body = _title_and_body(text)
    if listed:
        body = (body + "\n\n" if body else "") + "\n".join(listed)
    try:
        created = local_to_utc(day, NOON, tz)
    except (ValueError, OverflowError) as error:
        raise ImportFormatError(path, where, _("the day cannot be placed in time ({error})").format(
                                               error=error)
                                ) from error
    return Entry(uuid=fresh_uuid(), local_date=day, created_utc=created, tz=tz,
                 title=title, body=body, tags=sorted(tags - {""}), source_app=SOURCE_APP,
                 source_id=source_id(folder, day.isoformat()))


def _title_and_body(text: str) -> tuple[str, str]:
    """A first line that is a heading (``=== Title ===``) becomes the title."""
    stripped = text.strip()
    first, _, rest = stripped.partition("\n")
    found = heading(first)
    if found is not None and "\n" not in found[1]:
        title = to_markdown(found[1]).strip()
        return title, to_markdown(rest).strip()
    return "", to_markdown(stripped).strip()


def _read_month(path: Path, source: Path, year: int, month: int, folder: str,
                tz: str) -> tuple[list[Entry], list[str], int]:
    name = path.name
    document = load_yaml(source, decode(source, read_bytes(path), name), name)
    if document is None:
        return [], [], 0
    if not isinstance(document, dict):
        raise ImportFormatError(source, name, _("it holds {describe}, not days of the month").format(
                                                describe=describe(document)))
    last = calendar.monthrange(year, month)[1]
    entries, places, empty = [], [], 0
    days = []
    for key in document:
        number = key if isinstance(key, int) and not isinstance(key, bool) else (
            int(key) if isinstance(key, str) and re.fullmatch(r"\s*\d{1,2}\s*", key) else None)
        if number is None or not 1 <= number <= last:
            raise ImportFormatError(source, name, _("{describe} is not a day of {month}").format(
                                                    describe=describe(key),
                                                    month=month_year(date(year, month, 1))))
        if any(number == other for other, _ in days):
            raise ImportFormatError(source, f"{name}, day {number}", _("the day is in the file twice"))
        days.append((number, key))
    for number, key in sorted(days, key=lambda pair: pair[0]):
        day = date(year, month, number)
        where = f"{name}, day {number}"
        entry = _day_entry(day, document[key], where, source, folder, tz)
        if entry is None:
            empty += 1
            continue
        entries.append(entry)
        places.append(where)
    return entries, places, empty


def read_rednotebook(path: Path, *, tz: str = "UTC") -> ImportBatch:
    """Read a RedNotebook data folder (or one of its month files); days are dated in tz."""
    if path.is_dir():
        folder = data_folder(path)
        months = month_files(folder)
        if not months:
            raise ImportSourceError(_("{path} holds no RedNotebook month files (named like "
                                      "2024-05.txt). Nothing was imported.").format(path=path), path=path)
    else:
        match = MONTH_FILE.fullmatch(path.name)
        if match is None or int(match.group(1)) < 1 or not 1 <= int(match.group(2)) <= 12:
            raise ImportFormatError(path, "", _("a RedNotebook month file is named like 2024-05.txt; "
                                                "choose the folder that holds them"))
        folder = path.parent
        months = [(path, int(match.group(1)), int(match.group(2)))]
    identity = folder.resolve().name
    entries, places, empty = [], [], 0
    for month_path, year, month in months:
        found, where, skipped = _read_month(month_path, path, year, month, identity, tz)
        entries += found
        places += where
        empty += skipped
    years = sorted({e.local_date.year for e in entries})
    files = plural(len(months), "month file")
    notes = [_("{files} from {first} to {last}.").format(files=files, first=years[0],
                                                         last=years[-1])
             if len(years) > 1 else f"{files}."]
    if empty:
        notes.append(ngettext("{count} empty day was left out.", "{count} empty days were left out.",
                              empty).format(count=empty))
    return ImportBatch("rednotebook", path, entries, notes=notes, places=places, mapping={
        "day": _("one entry, dated that day at noon in {zone}").format(zone=tz),
        "first line === Title ===": _("title"), "text": _("text (markup as Markdown)"),
        "#hashtags": _("tags"), "categories": _("tags (their entries listed under the text)")})
