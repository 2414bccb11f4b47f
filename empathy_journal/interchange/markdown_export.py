"""Markdown export: one file per entry in year/month folders with front matter (attached files
in a folder beside each note, linked from it), or one file (attachments named only)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from sqlite_utils import Database

from empathy_journal.domain.attachments import SHOWN_IMAGES
from empathy_journal.domain.translation import N_, _, pgettext
from empathy_journal.interchange.attachment_files import entries_with_files, stored_files
from empathy_journal.interchange.batch import Cancel, Progress
from empathy_journal.interchange.errors import ExportCancelledError
from empathy_journal.interchange.journal_reader import (
    EntrySelection,
    emotion_labels,
    person_names,
    read_entry_records,
)
from empathy_journal.interchange.safe_write import replacing_file, replacing_folder

_UNSAFE = re.compile(r"[^\w\- ]+", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_+:/.-]{0,63}")


def _quoted(text: object) -> str:
    """text as a YAML double-quoted scalar: quotes and backslashes escaped, line breaks and
    other control characters as spaces, so no value can end its line or the block."""
    cleaned = _CONTROL.sub(" ", str(text)).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{cleaned}"'


def _plain(value: object) -> str:
    """A date, time, zone, kind or uuid as it is when it is one; anything else stored there
    (damage, an old bug) quoted, so it cannot add a line to the front matter."""
    text = str(value)
    return text if _PLAIN.fullmatch(text) else _quoted(text)


# The debrief's fields as the note's headings (in the language in use; the front matter's keys
# above them stay English, for the programs that read it).
DEBRIEF_HEADINGS = (("context", N_("Context")), ("observed", N_("What happened")),
                    ("i_felt", N_("How I felt")), ("they_felt", N_("How they felt")),
                    ("heard", N_("What I heard")), ("their_needs", N_("What they needed")),
                    ("my_needs", N_("What I needed")), ("what_i_said", N_("What I said")),
                    ("differently", N_("Next time")), ("follow_up", N_("Follow-up")))


def front_matter(record: dict[str, Any], labels: dict[str, str], names: dict[str, str]) -> str:
    """The YAML front-matter block: date, time, kind, ratings, emotions, people and tags."""
    lines = ["---", f"date: {_plain(record['local_date'])}",
             f"created: {_plain(record['created_utc'])}", f"timezone: {_plain(record['tz'])}",
             f"kind: {_plain(record['kind'])}"]
    if record["title"]:
        lines.append(f"title: {_quoted(record['title'])}")
    for rating in ("mood", "energy", "stress"):
        if record[rating] is not None:
            lines.append(f"{rating}: {_plain(record[rating])}")
    if record["starred"]:
        lines.append("starred: true")
    if record["emotions"]:
        lines.append("emotions:")
        for e in record["emotions"]:
            who = " (theirs)" if e["subject"] == "other" else ""
            lines.append(f"  - {_quoted(labels.get(e['emotion'], e['emotion']) + who)}: "
                         f"{'null' if e['intensity'] is None else _plain(e['intensity'])}")
    if record["people"]:
        lines.append("people: [" + ", ".join(_quoted(names.get(p, p))
                                              for p in record["people"]) + "]")
    if record["tags"]:
        lines.append("tags: [" + ", ".join(_quoted(t) for t in record["tags"]) + "]")
    lines.append(f"uuid: {_plain(record['uuid'])}")
    return "\n".join([*lines, "---"])


def entry_markdown(record: dict[str, Any], labels: dict[str, str],
                   names: dict[str, str]) -> str:
    """One entry as a Markdown document: front matter, title heading, body, debrief fields."""
    parts = [front_matter(record, labels, names), ""]
    if record["title"]:
        parts += [f"# {record['title']}", ""]
    if record["prompt"]:
        parts += [f"> {record['prompt']}", ""]
    if record["body"]:
        parts += [record["body"], ""]
    talk = record["conversation"]
    if talk:
        for key, heading in DEBRIEF_HEADINGS:
            if talk.get(key):
                parts += [f"## {_(heading)}", "", talk[key], ""]
    return "\n".join(parts)


def attachments_markdown(files: list[tuple[dict[str, Any], str | None]]) -> str:
    """The "Attachments" section: each file linked by its relative path (images shown), or
    only named when it was not written beside the note (path None)."""
    lines = ["## " + _("Attachments"), ""]
    for record, relative in files:
        label = record["file_name"].replace("[", "(").replace("]", ")")
        if relative is None:
            lines.append(f"- {label}")
        elif record["media_type"] in SHOWN_IMAGES:
            lines.append(f"![{label}]({quote(relative)})")
        else:
            lines.append(f"- [{label}]({quote(relative)})")
    return "\n".join([*lines, ""])


def _unique(name: str, used: set[str]) -> str:
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    candidate, counter = name, 2
    while candidate.lower() in used:
        candidate = f"{stem} ({counter}){dot}{extension}"
        counter += 1
    used.add(candidate.lower())
    return candidate


def _write_files(folder: Path, note: str, files: list[tuple[dict[str, Any], bytes | None]]
                 ) -> str:
    """Write an entry's files into the folder named like its note; its Markdown section."""
    place = folder / note.removesuffix(".md")
    place.mkdir(exist_ok=True)
    used: set[str] = set()
    linked = []
    for record, data in files:
        name = _unique(record["file_name"], used)
        (place / name).write_bytes(data or b"")
        linked.append((record, f"{place.name}/{name}"))
    return attachments_markdown(linked)


