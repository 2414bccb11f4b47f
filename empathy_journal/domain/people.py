"""A person the user writes about: any name or alias they like, which can be renamed or archived."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from empathy_journal.domain.text import clean_text

MAX_NAME_CHARS = 80


@dataclass(frozen=True)
class Person:
    """Someone who appears in debriefs or entries; ``id`` is None until stored."""

    uuid: str
    name: str
    note: str = ""
    archived: bool = False
    created_utc: datetime | None = None
    id: int | None = None


def clean_person_name(name: str) -> str:
    """The name as it will be stored: clean text, single spaces, trimmed to a sensible length.

    Raises ValueError when nothing is left, because a person needs some name to be found again.
    """
    tidy = " ".join(clean_text(name).split())[:MAX_NAME_CHARS].strip()
    if not tidy:
        raise ValueError("a person needs a name or an alias")
    return tidy


def name_key(name: str) -> str:
    """The form used to match names: the same person whatever the case or spacing typed."""
    return " ".join(clean_text(name).split()).casefold()
