"""Entry templates: built-in ones from resources/templates.json and the user's own."""

from __future__ import annotations

from dataclasses import dataclass

from empathy_journal.domain.entry import EntryKind
from empathy_journal.domain.resources import load_json_resource


@dataclass(frozen=True)
class Template:
    """A starting text for a new entry of a given kind; built-in ones are keyed by ``uuid``."""

    uuid: str
    name: str
    body: str
    kind: EntryKind = EntryKind.REFLECTION
    builtin: bool = False
    id: int | None = None


def builtin_templates() -> list[Template]:
    """The templates shipped with the app, in file order."""
    data = load_json_resource("templates.json")
    return [
        Template(t["id"], t["name"], t["body"], EntryKind(t.get("kind", "reflection")),
                 builtin=True)
        for t in data["templates"]
    ]