def _file_name(record: dict[str, Any], used: set[str]) -> str:
    stem = record["local_date"] + (f" {_UNSAFE.sub('', record['title']).strip()[:50]}"
                                   if record["title"] else "")
    name, counter = f"{stem.strip()}.md", 2
    while name in used:
        name, counter = f"{stem.strip()} ({counter}).md", counter + 1
    used.add(name)
    return name


def _each(records: list[dict[str, Any]], progress: Progress, cancel: Cancel):
    for index, record in enumerate(records):
        if index % 200 == 0:
            if cancel():
                raise ExportCancelledError()
            progress(index, len(records))
        yield record
    if cancel():
        raise ExportCancelledError()
    progress(len(records), len(records))


def export_markdown_folder(db: Database, dest: Path, selection: EntrySelection, *,
                           progress: Progress, cancel: Cancel) -> int:
    """Write dest/YYYY/MM/<date title>.md for each entry (dest must not exist yet)."""
    records = read_entry_records(db, selection)
    labels, names = emotion_labels(db), person_names(db)
    with_files = entries_with_files(db)
    used: dict[Path, set[str]] = {}
    with replacing_folder(dest) as folder:
        for record in _each(records, progress, cancel):
            year, month = record["local_date"][:4], record["local_date"][5:7]
            target = folder / year / month
            target.mkdir(parents=True, exist_ok=True)
            name = _file_name(record, used.setdefault(target, set()))
            text = entry_markdown(record, labels, names)
            if record["uuid"] in with_files:
                files = stored_files(db, [record["uuid"]]).get(record["uuid"], [])
                if files:
                    text = text.rstrip("\n") + "\n\n" + _write_files(target, name, files)
            (target / name).write_text(text, encoding="utf-8")
    return len(records)


def _write_single(handle: TextIO, records: list[dict[str, Any]], labels: dict[str, str],
                  names: dict[str, str], progress: Progress, cancel: Cancel,
                  files: dict[str, list[tuple[dict[str, Any], bytes | None]]]) -> None:
    handle.write("# " + pgettext("export heading", "Journal") + "\n\n")
    for record in _each(records, progress, cancel):
        handle.write(entry_markdown(record, labels, names).rstrip("\n") + "\n\n")
        if record["uuid"] in files:
            handle.write(attachments_markdown([(f, None) for f, _ in files[record["uuid"]]])
                         + "\n")


def export_markdown_file(db: Database, dest: Path, selection: EntrySelection, *,
                         progress: Progress, cancel: Cancel) -> int:
    """Write every entry into one Markdown file, each with its front-matter block."""
    records = read_entry_records(db, selection)
    with replacing_file(dest) as handle:
        _write_single(handle, records, emotion_labels(db), person_names(db), progress, cancel,
                      stored_files(db, [r["uuid"] for r in records], with_data=False))
    return len(records)
