"""The one check every imported record passes: own-JSON schemas and the rules for every entry."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from empathy_journal.domain import record_schema as rs
from empathy_journal.domain.attachments import MAX_FILE_BYTES
from empathy_journal.domain.entry import INTENSITY_RANGE, RATING_RANGES, Entry
from empathy_journal.domain.instruments import INSTRUMENTS
from empathy_journal.domain.record_schema import Field, InvalidValue, Schema, YearRange
from empathy_journal.domain.translation import N_, _, ngettext
from empathy_journal.interchange.errors import ImportFormatError
from empathy_journal.interchange.journal_reader import CONVERSATION_FIELDS

MAX_REVISION = 2**31
MAX_NOTES = 5  # lines about left-out values before "and N more"


def _req(rule: rs.Rule) -> Field:
    return Field(rule, required=True)


def _opt(rule: rs.Rule) -> Field:
    return Field(rule)


def _null(rule: rs.Rule) -> Field:
    return Field(rule, nullable=True)


@cache
def side_schemas(years: YearRange) -> dict[str, Schema]:
    """Every side table of the own JSON format: its document key → the columns it may set."""
    long, line, name = rs.text(rs.MAX_TEXT), rs.text(rs.MAX_LINE), rs.text(rs.MAX_LINE, blank=False)
    unit = rs.number(-1, 1)
    return {
        "people": {"uuid": _req(rs.identifier), "name": _req(name), "note": _opt(long),
                   "archived": _opt(rs.flag), "created_utc": _req(rs.moment(years))},
        "values": {"uuid": _req(rs.identifier), "name": _req(name), "description": _opt(long),
                   "archived": _opt(rs.flag)},
        "emotions": {"id": _req(rs.word()), "label": _req(rs.word()), "family": _req(rs.word()),
                     "pleasantness": _req(unit), "energy": _req(unit), "definition": _opt(long),
                     "vague": _opt(rs.flag), "builtin": _opt(rs.flag), "hidden": _opt(rs.flag)},
        "practices": {"id": _req(rs.word()), "label": _req(name), "description": _opt(long),
                      "grp": _opt(line), "builtin": _opt(rs.flag), "hidden": _opt(rs.flag),
                      "position": _opt(rs.integer(-rs.MAX_INT, rs.MAX_INT))},
        "coping_techniques": {"id": _req(rs.word()), "label": _req(name),
                              "description": _opt(long), "builtin": _opt(rs.flag),
                              "hidden": _opt(rs.flag), "minutes": _null(rs.integer(1, 60))},
        "coping_records": {"uuid": _req(rs.identifier), "entry": _null(rs.identifier),
                           "technique_id": _req(rs.word()), "trigger": _opt(long),
                           "stress_before": _null(rs.integer(0, 10)),
                           "stress_after": _null(rs.integer(0, 10)),
                           "duration_s": _null(rs.integer(0, 10**9)),
                           "at_utc": _req(rs.moment(years)), "local_date": _req(rs.day(years))},
        "assessments": {"uuid": _req(rs.identifier),
                        "instrument": _req(rs.choice(*INSTRUMENTS)),
                        "taken_utc": _req(rs.moment(years)), "local_date": _opt(rs.day(years)),
                        "answers": _req(rs.list_of(rs.integer(0, 10), 50)),
                        "score": _req(rs.integer(0, 1000))},
        "templates": {"uuid": _req(rs.identifier), "name": _req(name),
                      "kind": _opt(rs.choice("reflection", "conversation")), "body": _opt(long),
                      "builtin": _opt(rs.flag)},
    }


def _records_of(schema: Schema, max_items: int = rs.MAX_ITEMS) -> rs.Rule:
    def rule(value: Any) -> None:
        rs.list_of(lambda item: _strict(item, schema), max_items)(value)
    return rule


def _object(value: Any) -> None:
    if not isinstance(value, dict):
        raise ValueError(_("expected an object, got {value}").format(value=rs.describe(value)))


def _strict(record: Any, schema: Schema) -> None:
    found = rs.check_record(record, schema)
    if found.unknown:
        raise ValueError(_("unknown key {key}").format(key=rs.describe(found.unknown[0])))


@cache
def entry_schema(years: YearRange) -> Schema:
    """An entry of the own JSON format (its debrief is checked by conversation_schema)."""
    rating = {name: _null(rs.integer(*span)) for name, span in RATING_RANGES.items()}
    emotion = {"emotion": _req(rs.word()), "intensity": Field(rs.integer(*INTENSITY_RANGE), nullable=True),
               "subject": _req(rs.choice("self", "other"))}
    value = {"value": _req(rs.identifier), "stance": _req(rs.choice("on", "against"))}
    line, long, recent = rs.text(rs.MAX_LINE), rs.text(rs.MAX_TEXT), YearRange(rs.OLDEST_YEAR)
    attachment = {"uuid": _req(rs.identifier), "file_name": _req(rs.text(rs.MAX_LINE, blank=False)),
                  "media_type": _opt(rs.text(rs.MAX_WORD)),
                  "byte_size": _req(rs.integer(1, MAX_FILE_BYTES)),
                  "sha256": _req(rs.word(64)), "created_utc": _req(rs.moment(recent)),
                  "data": _req(rs.text(MAX_FILE_BYTES * 4 // 3 + 8, blank=False))}
    return {
        "uuid": _req(rs.identifier), "kind": _req(rs.choice("reflection", "conversation")),
        "local_date": _req(rs.day(years)), "created_utc": _req(rs.moment(years)),
        "tz": _req(rs.zone), "updated_utc": _null(rs.moment(recent)),
        "deleted_utc": _null(rs.moment(recent)),
        "revision": _null(rs.integer(0, MAX_REVISION)), "title": _opt(line), "body": _opt(long),
        "prompt": _opt(line), **rating, "starred": _opt(rs.flag),
        "source_app": _null(rs.word()), "source_id": _null(rs.word()),
        "emotions": _opt(_records_of(emotion)), "tags": _opt(rs.list_of(rs.text(rs.MAX_WORD))),
        "people": _opt(rs.list_of(rs.identifier)), "practices": _opt(rs.list_of(rs.word())),
        "values": _opt(_records_of(value)), "conversation": _null(_object),
        "attachments": _opt(_records_of(attachment, 10_000)),
    }


@cache
def conversation_schema(years: YearRange) -> Schema:
    """An entry's debrief; a bad follow-up or check date is left out, not a reason to refuse."""
    recent = YearRange(rs.OLDEST_YEAR)
    schema: Schema = {"person": _null(rs.identifier)}
    for name in CONVERSATION_FIELDS:
        schema[name] = _opt(rs.text(rs.MAX_TEXT))
    schema["follow_up_due"] = Field(rs.day(recent), drop=N_("the follow-up was imported undated"))
    schema["follow_up_done_utc"] = Field(rs.moment(recent),
                                         drop=N_("the follow-up was imported as not done"))
    schema["perspective_check"] = Field(rs.choice("right", "partly", "wrong"),
                                        drop=N_("the check was imported as not made"))
    schema["perspective_checked_on"] = Field(rs.day(recent),
                                             drop=N_("the check was imported without its date"))
    return schema


