"""Journal-wide records that travel beside the entries: the person's own emotion words, own
templates, and the journal settings that mean the same on every computer.

Their tables have no sync triggers (they are small), so every sync compares them whole with
what was last synced (``engine.Sync.scan_shared``). Device-local settings (``sync.*``, the
backups kept beside each file, the prompt rotation) never travel: only ``SHARED_SETTINGS``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

Payload = dict[str, Any]

SHARED_KINDS = ("emotion", "template", "setting")
# Journal settings that say how the person wants the journal, whichever computer they are at.
SHARED_SETTINGS = ("check_ins.schedule", "check_ins.not_now", "security.auto_lock_minutes")
EMOTION_COLUMNS = ("label", "family", "pleasantness", "energy", "definition", "vague", "hidden")
TEMPLATE_COLUMNS = ("name", "kind", "body")


def _wanted(keys: Iterable[str] | None) -> tuple[str, list[Any]]:
    if keys is None:
        return "", []
    return " AND {key} IN (SELECT value FROM json_each(?))", [json.dumps(list(keys))]


def read_shared(db: Database, kind: str, keys: Iterable[str] | None = None
                ) -> dict[str, Payload]:
    """The current payloads of a shared kind (all when keys is None)."""
    clause, params = _wanted(keys)
    if kind == "emotion":
        rows = db.execute(f"SELECT id, {', '.join(EMOTION_COLUMNS)} FROM emotions WHERE "
                          f"builtin = 0{clause.format(key='id')}", params).fetchall()
        return {r[0]: {**dict(zip(EMOTION_COLUMNS, r[1:], strict=True)),
                       "vague": bool(r[6]), "hidden": bool(r[7])} for r in rows}
    if kind == "template":
        rows = db.execute(f"SELECT uuid, {', '.join(TEMPLATE_COLUMNS)} FROM templates WHERE "
                          f"builtin = 0{clause.format(key='uuid')}", params).fetchall()
        return {r[0]: dict(zip(TEMPLATE_COLUMNS, r[1:], strict=True)) for r in rows}
    if kind == "setting":
        inside = "IN (SELECT value FROM json_each(?))"
        rows = db.execute(f"SELECT key, value FROM settings WHERE key {inside}"
                          f"{clause.format(key='key')}",
                          [json.dumps(list(SHARED_SETTINGS)), *params]).fetchall()
        return {r[0]: {"value": r[1]} for r in rows}
    raise ValueError(f"not a shared kind: {kind}")


def apply_shared(db: Database, kind: str, key: str, payload: Payload | None) -> None:
    """Make the stored record equal payload (None: removed), never trusting what it holds."""
    if kind == "setting":
        if key not in SHARED_SETTINGS:
            return  # another version's idea of a shared setting: not ours to take
        if payload is None:
            db.execute("DELETE FROM settings WHERE key = ?", [key])
        else:
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO "
                       "UPDATE SET value = excluded.value", [key, str(payload.get("value", ""))])
        return
    if kind == "emotion":
        _apply_emotion(db, key, payload)
        return
    if kind == "template":
        if payload is None:
            db.execute("DELETE FROM templates WHERE uuid = ? AND builtin = 0", [key])
            return
        values = [str(payload.get(c) or "") for c in TEMPLATE_COLUMNS]
        values[1] = values[1] or "reflection"
        if db.execute("SELECT 1 FROM templates WHERE uuid = ?", [key]).fetchone():
            db.execute("UPDATE templates SET name = ?, kind = ?, body = ? WHERE uuid = ? AND "
                       "builtin = 0", [*values, key])
        else:
            db.execute("INSERT INTO templates (uuid, name, kind, body, builtin) VALUES "
                       "(?, ?, ?, ?, 0)", [key, *values])
        return
    raise ValueError(f"not a shared kind: {kind}")


def _apply_emotion(db: Database, key: str, payload: Payload | None) -> None:
    found = db.execute("SELECT builtin FROM emotions WHERE id = ?", [key]).fetchone()
    if found and found[0]:
        return  # a built-in word here: the shipped list is the truth for it
    if payload is None:
        used = db.execute("SELECT 1 FROM entry_emotions WHERE emotion_id = ? LIMIT 1",
                          [key]).fetchone()
        if used:  # entries still name it: hide the word instead of breaking them
            db.execute("UPDATE emotions SET hidden = 1 WHERE id = ?", [key])
        else:
            db.execute("DELETE FROM emotions WHERE id = ? AND builtin = 0", [key])
        return
    try:
        pleasantness = max(-1.0, min(1.0, float(payload.get("pleasantness") or 0)))
        energy = max(-1.0, min(1.0, float(payload.get("energy") or 0)))
    except (TypeError, ValueError):
        pleasantness = energy = 0.0
    row = [str(payload.get("label") or key), str(payload.get("family") or "other"),
           pleasantness, energy, str(payload.get("definition") or ""),
           int(bool(payload.get("vague"))), int(bool(payload.get("hidden")))]
    if found:
        db.execute("UPDATE emotions SET label = ?, family = ?, pleasantness = ?, energy = ?, "
                   "definition = ?, vague = ?, hidden = ? WHERE id = ?", [*row, key])
    else:
        db.execute("INSERT INTO emotions (id, label, family, pleasantness, energy, definition, "
                   "vague, hidden, builtin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)", [key, *row])
