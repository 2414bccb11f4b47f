"""The emotion vocabulary in the journal: built-in words kept in step with resources/, plus the user's."""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields
from typing import TYPE_CHECKING

from empathy_journal.domain.vocabulary import Emotion, builtin_emotions, displayed

if TYPE_CHECKING:
    from sqlite_utils import Database

VOCABULARY_VERSION_KEY = "builtin_emotions_hash"


def _fingerprint(emotions: list[Emotion]) -> str:
    # The same text as json.dumps of dataclasses.asdict (every field is a plain value), without
    # asdict's deep copies: 8 ms of every start-up before.
    names = [f.name for f in fields(Emotion)]
    data = json.dumps([{name: getattr(e, name) for name in names} for e in emotions],
                      sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()


def sync_builtin_emotions(db: Database, emotions: list[Emotion] | None = None) -> bool:
    """Bring the built-in words in the file up to date with this build; True if anything changed.

    Runs only when the shipped vocabulary differs from the one last stored, so a normal start
    reads one settings row. A word the user hid stays hidden; words no longer shipped stay in
    the file (old entries keep pointing at them).
    """
    words = emotions if emotions is not None else builtin_emotions()
    fingerprint = _fingerprint(words)
    row = db.execute("SELECT value FROM settings WHERE key = ?", [VOCABULARY_VERSION_KEY])
    current = row.fetchone()
    if current and current[0] == fingerprint:
        return False
    with db.atomic():
        for e in words:
            db.execute(
                """INSERT INTO emotions (id, label, family, pleasantness, energy, definition,
                       vague, builtin, hidden) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 0)
                   ON CONFLICT (id) DO UPDATE SET label = excluded.label,
                       family = excluded.family, pleasantness = excluded.pleasantness,
                       energy = excluded.energy, definition = excluded.definition,
                       vague = excluded.vague, builtin = 1""",
                [e.id, e.label, e.family, e.pleasantness, e.energy, e.definition, int(e.vague)],
            )
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [VOCABULARY_VERSION_KEY, fingerprint],
        )
    return True


def load_emotions(db: Database, *, include_hidden: bool = False) -> list[Emotion]:
    """The vocabulary ordered by family then label; built-in words shown in the language in use."""
    where = "" if include_hidden else "WHERE hidden = 0"
    cursor = db.execute(
        "SELECT id, label, family, pleasantness, energy, definition, vague, builtin, hidden "
        f"FROM emotions {where} ORDER BY family, label"
    )
    return [
        displayed(Emotion(id=r[0], label=r[1], family=r[2], pleasantness=r[3], energy=r[4],
                          definition=r[5], vague=bool(r[6]), builtin=bool(r[7]),
                          hidden=bool(r[8])))
        for r in cursor
    ]


def set_emotion_hidden(db: Database, emotion_id: str, hidden: bool) -> None:
    """Hide a word from the picker (entries that use it keep it) or show it again."""
    with db.atomic():
        db.execute("UPDATE emotions SET hidden = ? WHERE id = ?", [int(hidden), emotion_id])
