"""The user's personal values and the marks entries put on them (acting on or against)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from empathy_journal.domain.ids import fresh_uuid
from empathy_journal.domain.text import clean_text
from empathy_journal.domain.values import PersonalValue, ValueMark, ValueStance
from empathy_journal.storage.sql import fetch_rows, writing

if TYPE_CHECKING:
    from sqlite_utils import Database


def _clean_name(name: str) -> str:
    clean = " ".join(clean_text(name).split())
    if not clean:
        raise ValueError("a value needs a name")
    return clean


class ValuesRepository:
    """Tables personal_values and entry_values."""

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self.db = db
        self.path = path

    def values(self, *, include_archived: bool = False) -> list[PersonalValue]:
        """The user's values, alphabetically."""
        where = "" if include_archived else "WHERE archived = 0"
        rows = fetch_rows(self.db, f"SELECT * FROM personal_values {where} "
                                   "ORDER BY name COLLATE NOCASE, id")
        return [PersonalValue(r["uuid"], r["name"], r["description"], bool(r["archived"]),
                              r["id"]) for r in rows]

    def add_value(self, name: str, description: str = "") -> PersonalValue:
        """Name a new value (an existing one with the same name is returned instead)."""
        clean = _clean_name(name)
        for value in self.values(include_archived=True):
            if value.name.casefold() == clean.casefold():
                if value.archived and value.id is not None:
                    self.set_archived(value.id, False)
                return PersonalValue(value.uuid, value.name, value.description, False, value.id)
        new_uuid = fresh_uuid()
        with writing(self.db, self.path):
            value_id = self.db.execute(
                "INSERT INTO personal_values (uuid, name, description, archived) "
                "VALUES (?, ?, ?, 0)", [new_uuid, clean, clean_text(description).strip()]
            ).lastrowid
        return PersonalValue(new_uuid, clean, clean_text(description).strip(), False, value_id)

    def rename_value(self, value_id: int, name: str) -> None:
        """Rename a value; entries that mark it keep the mark."""
        with writing(self.db, self.path):
            self.db.execute("UPDATE personal_values SET name = ? WHERE id = ?",
                            [_clean_name(name), value_id])

    def set_archived(self, value_id: int, archived: bool) -> None:
        """Hide a value from the list without losing the entries that mark it."""
        with writing(self.db, self.path):
            self.db.execute("UPDATE personal_values SET archived = ? WHERE id = ?",
                            [int(archived), value_id])

    def marks(self, entry_id: int) -> list[ValueMark]:
        """The values an entry marks, in value-id order."""
        return [ValueMark(r[0], ValueStance(r[1])) for r in self.db.execute(
            "SELECT value_id, stance FROM entry_values WHERE entry_id = ? ORDER BY value_id",
            [entry_id])]

    def set_marks(self, entry_id: int, marks: list[ValueMark]) -> None:
        """Replace an entry's marks (the last mark given for a value wins)."""
        chosen = {mark.value_id: mark.stance for mark in marks}
        with writing(self.db, self.path):
            self.db.execute("DELETE FROM entry_values WHERE entry_id = ?", [entry_id])
            for value_id, stance in chosen.items():
                self.db.execute(
                    "INSERT INTO entry_values (entry_id, value_id, stance) VALUES (?, ?, ?)",
                    [entry_id, value_id, str(stance)])
