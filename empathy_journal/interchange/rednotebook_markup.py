"""RedNotebook's txt2tags markup as Markdown, where Markdown has an equivalent."""

from __future__ import annotations

import re

# RedNotebook's own rules (rednotebook/util/markup.py and data.py), read from its source:
#   picture     [""file:///home/me/pic"".png]  or  [caption ""file:///pic"".jpg?200]
#   named link  [name ""http://example.org""]  (files too: [a.pdf ""file:///a.pdf""])
#   hashtag     #word (not #ff0000 colours, not #include …)
_PICTURE = re.compile(r'\[(?:([^\[\]"]*?) )?""(\S.*?\S|\S)""(\.(?:png|jpe?g|gif|eps|bmp|svg))'
                      r'(?:\?\d+)?\]', re.IGNORECASE)
_NAMED_LINK = re.compile(r'\[([^\[\]]*?)\s""(\S.*?\S|\S)""\]')
_PLAIN_LINK = re.compile(r"\[([^\[\]]+?) ((?:https?|ftp|file|mailto):[^\s\[\]]+)\]")
_URL = re.compile(r"(?:https?|ftp|file)://[^\s\[\]<>]+|mailto:[^\s\[\]<>]+")
_CODE = re.compile(r"``(?=\S)(.+?)(?<=\S)``")
_RAW = re.compile(r'""(?=\S)(.+?)(?<=\S)""')
_ITALIC = re.compile(r"//(?=[^\s/])(.+?)(?<=[^\s/])//")
_STRIKE = re.compile(r"--(?=[^\s-])(.+?)(?<=[^\s-])--")
_HEADING = re.compile(r"^\s*(=+|\++)\s*(\S.*?)\s*\1\s*(?:\[[\w-]*\])?\s*$")
_NUMBERED = re.compile(r"^(\s*)\+ (?=\S)")
_RULE = re.compile(r"^\s*[-=_]{20,}\s*$")
_LINE_BREAK = re.compile(r"\\\\\s*$")
_HELD = re.compile("\x00(\\d+)\x00")


def heading(line: str) -> tuple[int, str] | None:
    """(level, text) when line is a txt2tags heading (``=== Title ===``), else None."""
    match = _HEADING.match(line)
    if match is None or "\x00" in line:
        return None
    return min(len(match.group(1)), 6), match.group(2)


def _target(location: str) -> str:
    """A link target Markdown keeps whole, even with spaces or brackets in it."""
    if re.search(r"[\s()<>]", location):
        return "<" + location.replace("<", "%3C").replace(">", "%3E") + ">"
    return location


def _inline(line: str) -> str:
    held: list[str] = []

    def hold(text: str) -> str:
        held.append(text)
        return f"\x00{len(held) - 1}\x00"

    line = line.replace("\x00", "")
    line = _PICTURE.sub(lambda m: hold(f"![{(m.group(1) or '').strip()}]"
                                       f"({_target(m.group(2) + m.group(3))})"), line)
    line = _NAMED_LINK.sub(lambda m: hold(f"[{m.group(1).strip() or m.group(2)}]"
                                          f"({_target(m.group(2))})"), line)
    line = _PLAIN_LINK.sub(lambda m: hold(f"[{m.group(1).strip()}]({_target(m.group(2))})"),
                           line)
    line = _CODE.sub(lambda m: hold(f"`{m.group(1)}`"), line)
    line = _RAW.sub(lambda m: hold(m.group(1)), line)
    line = _URL.sub(lambda m: hold(m.group(0)), line)
    line = _ITALIC.sub(r"*\1*", line)
    line = _STRIKE.sub(r"~~\1~~", line)
    line = _LINE_BREAK.sub("\\\\", line)
    while _HELD.search(line):
        line = _HELD.sub(lambda m: held[int(m.group(1))], line)
    return line


def to_markdown(text: str) -> str:
    """txt2tags text as Markdown: headings, //italic//, --strike--, ``code``, pictures, links,
    numbered lists, separators and line breaks; **bold**, lists, #tags stay as they are;
    verbatim blocks (a line of ```) are copied unchanged."""
    out: list[str] = []
    verbatim = False
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.rstrip() == "```":
            verbatim = not verbatim
            out.append("```")
            continue
        if verbatim:
            out.append(line)
            continue
        found = heading(line)
        if found is not None:
            out.append("#" * found[0] + " " + _inline(found[1]))
        elif _RULE.match(line):
            out.append("---")
        else:
            out.append(_inline(_NUMBERED.sub(r"\g<1>1. ", line)))
    return "\n".join(out)
