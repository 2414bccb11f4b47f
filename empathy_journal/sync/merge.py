"""Three-way merges: of text (line by line, difflib) and of whole record payloads.

Pure functions. ``ours`` is always the side that wins a field both sides changed differently
(the caller orders the heads); the merge says which fields conflicted so the caller can keep
the other side whole (an entry's conflict copy) or combine it (a person's note).
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from empathy_journal.sync.records import SET_FIELDS, TEXT_FIELDS, Payload

# Edits in base coordinates: (start, end, replacement lines).
_Edit = tuple[int, int, list[str]]


def _edits(base: list[str], other: list[str]) -> list[_Edit]:
    matcher = SequenceMatcher(None, base, other, autojunk=False)
    return [(i1, i2, other[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes()
            if tag != "equal"]


def merge_text(base: str, ours: str, theirs: str) -> str | None:
    """Both sides' edits of base, when they touch different lines; None when they overlap.

    Edits that touch (one ends where the other starts, or two insertions at one place) count
    as overlapping unless they are the same edit: a merge never guesses an order of lines.
    Only the last line of a text can lack its newline, and an edit that reaches it reaches
    the end of base too, so no two lines are ever glued together.
    """
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    base_lines = base.splitlines(keepends=True)
    mine, other = _edits(base_lines, ours.splitlines(keepends=True)), _edits(
        base_lines, theirs.splitlines(keepends=True))
    merged: list[_Edit] = []
    for edit in sorted([*mine, *other], key=lambda e: (e[0], e[1])):
        if merged and edit == merged[-1]:
            continue  # the same edit made on both sides
        if merged and edit[0] <= merged[-1][1]:
            return None  # overlapping, adjacent, or both inserting at one place
        merged.append(edit)
    out, at = [], 0
    for start, end, lines in merged:
        out.extend(base_lines[at:start])
        out.extend(lines)
        at = end
    out.extend(base_lines[at:])
    return "".join(out)


def _item_key(field: str, item: Any) -> Any:
    if field == "emotions":
        return (item[0], item[2])  # one intensity per word and side
    if field in ("values", "attachments"):
        return item[0]
    return item


def merge_set(field: str, base: list[Any], ours: list[Any], theirs: list[Any]
              ) -> tuple[list[Any], bool]:
    """Items added on either side are added, removed on either side removed; ours wins when
    both sides changed one item differently (e.g. an emotion's intensity). Ours' order first."""
    def keyed(items: list[Any]) -> dict[Any, Any]:
        return {_item_key(field, i): i for i in items}

    b, o, t = keyed(base), keyed(ours), keyed(theirs)
    result: dict[Any, Any] = {}
    clean = True
    for key in [*o, *(k for k in t if k not in o), *(k for k in b if k not in o and k not in t)]:
        in_o, in_t, in_b = key in o, key in t, key in b
        if in_b and (not in_o or not in_t):
            changed_other = (in_o and o[key] != b[key]) or (in_t and t[key] != b[key])
            if changed_other:
                clean = False  # removed on one side, changed on the other: keep the change
                result[key] = o.get(key, t.get(key))
            continue
        if in_o and in_t and o[key] != t[key]:
            value = t[key] if o[key] == b.get(key) else o[key]
            if o[key] != b.get(key) and t[key] != b.get(key):
                clean = False
            result[key] = value
        else:
            result[key] = o.get(key, t.get(key))
    items = list(result.values())
    if field != "emotions":
        items.sort()
    return items, clean


def _flat(payload: Payload | None) -> dict[str, Any]:
    """A payload with its debrief's fields beside the entry's (``conversation.heard``)."""
    if payload is None:
        return {}
    flat = {k: v for k, v in payload.items() if k != "conversation"}
    if "conversation" in payload:
        talk = payload["conversation"]
        flat["conversation"] = talk is not None
        for name, value in (talk or {}).items():
            flat[f"conversation.{name}"] = value
    return flat


def _unflat(flat: dict[str, Any]) -> Payload:
    payload = {k: v for k, v in flat.items() if not k.startswith("conversation")}
    if "conversation" in flat:
        payload["conversation"] = (
            {k.removeprefix("conversation."): v for k, v in flat.items()
             if k.startswith("conversation.")} if flat["conversation"] else None)
    return payload


# Fields where both sides' values can always be reconciled without asking: the later time.
_LATEST = {"updated_utc"}


def merge_payloads(kind: str, base: Payload | None, ours: Payload, theirs: Payload
                   ) -> tuple[Payload, list[str]]:
    """The three-way merge of two payloads and the fields both sides changed differently
    (ours is kept in those)."""
    b, o, t = _flat(base), _flat(ours), _flat(theirs)
    texts, sets = set(TEXT_FIELDS.get(kind, ())), set(SET_FIELDS.get(kind, ()))
    merged: dict[str, Any] = {}
    conflicts: list[str] = []
    for field in sorted(set(o) | set(t)):
        vo, vt, vb = o.get(field), t.get(field), b.get(field)
        if vo == vt or vt == vb:
            merged[field] = vo
        elif vo == vb:
            merged[field] = vt
        elif field in _LATEST or (field == "deleted_utc" and vo and vt):
            merged[field] = max(vo or "", vt or "") or None
        elif field in texts and isinstance(vo, str) and isinstance(vt, str):
            text = merge_text(vb if isinstance(vb, str) else "", vo, vt)
            if text is None:
                conflicts.append(field)
                merged[field] = vo
            else:
                merged[field] = text
        elif field in sets and isinstance(vo, list) and isinstance(vt, list):
            items, clean = merge_set(field, vb if isinstance(vb, list) else [], vo, vt)
            merged[field] = items
            if not clean:
                conflicts.append(field)
        else:
            conflicts.append(field)
            merged[field] = vo
    return _unflat(merged), conflicts


def combine_text(ours: str, theirs: str) -> str:
    """Both texts kept, for fields of records that have no conflict copy (a person's note)."""
    if not ours:
        return theirs
    if not theirs or theirs in ours:
        return ours
    return f"{ours}\n\n{theirs}"
