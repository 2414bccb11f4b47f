"""The person's preferences as typed values: what each one may hold, its default, its stored key."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import time
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from empathy_journal.domain.check_in_schedule import Schedule

THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "de")
DATE_FORMATS = ("locale", "iso", "long")  # locale's short form · 2026-12-01 · 1 December 2026
WEEK_STARTS = ("locale", "monday", "sunday", "saturday")
TEXT_SCALES = (90, 100, 110, 125, 150)  # percent of the platform's font size
RANDOM_WINDOWS = (0, 15, 30, 60, 120)  # minutes after the evening time a reminder may come
AUTO_LOCK_MINUTES = range(-1, 241)  # minutes idle before locking; 0 never, -1 the default
DEFAULT_AUTO_LOCK_MINUTES = 10  # for encrypted journals; plain ones default to never
KEEP_DAILY = range(1, 91)   # daily automatic backups kept
KEEP_WEEKLY = range(0, 53)  # weekly automatic backups kept
EVENING = time(21, 0)


def _clock(text: str) -> time | None:
    """'21:00' as a time; None when it is not HH:MM."""
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes)) if len(minutes) == 2 else None
    except ValueError:
        return None


Choices = tuple[Any, ...] | range
SCHEDULE = "schedule"  # the kind of the check-in schedule, imported only when it is read


def _kind(kind: type | str) -> type:
    """A field's kind as a type: the check-in schedule's module (with the instruments) is
    loaded only by the journal's preferences, not by every reading of settings.ini."""
    if kind == SCHEDULE:
        from empathy_journal.domain.check_in_schedule import Schedule

        return Schedule
    return cast(type, kind)


def _default_schedule() -> Schedule:
    return _kind(SCHEDULE)()


def _read(kind: type | str, text: str, choices: Choices | None) -> Any:
    """The stored text as a value of kind, or None when it is not one of the allowed ones."""
    value: Any
    if kind == SCHEDULE:
        value = _kind(kind).from_json(text)  # type: ignore[attr-defined]
    elif kind is bool:
        value = {"1": True, "true": True, "0": False, "false": False}.get(text.strip().lower())
    elif kind is int:
        try:
            value = int(text.strip())
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
    if hasattr(value, "to_json"):  # the check-in schedule
        return value.to_json()
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
        """A copy with the given preferences changed, each validated like a stored value
        (ValueError names the first one that is not allowed)."""
        known = {f.name: f for f in fields(self)}  # type: ignore[arg-type]
        for name, value in values.items():
            if name not in known:
                raise ValueError(f"there is no preference called {name!r}")
            kind = _kind(known[name].metadata["kind"])
            choices = known[name].metadata.get("choices")
            wrong_kind = not isinstance(value, kind) or (kind is int and isinstance(value, bool))
            if wrong_kind or (choices is not None and value not in choices):
                raise ValueError(f"{name} cannot be {value!r}")
        return replace(self, **values)  # type: ignore[type-var]

    @classmethod
    def stored_keys(cls) -> frozenset[str]:
        """Every key these preferences are stored under."""
        return frozenset(f.metadata["key"] for f in fields(cls))  # type: ignore[arg-type]

    @classmethod
    def key_of(cls, name: str) -> str:
        """The stored key of the preference called name."""
        return next(f.metadata["key"] for f in fields(cls)  # type: ignore[arg-type]
                    if f.name == name)


def _field(default: Any, key: str, kind: type | str, choices: Choices | None = None) -> Any:
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
    random_minutes: int = _field(0, "reminders/random_minutes", int, RANDOM_WINDOWS)
    follow_up_reminders: bool = _field(True, "reminders/follow_ups", bool)
    autostart: bool = _field(False, "reminders/autostart", bool)


@dataclass(frozen=True)
class JournalPreferences(_Stored):
    """Kept in the journal's settings table (so they travel with the journal): how it is kept
    safe and how often check-ins are offered. (The sync folder, ``sync.folder``, is the sync
    engine's own.)"""

    keep_daily: int = _field(7, "backup.keep_daily", int, KEEP_DAILY)
    keep_weekly: int = _field(4, "backup.keep_weekly", int, KEEP_WEEKLY)
    # -1 (nothing stored) means the default for the journal: 10 when encrypted, never when plain.
    auto_lock_minutes: int = _field(-1, "security.auto_lock_minutes", int, AUTO_LOCK_MINUTES)
    check_in_schedule: Schedule = field(default_factory=_default_schedule, metadata={
        "key": "check_ins.schedule", "kind": SCHEDULE, "choices": None})

    def auto_lock_after(self, *, encrypted: bool) -> int:
        """Minutes idle before the journal locks (0: never), the default filled in."""
        if self.auto_lock_minutes >= 0:
            return self.auto_lock_minutes
        return DEFAULT_AUTO_LOCK_MINUTES if encrypted else 0
