"""Entry templates in the journal: built-in ones kept in step with resources/, and the user's."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from empathy_journal.domain.entry import EntryKind
from empathy_journal.domain.ids import fresh_uuid
from empathy_journal.domain.templates import Template, builtin_templates
from empathy_journal.domain.text import clean_text
from empathy_journal.domain.translation import pgettext
from empathy_journal.storage.sql import fetch_rows, settings_value, store_setting, writing

if TYPE_CHECKING:
    from sqlite_utils import Database

TEMPLATES_VERSION_KEY = "builtin_templates_hash"


def sync_builtin_templates(db: Database, templates: list[Template] | None = None) -> bool:
    """Store or refresh the shipped templates (matched by uuid); True if it wrote."""
    shipped = templates if templates is not None else builtin_templates()
    data = [[t.uuid, t.name, str(t.kind), t.body] for t in shipped]
    fingerprint = hashlib.sha256(json.dumps(data).encode()).hexdigest()
    if settings_value(db, TEMPLATES_VERSION_KEY) == fingerprint:
        return False
    with writing(db):
        for template_uuid, name, kind, body in data:
            db.execute(
                """INSERT INTO templates (uuid, name, kind, body, builtin) VALUES (?, ?, ?, ?, 1)
                   ON CONFLICT (uuid) DO UPDATE SET name = excluded.name,
                       kind = excluded.kind, body = excluded.body, builtin = 1""",
                [template_uuid, name, kind, body])
        store_setting(db, TEMPLATES_VERSION_KEY, fingerprint)
    return True


def _template(row: dict[str, Any]) -> Template:
    """A stored template; a built-in one's name and body in the language in use."""
    builtin = bool(row["builtin"])
    name = pgettext("template", row["name"]) if builtin else row["name"]
    body = pgettext("template body", row["body"]) if builtin and row["body"] else row["body"]
    return Template(row["uuid"], name, body, EntryKind(row["kind"]), builtin, row["id"])


class TemplateRepository:
    """The templates table."""

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self.db = db
        self.path = path

    def templates(self) -> list[Template]:
        """Built-in templates first (in the order shipped), then the user's alphabetically."""
        rows = fetch_rows(self.db, """SELECT * FROM templates
            ORDER BY builtin DESC, CASE WHEN builtin = 1 THEN id END,
                     name COLLATE NOCASE, id""")
        return [_template(r) for r in rows]

    def add_template(self, name: str, body: str,
                     kind: EntryKind = EntryKind.REFLECTION) -> Template:
        """Save one of the user's own templates (ValueError when the name is blank)."""
        clean_name = " ".join(clean_text(name).split())
        if not clean_name:
            raise ValueError("a template needs a name")
        new_uuid = fresh_uuid()
        with writing(self.db, self.path):
            template_id = self.db.execute(
                "INSERT INTO templates (uuid, name, kind, body, builtin) VALUES (?, ?, ?, ?, 0)",
                [new_uuid, clean_name, str(kind), clean_text(body)]).lastrowid
        return Template(new_uuid, clean_name, clean_text(body), kind, False, template_id)

    def delete_template(self, template_uuid: str) -> bool:
        """Delete one of the user's templates; built-in ones are never deleted. True if deleted."""
        with writing(self.db, self.path):
            cursor = self.db.execute(
                "DELETE FROM templates WHERE uuid = ? AND builtin = 0", [template_uuid])
        return cursor.rowcount > 0
