"""Cleaning of user text at the save boundary so every string the editor hands over can be stored."""

import re

from empathy_journal.domain.translation import ngettext, npgettext

_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    """Return text SQLite can store: lone surrogates become U+FFFD, NUL characters are dropped.

    Qt never shows a NUL, and Python's sqlite3 refuses lone surrogates, which would make an
    autosave fail silently; cleaning keeps exactly what the person can see.
    """
    if not text:
        return ""
    if "\x00" in text:
        text = text.replace("\x00", "")
    if not text.isascii() and _LONE_SURROGATE.search(text):  # ASCII has no surrogates
        text = _LONE_SURROGATE.sub(REPLACEMENT, text)
    return text


def first_line(text: str, limit: int = 80) -> str:
    """The first non-empty line of text, stripped of Markdown heading marks and cut to limit."""
    for line in text.splitlines():
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            return stripped if len(stripped) <= limit else stripped[: limit - 1].rstrip() + "…"
    return ""


_TAG = re.compile(r"(?<![\w#])#([^\W\d_][\w-]{0,63})", re.UNICODE)


def find_tags(text: str) -> list[str]:
    """Hashtags written in text (``#work``), lower-cased, unique, in order of appearance."""
    seen: dict[str, None] = {}
    for match in _TAG.finditer(text):
        seen.setdefault(match.group(1).lower(), None)
    return list(seen)


def plural(count: int, word: str, plural_word: str | None = None, *,
           context: str | None = None) -> str:
    """``1 entry``, ``3 entries``: the count with the word in the right number, translated.

    packaging/update-translations.py extracts every ``plural(n, "word", "words")`` call as the
    message "{count} word" / "{count} words", so the catalog's plural rules apply (German
    "1 Eintrag", "2 Einträge"). context (a literal) tells apart the grammatical case a sentence
    needs: ``plural(n, "day", context="on days")`` is German "an 3 Tagen"'s "3 Tagen".
    """
    many = plural_word or word + "s"
    singular, several = f"{{count}} {word}", f"{{count}} {many}"
    if context is None:
        return ngettext(singular, several, count).format(count=count)
    return npgettext(context, singular, several, count).format(count=count)