def entry_years(records: Iterable[Any], key: str = "local_date") -> YearRange:
    """The year range for a file, from the dates of its entry records that can be read."""
    return rs.year_range_for(d for r in records if isinstance(r, dict)
                             and (d := rs.stored_day(r.get(key))) is not None)


class FileNotes:
    """Collects what a check ignored or left out, as a few lines for the import summary."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.unknown: Counter[tuple[str, str]] = Counter()
        self.dropped: list[str] = []

    def add(self, where: str, found: rs.RecordCheck, table: str) -> None:
        """Remember one record's unknown keys and left-out values."""
        for key in found.unknown:
            self.unknown[(table, key)] += 1
        self.dropped.extend(f"{self.path.name}, {where}, {d}." for d in found.dropped)

    def lines(self) -> list[str]:
        """One line for every ignored key together, one per left-out value (a few at most)."""
        lines = list(self.dropped[:MAX_NOTES])
        if len(self.dropped) > MAX_NOTES:
            more = len(self.dropped) - MAX_NOTES
            lines.append(ngettext("… and {count} more value like these was left out.",
                                  "… and {count} more values like these were left out.",
                                  more).format(count=more))
        if self.unknown:
            keys = ", ".join(f"{table} {rs.describe(key)} ({count}×)"
                             for (table, key), count in sorted(self.unknown.items())[:10])
            if len(self.unknown) > 10:
                keys = _("{keys} and more").format(keys=keys)
            lines.append(_("{file}: keys this app does not know were ignored: {keys}.").format(
                file=self.path.name, keys=keys))
        return lines


