"""Practices in the journal: built-in ones kept in step with resources/, the user's own, ticks."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from empathy_journal.domain.practices import (
    USER_PRACTICE_GROUP,
    Practice,
    builtin_practices,
    user_practice_id,
)
from empathy_journal.domain.text import clean_text
from empathy_journal.domain.translation import pgettext
from empathy_journal.storage.sql import fetch_rows, settings_value, store_setting, writing

if TYPE_CHECKING:
    from sqlite_utils import Database

PRACTICES_VERSION_KEY = "builtin_practices_hash"


def sync_builtin_practices(db: Database, practices: list[Practice] | None = None) -> bool:
    """Bring the built-in practices in the file up to date with this build; True if it wrote.

    A practice the user hid stays hidden; practices no longer shipped stay (old ticks keep them).
    """
    shipped = practices if practices is not None else builtin_practices()
    fingerprint = hashlib.sha256(
        json.dumps([asdict(p) for p in shipped], sort_keys=True).encode()).hexdigest()
    if settings_value(db, PRACTICES_VERSION_KEY) == fingerprint:
        return False
    with writing(db):
        for p in shipped:
            db.execute(
                """INSERT INTO practices (id, label, description, grp, builtin, hidden, position)
                   VALUES (?, ?, ?, ?, 1, 0, ?)
                   ON CONFLICT (id) DO UPDATE SET label = excluded.label,
                       description = excluded.description, grp = excluded.grp,
                       builtin = 1, position = excluded.position""",
                [p.id, p.label, p.description, p.group, p.position])
        store_setting(db, PRACTICES_VERSION_KEY, fingerprint)
    return True


class PracticeRepository:
    """The practices table and the per-entry ticks in entry_practices."""

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self.db = db
        self.path = path

    def practices(self, *, include_hidden: bool = False) -> list[Practice]:
        """Built-in practices in shipped order (shown in the language in use), then the user's
        own in the order added."""
        where = "" if include_hidden else "WHERE hidden = 0"
        rows = fetch_rows(self.db, f"""SELECT * FROM practices {where}
            ORDER BY builtin DESC, position, rowid""")
        return [Practice(r["id"], pgettext("practice", r["label"]) if r["builtin"] else r["label"],
                         pgettext("practice description", r["description"])
                         if r["builtin"] and r["description"] else r["description"],
                         r["grp"], bool(r["builtin"]), bool(r["hidden"]), r["position"])
                for r in rows]

    def add_practice(self, label: str, description: str = "") -> Practice:
        """Add one of the user's own practices (ValueError when the label is blank)."""
        clean_label = " ".join(clean_text(label).split())
        if not clean_label:
            raise ValueError("a practice needs a name")
        taken = {r[0] for r in self.db.execute("SELECT id FROM practices")}
        practice_id = user_practice_id(clean_label, taken)
        position = self.db.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM practices").fetchone()[0]
        with writing(self.db, self.path):
            self.db.execute(
                "INSERT INTO practices (id, label, description, grp, builtin, hidden, position) "
                "VALUES (?, ?, ?, ?, 0, 0, ?)",
                [practice_id, clean_label, clean_text(description).strip(),
                 USER_PRACTICE_GROUP, position])
        return Practice(practice_id, clean_label, clean_text(description).strip(),
                        USER_PRACTICE_GROUP, builtin=False, position=position)

    def set_hidden(self, practice_id: str, hidden: bool) -> None:
        """Hide a practice from the checklist (past ticks are kept) or show it again."""
        with writing(self.db, self.path):
            self.db.execute("UPDATE practices SET hidden = ? WHERE id = ?",
                            [int(hidden), practice_id])

    def ticked(self, entry_id: int) -> set[str]:
        """Ids of the practices ticked on an entry."""
        return {r[0] for r in self.db.execute(
            "SELECT practice_id FROM entry_practices WHERE entry_id = ?", [entry_id])}

    def set_ticked(self, entry_id: int, practice_ids: set[str]) -> None:
        """Replace the practices ticked on an entry (unknown ids are ignored)."""
        known = {r[0] for r in self.db.execute("SELECT id FROM practices")}
        with writing(self.db, self.path):
            self.db.execute("DELETE FROM entry_practices WHERE entry_id = ?", [entry_id])
            for practice_id in sorted(practice_ids & known):
                self.db.execute(
                    "INSERT INTO entry_practices (entry_id, practice_id) VALUES (?, ?)",
                    [entry_id, practice_id])
