"""Personal values the user names, and an entry's mark of acting on or against one."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ValueStance(StrEnum):
    """Whether an entry describes acting on a value or against it."""

    ON = "on"
    AGAINST = "against"


@dataclass(frozen=True)
class PersonalValue:
    """A value the user holds (honesty, patience…); ``id`` is None until stored."""

    uuid: str
    name: str
    description: str = ""
    archived: bool = False
    id: int | None = None


@dataclass(frozen=True)
class ValueMark:
    """An entry's mark on one value."""

    value_id: int
    stance: ValueStance