def check_record(path: Path, where: str, record: Any, schema: Schema, notes: FileNotes,
                 table: str) -> None:
    """Check one record; ImportFormatError names the file, the record and the field."""
    try:
        found = rs.check_record(record, schema)
    except InvalidValue as error:
        raise ImportFormatError(path, f"{where}, {error.field}", error.reason) from None
    notes.add(where, found, table)


def check_check_in(path: Path, where: str, record: dict[str, Any]) -> None:
    """Refuse a check-in whose answers do not fit its questionnaire or add up to its score."""
    instrument = INSTRUMENTS[record["instrument"]]
    try:
        score = instrument.raw_score(record["answers"])
    except ValueError as error:
        raise ImportFormatError(path, f"{where}, answers", str(error)) from None
    if score != record["score"]:
        raise ImportFormatError(path, f"{where}, score", _("{value} is not the {name} score of its "
                                                           "answers ({score})").format(
                                                           value=record['score'],
                                                           name=instrument.name,
                                                           score=score))


def check_unique(path: Path, label: str, keys: list[Any]) -> None:
    """Refuse a file in which two records of one kind share an id."""
    first: dict[Any, int] = {}
    for number, key in enumerate(keys, start=1):
        if key in first:
            raise ImportFormatError(path, f"{label} {number}", _("it has the same id {describe} as "
                                                                 "{label} {value}").format(
                                                                 describe=rs.describe(key),
                                                                 label=label,
                                                                 value=first[key]))
        first[key] = number


# The rules an entry is checked against, made once (making them per entry was most of the
# cost of validating a 50-year import).
_LINE, _TEXT, _WORD = rs.text(rs.MAX_LINE), rs.text(rs.MAX_TEXT), rs.word()
_TAGS, _REVISION = rs.list_of(rs.text(rs.MAX_WORD)), rs.integer(0, MAX_REVISION)
_RATINGS = {name: rs.integer(*span) for name, span in RATING_RANGES.items()}
_INTENSITY = rs.integer(*INTENSITY_RANGE)


def _check_entry(entry: Entry, years: YearRange) -> None:
    """ValueError (InvalidValue) when an entry from any reader breaks a rule."""
    checks: list[tuple[str, Any, rs.Rule]] = [
        ("uuid", entry.uuid, rs.identifier), ("title", entry.title, _LINE),
        ("body", entry.body, _TEXT), ("prompt", entry.prompt, _LINE),
        ("tz", entry.tz, rs.zone), ("revision", entry.revision, _REVISION),
        ("tags", entry.tags, _TAGS),
    ]
    for name, rule in _RATINGS.items():
        value = getattr(entry, name)
        if value is not None:
            checks.append((name, value, rule))
    checks += [(f"emotion {tag.emotion_id!r}", tag.intensity, _INTENSITY)
               for tag in entry.emotions if tag.intensity is not None]  # None: not rated
    for name in ("source_app", "source_id"):
        if getattr(entry, name) is not None:
            checks.append((name, getattr(entry, name), _WORD))
    for name, value, rule in checks:
        try:
            rule(value)
        except ValueError as error:
            raise InvalidValue(name, str(error)) from None
    if len(entry.emotions) > rs.MAX_ITEMS:
        raise InvalidValue("emotions", _("more than {most} emotions").format(most=f"{rs.MAX_ITEMS:,}"))
    around = YearRange(years.low - 1, years.high + 1)  # a zone can move the day over New Year
    for name, day, span in (("date", entry.local_date, years),
                            ("created", entry.created_utc.date(), around)):
        try:
            span.check(day)
        except ValueError as error:
            raise InvalidValue(name, str(error)) from None


def check_entries(path: Path, entries: list[Entry], places: list[str] | None = None) -> None:
    """Every entry of a batch, whichever reader made it: dates in range (MIN_YEAR–MAX_YEAR,
    or from OLDEST_YEAR when the whole file is older), ratings whole and in range, ids
    well-formed and unique, text bounded. ImportFormatError names the entry and the field."""
    years = rs.year_range_for(e.local_date for e in entries)
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        where = (places[index] if places and index < len(places)
                 else _("entry {number}").format(number=index + 1))
        try:
            _check_entry(entry, years)
        except InvalidValue as error:
            raise ImportFormatError(path, f"{where}, {error.field}", error.reason) from None
        if entry.uuid in seen:
            other = places[seen[entry.uuid]] if places else _("entry {number}").format(
                number=seen[entry.uuid] + 1)
            raise ImportFormatError(path, where, _("it has the same uuid {uuid} as {other}").format(
                                                   uuid=entry.uuid,
                                                   other=other))
        seen[entry.uuid] = index
