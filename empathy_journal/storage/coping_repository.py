"""Coping in the journal: built-in techniques kept in step with the code, the user's, records."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from empathy_journal.domain.coping import (
    BUILTIN_TECHNIQUES,
    CopingRecord,
    Technique,
    displayed,
    user_technique,
)
from empathy_journal.domain.entry import parse_utc, utc_iso
from empathy_journal.domain.practices import user_practice_id
from empathy_journal.domain.text import clean_text
from empathy_journal.storage.sql import fetch_rows, settings_value, store_setting, writing

if TYPE_CHECKING:
    from sqlite_utils import Database

TECHNIQUES_VERSION_KEY = "builtin_coping_hash"
OTHER_MINUTES = 5  # a technique stored without a length (an import, the demo's "A walk")


def sync_builtin_techniques(db: Database) -> bool:
    """Store or refresh the built-in techniques (a hidden one stays hidden); True if it wrote."""
    data = [[t.id, t.label, t.description] for t in BUILTIN_TECHNIQUES]
    fingerprint = hashlib.sha256(json.dumps(data).encode()).hexdigest()
    if settings_value(db, TECHNIQUES_VERSION_KEY) == fingerprint:
        return False
    with writing(db):
        for technique_id, label, description in data:
            db.execute(
                """INSERT INTO coping_techniques (id, label, description, builtin, hidden)
                   VALUES (?, ?, ?, 1, 0)
                   ON CONFLICT (id) DO UPDATE SET label = excluded.label,
                       description = excluded.description, builtin = 1""",
                [technique_id, label, description])
        store_setting(db, TECHNIQUES_VERSION_KEY, fingerprint)
    return True


def _record(row: dict[str, Any]) -> CopingRecord:
    at = parse_utc(row["at_utc"])
    assert at is not None  # NOT NULL in the table
    return CopingRecord(row["uuid"], row["technique_id"], at,
                        date.fromisoformat(row["local_date"]), row["stress_before"],
                        row["stress_after"], row["duration_s"], row["trigger"], row["entry_id"],
                        row["id"])


class CopingRepository:
    """The coping_techniques and coping_records tables."""

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self.db = db
        self.path = path

    def techniques(self) -> list[Technique]:
        """The built-in techniques in shipped order, then the others (the user's, imported ones)
        by name; hidden ones are left out."""
        hidden = {r[0] for r in self.db.execute("SELECT id FROM coping_techniques WHERE hidden")}
        builtin = [displayed(t) for t in BUILTIN_TECHNIQUES if t.id not in hidden]
        known = {t.id for t in BUILTIN_TECHNIQUES}
        rows = fetch_rows(self.db, "SELECT * FROM coping_techniques WHERE hidden = 0 "
                                   "ORDER BY label COLLATE NOCASE, id")
        others = [user_technique(r["id"], r["label"], r["description"],
                                 r["minutes"] or OTHER_MINUTES)
                  for r in rows if r["id"] not in known]
        return [*builtin, *others]

    def add_technique(self, label: str, minutes: int, description: str = "") -> Technique:
        """Add one of the user's own techniques (ValueError for a blank name or a bad length)."""
        clean_label = " ".join(clean_text(label).split())
        if not clean_label:
            raise ValueError("a technique needs a name")
        if not 1 <= minutes <= 60:
            raise ValueError("a technique lasts 1–60 minutes")
        taken = {r[0] for r in self.db.execute("SELECT id FROM coping_techniques")}
        technique_id = user_practice_id(clean_label, taken)
        clean_description = clean_text(description).strip()
        with writing(self.db, self.path):
            self.db.execute(
                "INSERT INTO coping_techniques (id, label, description, builtin, hidden, minutes) "
                "VALUES (?, ?, ?, 0, 0, ?)", [technique_id, clean_label, clean_description, minutes])
        return user_technique(technique_id, clean_label, clean_description, minutes)

    def add_record(self, record: CopingRecord) -> CopingRecord:
        """Store one technique tried; returns it with its id."""
        with writing(self.db, self.path):
            cursor = self.db.execute(
                "INSERT INTO coping_records (uuid, entry_id, technique_id, trigger, stress_before, "
                "stress_after, duration_s, at_utc, local_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [record.uuid, record.entry_id, record.technique_id,
                 " ".join(clean_text(record.trigger).split()), record.stress_before,
                 record.stress_after, record.duration_s, utc_iso(record.at_utc),
                 record.local_date.isoformat()])
        return replace(record, id=cursor.lastrowid)

    def records_on(self, day: date) -> list[CopingRecord]:
        """The techniques tried on a day, in the order tried."""
        rows = fetch_rows(self.db, "SELECT * FROM coping_records WHERE local_date = ? "
                                   "ORDER BY at_utc, id", [day.isoformat()])
        return [_record(r) for r in rows]
