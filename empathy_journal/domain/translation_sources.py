"""Finding the translatable text below the window: gettext calls in the code and the resources."""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path

from empathy_journal.domain.translation_catalog import PoEntry

# Folders of the package whose text the window's Qt catalog covers instead (ui/, app.py).
QT_SIDE = ("ui", "app.py")
CALLS = {"_": ("msgid",), "N_": ("msgid",), "NC_": ("msgctxt", "msgid"),
         "ngettext": ("msgid", "msgid_plural"),
         "pgettext": ("msgctxt", "msgid"), "npgettext": ("msgctxt", "msgid", "msgid_plural")}
RESOURCE_FIELDS = (
    # file, list path, field, context: shown by id, translated where shown
    ("emotions.json", ("families",), "label", "emotion family"),
    ("emotions.json", ("emotions",), "label", "emotion"),
    ("emotions.json", ("emotions",), "definition", "emotion definition"),
    ("prompts.json", ("groups",), "label", "prompt group"),
    ("prompts.json", ("groups", "prompts"), "text", "prompt"),
    ("practices.json", ("practices",), "label", "practice"),
    ("practices.json", ("practices",), "description", "practice description"),
    ("templates.json", ("templates",), "name", "template"),
    ("templates.json", ("templates",), "body", "template body"),
)


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _translator_note(lines: list[str], line_number: int) -> list[str]:
    """The "# Translators:" comment right above a call, if any."""
    notes: list[str] = []
    index = line_number - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        notes.insert(0, lines[index].strip().lstrip("#").strip())
        index -= 1
    joined = " ".join(notes)
    at = joined.find("Translators:")
    return [joined[at:]] if at >= 0 else []


def messages_in_code(text: str, reference: str) -> Iterator[PoEntry]:
    """The translatable messages of one Python source: gettext calls and plural(n, "w", "ws")
    (with its context="…" keyword, when given, as the message's context)."""
    lines = text.splitlines()
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        where = reference  # no line numbers: the catalog does not churn with every edit
        if name == "plural" and len(node.args) >= 2:
            word = _literal(node.args[1])
            many = _literal(node.args[2]) if len(node.args) > 2 else (word and word + "s")
            context = next((_literal(k.value) for k in node.keywords if k.arg == "context"),
                           None)
            if word and many:
                yield PoEntry(f"{{count}} {word}", ["", ""], msgid_plural=f"{{count}} {many}",
                              msgctxt=context, references=[where], flags={"python-brace-format"})
            continue
        fields = CALLS.get(name)
        if not fields or len(node.args) < len(fields):
            continue
        values = [_literal(a) for a in node.args[:len(fields)]]
        if any(v is None for v in values):
            continue
        found = dict(zip(fields, values, strict=True))
        entry = PoEntry(found["msgid"] or "", msgctxt=found.get("msgctxt"),
                        msgid_plural=found.get("msgid_plural"),
                        comments=_translator_note(lines, node.lineno), references=[where])
        entry.msgstr = ["", ""] if entry.msgid_plural is not None else [""]
        yield entry


def messages_in_resources(resources: Path) -> Iterator[PoEntry]:
    """The shipped words, prompts, practices and templates, each under its own context."""
    for file_name, path, field_name, context in RESOURCE_FIELDS:
        data = json.loads((resources / file_name).read_text(encoding="utf-8"))
        items: list[dict] = [data]
        for step in path:
            items = [child for item in items for child in item.get(step, [])]
        for item in items:
            text = item.get(field_name)
            if isinstance(text, str) and text:
                yield PoEntry(text, msgctxt=context,
                              references=[f"resources/{file_name}:{item.get('id', '')}"])


def source_messages(root: Path) -> list[PoEntry]:
    """Every message of the code below the window and of resources/, merged by (context, id), in
    the order first found."""
    merged: dict[tuple[str | None, str], PoEntry] = {}
    package = root / "empathy_journal"
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        if relative.parts[0] in QT_SIDE:
            continue
        reference = path.relative_to(root).as_posix()
        for entry in messages_in_code(path.read_text(encoding="utf-8"), reference):
            _merge(merged, entry)
    for entry in messages_in_resources(root / "resources"):
        _merge(merged, entry)
    for entry in merged.values():
        if "{" in entry.msgid and "python-brace-format" not in entry.flags:
            entry.flags.add("python-brace-format")
        elif "%(" in entry.msgid or "%s" in entry.msgid:
            entry.flags.add("python-format")
    return list(merged.values())


def _merge(merged: dict[tuple[str | None, str], PoEntry], entry: PoEntry) -> None:
    if entry.msgid == "":
        return
    known = merged.get(entry.key)
    if known is None:
        merged[entry.key] = entry
        return
    known.references += [r for r in entry.references if r not in known.references]
    known.comments += [c for c in entry.comments if c not in known.comments]
