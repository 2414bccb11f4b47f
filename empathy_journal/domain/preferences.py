"""The person's preferences as typed values: what each one may hold, its default, its stored key."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import time
from typing import Any

THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "de")
DATE_FORMATS = ("locale", "iso", "long")  # locale's short form · 2026-12-01 · 1 December 2026
WEEK_STARTS = ("locale", "monday", "sunday", "saturday")
TEXT_SCALES = (90, 100, 110, 125, 150)  # percent of the platform's font size
AUTO_LOCK_CHOICES = (0, 1, 5, 10, 15, 30, 60)  # minutes idle before locking; 0 never
EVENING = time(21, 0)


def _clock(text: str) -> time | None:
    """'21:00' as a time; None when it is not HH:MM."""
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes)) if len(minutes) == 2 else None
    except ValueError:
        return None


def _read(kind: type, text: str, choices: tuple[Any, ...] | None) -> Any:
    """The stored text as a value of kind, or None when it is not one of the allowed ones."""
    value: Any
    if kind is bool:
        value = {"1": True, "true": True, "0": False, "false": False}.get(text.strip().lower())
    elif kind is int:
        try:
            value = int(text)
        except ValueError:
            value = None
    elif kind is time:
        value = _clock(text)
    else:
        value = text
    if value is None or (choices is not None and value not in choices):
        return None
    return value


def _write(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


class _Stored:
    """Reading and writing a preferences dataclass as {stored key: text}; each field's metadata
    names its key and, optionally, the values it may take."""

    @classmethod
    def from_stored(cls, stored: Mapping[str, str | None]) -> Any:
        """The preferences kept in stored; missing or unreadable values fall back to defaults."""
        values = {}
        for f in fields(cls):  # type: ignore[arg-type]
            text = stored.get(f.metadata["key"])
            if text is None:
                continue
            value = _read(f.metadata["kind"], text, f.metadata.get("choices"))
            if value is not None:
                values[f.name] = value
        return cls(**values)

    def to_stored(self) -> dict[str, str]:
        """Every preference as its stored key and text."""
        return {f.metadata["key"]: _write(getattr(self, f.name))
                for f in fields(self)}  # type: ignore[arg-type]

    def changed(self, **values: Any) -> Any:
        """A copy with the given preferences changed (validated like stored values)."""
        for f in fields(self):  # type: ignore[arg-type]
            if f.name in values:
                choices = f.metadata.get("choices")
                if choices is not None and values[f.name] not in choices:
                    raise ValueError(f"{f.name} cannot be {values[f.name]!r}")
        return replace(self, **values)  # type: ignore[type-var]


def _field(default: Any, key: str, kind: type, choices: tuple[Any, ...] | None = None) -> Any:
    return field(default=default, metadata={"key": key, "kind": kind, "choices": choices})


@dataclass(frozen=True)
class ComputerPreferences(_Stored):
    """Kept per computer (settings.ini beside the journal data), readable before the journal is
    unlocked: how the window looks and speaks, and when this computer reminds."""

    theme: str = _field("system", "appearance/theme", str, THEMES)
    text_scale: int = _field(100, "appearance/text_scale", int, TEXT_SCALES)
    language: str = _field("system", "appearance/language", str, LANGUAGES)
    date_format: str = _field("locale", "appearance/date_format", str, DATE_FORMATS)
    week_start: str = _field("locale", "appearance/week_start", str, WEEK_STARTS)
    evening_reminder: bool = _field(False, "reminders/evening", bool)
    evening_time: time = _field(EVENING, "reminders/evening_time", time)  # noqa: RUF009 (immutable)
    # When set, the evening reminder comes at a random minute between evening_time and
    # evening_time + random_minutes, chosen afresh each day.
    random_minutes: int = _field(0, "reminders/random_minutes", int, (0, 15, 30, 60, 120))
    follow_up_reminders: bool = _field(True, "reminders/follow_ups", bool)
    autostart: bool = _field(False, "reminders/autostart", bool)


@dataclass(frozen=True)
class JournalPreferences(_Stored):
    """Kept in the journal's settings table (so they travel with the journal): how it is kept
    safe. The check-in schedule has its own typed form (domain.check_in_schedule.Schedule) under
    the key ``check_ins.schedule``; the sync folder is ``sync.folder``."""

    keep_daily: int = _field(7, "backup.keep_daily", int)
    keep_weekly: int = _field(4, "backup.keep_weekly", int)
    # -1 (nothing stored) means the default for the journal: 10 when encrypted, never when plain.
    auto_lock_minutes: int = _field(-1, "security.auto_lock_minutes", int)
