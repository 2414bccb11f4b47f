"""Reading gettext .po catalogs and writing them as .mo, with the standard library only."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field


@dataclass
class PoEntry:
    """One message of a .po file: its id (and plural id), translations, context and flags."""

    msgid: str
    msgstr: list[str] = field(default_factory=lambda: [""])
    msgid_plural: str | None = None
    msgctxt: str | None = None
    comments: list[str] = field(default_factory=list)  # "#." notes for translators
    references: list[str] = field(default_factory=list)  # "#:" where it is used
    flags: set[str] = field(default_factory=set)  # "#," fuzzy, python-brace-format…
    obsolete: bool = False

    @property
    def key(self) -> tuple[str | None, str]:
        """What identifies the message: (context, id)."""
        return (self.msgctxt, self.msgid)

    @property
    def translated(self) -> bool:
        """True when every form has a translation and nobody marked it fuzzy."""
        return all(self.msgstr) and "fuzzy" not in self.flags and not self.obsolete


def _unquote(text: str) -> str:
    """The value of one quoted .po string ("a \\"b\\"\\n" → 'a "b"' + newline)."""
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise ValueError(f"not a quoted string: {text!r}")
    inner = text[1:-1]
    if "\\" not in inner:
        return inner
    return inner.encode("latin-1", "backslashreplace").decode("unicode_escape")


def parse_po(text: str) -> list[PoEntry]:
    """Every entry of a .po file, the header (msgid "") first when there is one."""
    entries: list[PoEntry] = []
    current: PoEntry | None = None
    section: tuple[str, int] | None = None
    pending_comments: list[str] = []
    pending_refs: list[str] = []
    pending_flags: set[str] = set()

    def finish() -> None:
        nonlocal current
        if current is not None:
            entries.append(current)
        current = None

    for raw in text.splitlines():
        line = raw.strip()
        is_obsolete = line.startswith("#~")
        if is_obsolete:
            line = line[2:].strip()
        if not line:
            continue
        if line.startswith("#"):
            if current is not None and section is not None and section[0] != "msgctxt":
                finish()
                section = None
            if line.startswith("#."):
                pending_comments.append(line[2:].strip())
            elif line.startswith("#:"):
                pending_refs.extend(line[2:].split())
            elif line.startswith("#,"):
                pending_flags.update(f.strip() for f in line[2:].split(",") if f.strip())
            continue
        keyword, _, rest = line.partition(" ")
        if line.startswith('"'):
            if current is None or section is None:
                raise ValueError(f"a string without a keyword: {raw!r}")
            name, index = section
            if name == "msgstr":
                current.msgstr[index] += _unquote(line)
            else:
                setattr(current, name, (getattr(current, name) or "") + _unquote(line))
            continue
        starts_entry = keyword == "msgctxt" or (
            keyword == "msgid" and (section is None or section[0] != "msgctxt"))
        if starts_entry:
            finish()
            current = PoEntry(msgid="", comments=pending_comments, references=pending_refs,
                              flags=pending_flags, obsolete=is_obsolete)
            pending_comments, pending_refs, pending_flags = [], [], set()
        if current is None:
            raise ValueError(f"unexpected line: {raw!r}")
        if keyword == "msgctxt":
            current.msgctxt = _unquote(rest)
            section = ("msgctxt", 0)
        elif keyword == "msgid":
            current.msgid = _unquote(rest)
            section = ("msgid", 0)
        elif keyword == "msgid_plural":
            current.msgid_plural = _unquote(rest)
            section = ("msgid_plural", 0)
        elif keyword == "msgstr":
            current.msgstr = [_unquote(rest)]
            section = ("msgstr", 0)
        elif keyword.startswith("msgstr["):
            index = int(keyword[7:-1])
            while len(current.msgstr) <= index:
                current.msgstr.append("")
            if index == 0:
                current.msgstr = [""]
            current.msgstr[index] = _unquote(rest)
            section = ("msgstr", index)
        else:
            raise ValueError(f"unknown keyword in line: {raw!r}")
    finish()
    return entries


def mo_bytes(entries: list[PoEntry]) -> bytes:
    """The entries as a GNU .mo file (translated, non-fuzzy ones and the header)."""
    messages: dict[bytes, bytes] = {}
    for entry in entries:
        if entry.obsolete or (not entry.msgid and entry.msgctxt is None):
            if entry.msgid == "" and not entry.obsolete:
                messages[b""] = entry.msgstr[0].encode()
            continue
        if not entry.translated:
            continue
        key = entry.msgid
        if entry.msgid_plural is not None:
            key += "\0" + entry.msgid_plural
        if entry.msgctxt is not None:
            key = entry.msgctxt + "\x04" + key
        messages[key.encode()] = "\0".join(entry.msgstr).encode()
    keys = sorted(messages)
    ids = b"".join(k + b"\0" for k in keys)
    strs = b"".join(messages[k] + b"\0" for k in keys)
    count = len(keys)
    key_start = 7 * 4 + 16 * count
    value_start = key_start + len(ids)
    offsets: list[int] = []
    position = 0
    for k in keys:
        offsets += [len(k), key_start + position]
        position += len(k) + 1
    position = 0
    for k in keys:
        offsets += [len(messages[k]), value_start + position]
        position += len(messages[k]) + 1
    header = struct.pack("Iiiiiii", 0x950412DE, 0, count, 7 * 4, 7 * 4 + count * 8, 0, 0)
    return header + struct.pack(f"{len(offsets)}i", *offsets) + ids + strs


def _quote(text: str) -> str:
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
               .replace("\r", "\\r"))
    lines = escaped.split("\n")
    if len(lines) == 1:
        return f'"{escaped}"'
    parts = [line + "\\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return '""\n' + "\n".join(f'"{p}"' for p in parts)


def format_po(entries: list[PoEntry]) -> str:
    """The entries as .po text (the inverse of parse_po)."""
    blocks: list[str] = []
    for entry in entries:
        lines = [f"#. {c}" for c in entry.comments]
        if entry.references:
            lines.append("#: " + " ".join(entry.references))
        if entry.flags:
            lines.append("#, " + ", ".join(sorted(entry.flags)))
        body: list[str] = []
        if entry.msgctxt is not None:
            body.append(f"msgctxt {_quote(entry.msgctxt)}")
        body.append(f"msgid {_quote(entry.msgid)}")
        if entry.msgid_plural is not None:
            body.append(f"msgid_plural {_quote(entry.msgid_plural)}")
            body += [f"msgstr[{i}] {_quote(s)}" for i, s in enumerate(entry.msgstr)]
        else:
            body.append(f"msgstr {_quote(entry.msgstr[0])}")
        if entry.obsolete:
            body = ["#~ " + line for text in body for line in text.split("\n")]
        blocks.append("\n".join(lines + body))
    return "\n\n".join(blocks) + "\n"
