"""The journal entry and its emotion tags: plain data plus the rules for ratings and hashing."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum

from empathy_journal.domain.ids import fresh_uuid
from empathy_journal.domain.text import clean_text

MOOD_RANGE = (1, 10)
ENERGY_RANGE = (1, 10)
STRESS_RANGE = (0, 10)
INTENSITY_RANGE = (1, 5)
RATING_RANGES = {"mood": MOOD_RANGE, "energy": ENERGY_RANGE, "stress": STRESS_RANGE}


class EntryKind(StrEnum):
    """What an entry is: an everyday reflection or a conversation debrief."""

    REFLECTION = "reflection"
    CONVERSATION = "conversation"


class Subject(StrEnum):
    """Whose feeling an emotion tag names."""

    SELF = "self"
    OTHER = "other"


@dataclass(frozen=True)
class EmotionTag:
    """One emotion word chosen for an entry, with its intensity 1–5 (None: not rated)."""

    emotion_id: str
    intensity: int | None = None
    subject: Subject = Subject.SELF

    def __post_init__(self) -> None:
        low, high = INTENSITY_RANGE
        if self.intensity is not None and not low <= self.intensity <= high:
            raise ValueError(f"intensity must be {low}–{high}, got {self.intensity}")


@dataclass
class Entry:
    """A journal entry as the person sees it; ``id`` is None until first saved."""

    uuid: str
    local_date: date
    created_utc: datetime
    tz: str
    kind: EntryKind = EntryKind.REFLECTION
    title: str = ""
    body: str = ""
    mood: int | None = None
    energy: int | None = None
    stress: int | None = None
    starred: bool = False
    emotions: list[EmotionTag] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    prompt: str = ""
    updated_utc: datetime | None = None
    deleted_utc: datetime | None = None
    revision: int = 0
    content_hash: str = ""
    source_app: str | None = None
    source_id: str | None = None
    id: int | None = None

    @property
    def is_blank(self) -> bool:
        """True when nothing was written or rated: such an entry need not be stored."""
        return not (
            self.title.strip()
            or self.body.strip()
            or self.emotions
            or self.tags
            or any(v is not None for v in (self.mood, self.energy, self.stress))
            or self.starred
        )

    def cleaned(self) -> Entry:
        """A copy whose text is safe to store and whose ratings are checked."""
        for name, (low, high) in RATING_RANGES.items():
            value = getattr(self, name)
            if value is not None and not low <= value <= high:
                raise ValueError(f"{name} must be {low}–{high} or not rated, got {value}")
        tags = (sorted({clean_text(t).strip().lower().lstrip("#") for t in self.tags} - {""})
                if self.tags else [])
        copy = type(self).__new__(type(self))  # what copy.copy does, without its dispatch
        copy.__dict__.update(self.__dict__)
        copy.title, copy.body = clean_text(self.title), clean_text(self.body)
        copy.prompt, copy.tags = clean_text(self.prompt), tags
        copy.emotions = _unique_emotions(self.emotions) if self.emotions else []
        return copy


def _unique_emotions(tags: list[EmotionTag]) -> list[EmotionTag]:
    """Keep the last choice for each (emotion, subject) pair, in first-chosen order."""
    chosen: dict[tuple[str, Subject], EmotionTag] = {}
    for tag in tags:
        chosen[(tag.emotion_id, tag.subject)] = tag
    return list(chosen.values())


def new_entry(
    local_date: date,
    *,
    now: datetime | None = None,
    tz: str = "UTC",
    kind: EntryKind = EntryKind.REFLECTION,
) -> Entry:
    """A fresh, unsaved entry for local_date, created now (an aware datetime)."""
    created = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    return Entry(
        uuid=fresh_uuid(), local_date=local_date, created_utc=created, tz=tz, kind=kind
    )


# One encoder for every hash (json.dumps with options builds a new one per call).
_CANONICAL_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
_STRING = json.encoder.encode_basestring  # how that encoder writes a string (ensure_ascii off)
# The bytes that encoder escapes in a string, but for the line break (escaped here by replace).
_ESCAPED_BUT_NEWLINE = bytes(c for c in range(32) if c != 10) + b'"\\'


_KINDS = {kind: f'"{kind}"'.encode() for kind in EntryKind}


def _plain_number(value: object) -> bool:
    return value is None or type(value) is int


def _json_number(value: int | None) -> bytes:
    return b"null" if value is None else int.__repr__(value).encode()


def _json_string(text: str) -> bytes:
    """text as the canonical encoder writes it, in UTF-8: a check and a replace for the
    common text with no quotes, backslashes or control characters but line breaks."""
    if not text:
        return b'""'
    raw = text.encode("utf-8")
    if len(raw.translate(None, _ESCAPED_BUT_NEWLINE)) == len(raw):
        return b'"' + raw.replace(b"\n", b"\\n") + b'"'
    return _STRING(text).encode("utf-8")


def content_hash(entry: Entry) -> str:
    """SHA-256 over the entry's canonical content, so silent damage to stored text is detectable.

    The canonical content is the JSON text of a dict (keys sorted, no spaces, not escaped to
    ASCII) of kind, local_date, title, body, ratings, starred, prompt, emotions and tags; the
    common entry's text is put together here piece by piece, exactly as the encoder writes it
    (in a third of the time), and anything unusual goes through the encoder itself.
    """
    if not (type(entry.title) is str and type(entry.body) is str and type(entry.prompt) is str
            and _plain_number(entry.mood) and _plain_number(entry.energy)
            and _plain_number(entry.stress) and all(type(t) is str for t in entry.tags)):
        return _encoded_hash(entry)
    emotions = (_CANONICAL_JSON.encode(sorted([e.emotion_id, e.intensity, str(e.subject)]
                                              for e in entry.emotions)).encode("utf-8")
                if entry.emotions else b"[]")
    data = b"".join((
        b'{"body":', _json_string(entry.body), b',"emotions":', emotions,
        b',"energy":', _json_number(entry.energy),
        b',"kind":', _KINDS.get(entry.kind) or _json_string(str(entry.kind)),
        b',"local_date":"', entry.local_date.isoformat().encode(), b'","mood":',
        _json_number(entry.mood), b',"prompt":', _json_string(entry.prompt),
        b',"starred":', b"true" if entry.starred else b"false",
        b',"stress":', _json_number(entry.stress),
        b',"tags":[', b",".join(_json_string(t) for t in sorted(entry.tags)),
        b'],"title":', _json_string(entry.title), b"}"))
    return hashlib.sha256(data).hexdigest()


def _encoded_hash(entry: Entry) -> str:
    canonical = {
        "kind": str(entry.kind),
        "local_date": entry.local_date.isoformat(),
        "title": entry.title,
        "body": entry.body,
        "mood": entry.mood,
        "energy": entry.energy,
        "stress": entry.stress,
        "starred": bool(entry.starred),
        "prompt": entry.prompt,
        "emotions": sorted(
            [e.emotion_id, e.intensity, str(e.subject)] for e in entry.emotions
        ),
        "tags": sorted(entry.tags),
    }
    data = _CANONICAL_JSON.encode(canonical)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def utc_iso(moment: datetime) -> str:
    """An aware datetime as ISO 8601 UTC with a ``Z`` suffix, to the second.

    The year is always four digits (``0202-01-05T…``): ``strftime("%Y")`` writes ``202`` on
    some platforms, which :func:`parse_utc` cannot read back.
    """
    utc = moment.astimezone(UTC)
    return (f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}T"
            f"{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}Z")


def parse_utc(text: str | None) -> datetime | None:
    """The inverse of :func:`utc_iso` (None stays None)."""
    if not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)
