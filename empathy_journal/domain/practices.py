"""Daily empathy practices: the built-in checklist from resources/ plus the user's own."""

from __future__ import annotations

import re
from dataclasses import dataclass

from empathy_journal.domain.resources import load_json_resource
from empathy_journal.domain.text import clean_text

USER_PRACTICE_PREFIX = "my-"
USER_PRACTICE_GROUP = "mine"


@dataclass(frozen=True)
class Practice:
    """One practice the user can tick for a day's reflection."""

    id: str
    label: str
    description: str = ""
    group: str = ""
    builtin: bool = True
    hidden: bool = False
    position: int = 0


def builtin_practices() -> list[Practice]:
    """The practices shipped with the app, in file order."""
    data = load_json_resource("practices.json")
    return [
        Practice(p["id"], p["label"], p.get("description", ""), p.get("group", ""),
                 position=index)
        for index, p in enumerate(data["practices"])
    ]


def user_practice_id(label: str, taken: set[str]) -> str:
    """A stable, unused id for a practice the user adds (``my-`` + a slug of its label)."""
    slug = re.sub(r"[^\w]+", "-", clean_text(label).casefold()).strip("-")[:40] or "practice"
    candidate = f"{USER_PRACTICE_PREFIX}{slug}"
    number = 2
    while candidate in taken:
        candidate = f"{USER_PRACTICE_PREFIX}{slug}-{number}"
        number += 1
    return candidate
