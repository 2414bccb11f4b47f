"""A folder of Markdown notes (Obsidian, Logseq or plain daily notes): one entry per dated note."""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from empathy_journal.domain.entry import RATING_RANGES, Entry
from empathy_journal.domain.ids import fresh_uuid
from empathy_journal.domain.record_schema import describe
from empathy_journal.domain.text import plural
from empathy_journal.domain.translation import _, ngettext
from empathy_journal.interchange.batch import ImportBatch
from empathy_journal.interchange.errors import ImportFormatError, ImportSourceError
from empathy_journal.interchange.source_file import decode, read_bytes
from empathy_journal.interchange.source_text import clean_tag, local_to_utc, source_id, zone_or_utc
from empathy_journal.interchange.yaml_source import load_yaml

SOURCE_APP = "markdown"
SUFFIXES = (".md", ".markdown")
NOON = time(12, 0)  # a note with a date and no time
MAX_NOTES = 200_000  # more notes than any journal; a folder beyond it is refused
MAX_LISTED = 5  # file names named in one preview line before "and N more"
# 2024-01-05.md, 2024_01_05.md (Logseq), 2024.01.05.md, "2024-01-05 Walk.md" (our export)
_DATED_NAME = re.compile(r"(\d{4})([-_.])(\d{2})\2(\d{2})(?:$|[\s_-])")
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_PROPERTY = re.compile(r"([A-Za-z][\w-]*)::[ \t]*(.*)")  # Logseq's page properties: mood:: 7
_H1 = re.compile(r"^#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_INLINE_TAG = re.compile(r"(?<![\w#&/])#([^\W\d_][\w/-]*)")
USED_KEYS = ("date", "created", "timezone", "title", "mood", "energy", "stress", "tags", "tag",
             "starred")


@dataclass
class _Walk:
    """What walking the folder found besides the notes."""

    notes: list[Path] = field(default_factory=list)
    hidden: int = 0
    loops: int = 0


def _walk(root: Path) -> _Walk:
    """Every .md file under root, in name order; hidden folders and files (.obsidian, .trash,
    .git) skipped; a folder reached twice through links is read once."""
    found = _Walk()
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
            children = sorted(os.scandir(folder), key=lambda e: e.name, reverse=True)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) in seen:
            found.loops += 1
            continue
        seen.add((info.st_dev, info.st_ino))
        for child in children:
            if child.name.startswith("."):
                found.hidden += 1
                continue
            try:
                if child.is_dir():
                    stack.append(Path(child.path))
                elif child.is_file() and child.name.lower().endswith(SUFFIXES):
                    found.notes.append(Path(child.path))
            except OSError:
                continue
        if len(found.notes) > MAX_NOTES:
            raise ImportSourceError(_("{root} holds more than {max_notes:,} Markdown notes, more than "
                                      "any journal; choose the folder of your daily notes. Nothing was "
                                      "imported.").format(root=root, max_notes=MAX_NOTES), path=root)
    found.notes.sort(key=lambda p: p.relative_to(root).as_posix())
    return found


def looks_like_markdown_folder(path: Path) -> bool:
    """True for a folder with at least one Markdown note in it or below it (not hidden)."""
    if not path.is_dir():
        return False
    for _folder, folders, files in os.walk(path):
        folders[:] = [f for f in folders if not f.startswith(".")]
        if any(f.lower().endswith(SUFFIXES) and not f.startswith(".") for f in files):
            return True
    return False


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter or None, the rest, the line the front matter's first line is on)."""
    match = _FRONT.match(text)
    if match is None:
        return None, text.lstrip("\ufeff"), 0
    return match.group(1) or "", text[match.end():], 2


def logseq_properties(text: str) -> tuple[dict[str, str], str]:
    """Logseq's page properties (``key:: value`` lines opening the page) and the rest."""
    lines = text.split("\n")
    found: dict[str, str] = {}
    for number, line in enumerate(lines):
        match = _PROPERTY.fullmatch(line.strip())
        if match is None:
            return found, "\n".join(lines[number:]) if found else text
        found.setdefault(match.group(1).lower(), match.group(2).strip())
    return found, ""


def _name_date(path: Path) -> date | None:
    match = _DATED_NAME.match(path.stem)
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
    except ValueError:
        return None


def _moment(value: Any, key: str, where: str, path: Path
            ) -> tuple[date, time | None, datetime | None]:
    """A front-matter date or time as (day, wall-clock time or None, the UTC moment when the
    value carries its offset)."""
    if isinstance(value, datetime):
        moment = value.astimezone(UTC) if value.tzinfo is not None else None
        return value.date(), value.time().replace(tzinfo=None), moment
    if isinstance(value, date):
        return value, None, None
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 10:
                return date.fromisoformat(text), None, None
            parsed = datetime.fromisoformat(text.replace(" ", "T", 1))
        except ValueError:
            pass
        else:
            return _moment(parsed, key, where, path)
    raise ImportFormatError(path, f"{where}, {key}", _("{describe} is not a date like 2024-05-31 (or "
                                                       "2024-05-31 08:30)").format(describe=describe(value)))


def _iso_moment(text: str) -> bool:
    try:
        datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError:
        return False
    return True


def _rating(value: Any, key: str, where: str, path: Path) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    low, high = RATING_RANGES[key]
    number = value.strip() if isinstance(value, str) else value
    if isinstance(number, str) and re.fullmatch(r"-?\d{1,3}", number):
        number = int(number)
    if isinstance(number, float) and number.is_integer():
        number = int(number)
    if isinstance(number, bool) or not isinstance(number, int):
        raise ImportFormatError(path, f"{where}, {key}", _("{describe} is not a whole number from "
                                                           "{low} to {high}").format(
                                                           describe=describe(value),
                                                           low=low,
                                                           high=high))
    if not low <= number <= high:
        raise ImportFormatError(path, f"{where}, {key}", _("{number} is outside {low}–{high} (change "
                                                           "it in the note, or remove it, and import "
                                                           "again)").format(
                                                           number=number,
                                                           low=low,
                                                           high=high))
    return number


def _tags(value: Any, where: str, path: Path) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = value.replace("[[", "").replace("]]", "")  # Logseq links: [[work]], [[home]]
        parts = value.split(",") if "," in value else value.split()
    elif isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, dict | list) or item is None:
                raise ImportFormatError(path, f"{where}, tags", _("a tag is {describe}, not a word").format(
                                                                  describe=describe(item)))
            parts.append(str(item).lower() if isinstance(item, bool) else str(item))
    else:
        raise ImportFormatError(path, f"{where}, tags", _("{describe} is not a list of tags or tags "
                                                          "separated by commas").format(
                                                          describe=describe(value)))
    return [clean_tag(p) for p in parts]


def _title_and_body(text: str) -> tuple[str, str]:
    """The first ``# heading`` as the title; removed from the text when it opens it."""
    lines = text.strip().split("\n")
    fenced = False
    for number, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        match = None if fenced else _H1.match(line)
        if match is not None:
            if number == 0:
                return match.group(1).strip(), "\n".join(lines[1:]).strip()
            return match.group(1).strip(), text.strip()
    return "", text.strip()


def _inline_tags(body: str) -> set[str]:
    tags, fenced = set(), False
    for line in body.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and "#" in line:
            tags.update(clean_tag(t.rstrip("/-")) for t in _INLINE_TAG.findall(
                re.sub(r"`[^`]*`", "", line)))
    return tags


@dataclass
class _Reading:
    """What reading the notes found, for the preview."""

    unknown: Counter[str] = field(default_factory=Counter)
    undated: list[str] = field(default_factory=list)
    undecodable: list[str] = field(default_factory=list)


def _note_entry(path: Path, note: Path, where: str, folder: str, tz: str,
                reading: _Reading) -> Entry | None:
    try:
        text = decode(path, read_bytes(note), where)
    except ImportFormatError:
        reading.undecodable.append(where)
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front, rest, first_line = split_front_matter(text)
    meta: dict[Any, Any] = {}
    if front is not None:
        loaded = load_yaml(path, front, where, first_line=first_line)
        if loaded is not None and not isinstance(loaded, dict):
            raise ImportFormatError(path, where, _("its front matter holds {describe}, not keys and "
                                                   "values").format(describe=describe(loaded)))
        meta = {str(k).strip().lower(): v for k, v in (loaded or {}).items()}
    else:
        properties, rest = logseq_properties(rest)
        meta = {k: v.replace("[[", "").replace("]]", "") if k in ("date", "created") else v
                for k, v in properties.items()}
        for key in ("date", "created"):  # Logseq writes dates its own way ([[Nov 26th, 2026]])
            if key in meta and not _iso_moment(meta[key]):
                reading.unknown[key] += 1
                del meta[key]
    reading.unknown.update(k for k in meta if k not in USED_KEYS)
    day, clock, moment = _name_date(note), None, None
    if meta.get("date") is not None:
        day, clock, moment = _moment(meta["date"], "date", where, path)
    if meta.get("created") is not None:
        created_day, clock, moment = _moment(meta["created"], "created", where, path)
        day = day or created_day
    if day is None:
        reading.undated.append(where)
        return None
    zone = meta.get("timezone")
    zone = zone_or_utc(zone) if isinstance(zone, str) else tz
    title, body = _title_and_body(rest)
    front_title = meta.get("title")
    if not title and isinstance(front_title, str):
        title = front_title.strip()
    ratings = {k: _rating(meta.get(k), k, where, path) for k in RATING_RANGES}
    tags = set(_tags(meta.get("tags"), where, path)) | set(_tags(meta.get("tag"), where, path))
    tags |= _inline_tags(body)
    try:
        created = moment or local_to_utc(day, clock or NOON, zone)
    except (ValueError, OverflowError) as error:
        raise ImportFormatError(path, where, _("its date cannot be placed in time ({error})").format(
                                               error=error)
                                ) from error
    return Entry(uuid=fresh_uuid(), local_date=day, created_utc=created, tz=zone,
                 title=title, body=body, starred=meta.get("starred") in (True, "true"),
                 tags=sorted(tags - {""}), source_app=SOURCE_APP,
                 source_id=source_id(folder, where), **ratings)


def _listed(names: list[str]) -> str:
    shown = ", ".join(names[:MAX_LISTED])
    return shown + (f" and {len(names) - MAX_LISTED} more" if len(names) > MAX_LISTED else "")


def read_markdown_folder(path: Path, *, tz: str = "UTC") -> ImportBatch:
    """Read every dated Markdown note under path; times without a zone are in tz."""
    if not path.is_dir():
        raise ImportSourceError(_("{path} is not a folder; choose the folder that holds your Markdown "
                                  "notes. Nothing was imported.").format(path=path), path=path)
    walk = _walk(path)
    if not walk.notes:
        raise ImportSourceError(_("{path} holds no Markdown notes (.md files). Nothing was imported.").format(
                                  path=path), path=path)
    identity = path.resolve().name
    reading = _Reading()
    entries, places = [], []
    for note in walk.notes:
        where = note.relative_to(path).as_posix()
        entry = _note_entry(path, note, where, identity, tz, reading)
        if entry is not None:
            entries.append(entry)
            places.append(where)
    notes = [_("{notes} found.").format(notes=plural(len(walk.notes), "Markdown note"))]
    if reading.undated:
        notes.append(ngettext(
            "{count} note has no date in the name or the front matter and was left out: {listed}.",
            "{count} notes have no date in the name or the front matter and were left out: "
            "{listed}.", len(reading.undated)).format(count=len(reading.undated),
                                                      listed=_listed(reading.undated)))
    if reading.undecodable:
        notes.append(ngettext(
            "{count} note is not UTF-8 text and was left out: {listed}.",
            "{count} notes are not UTF-8 text and were left out: {listed}.",
            len(reading.undecodable)).format(count=len(reading.undecodable),
                                             listed=_listed(reading.undecodable)))
    if reading.unknown:
        keys = ", ".join(f"{k} ({n}×)" for k, n in sorted(reading.unknown.items())[:10])
        more = _(" and more") if len(reading.unknown) > 10 else ""
        notes.append(_("Front-matter keys this app does not use were ignored: {keys}{more}.").format(
                       keys=keys,
                       more=more))
    if walk.hidden:
        notes.append(_("{hidden} (like .obsidian or .trash) skipped.").format(
                       hidden=plural(walk.hidden, 'hidden file or folder', 'hidden files or folders')))
    return ImportBatch("markdown-folder", path, entries, notes=notes, places=places, mapping={
        "date in the name or date:": _("the day (noon in {zone} unless a time is given)").format(
            zone=tz),
        "first # heading": _("title"), "text": _("text"), "mood, energy, stress": _("ratings"),
        "tags: and #tags": _("tags"), "starred: true": _("starred")})
