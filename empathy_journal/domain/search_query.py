"""What the person typed in the search box, turned into a safe SQLite FTS5 MATCH expression.

Words must all match (AND), "quoted words" match as a phrase, ``listen*`` matches by prefix and
``-meeting`` excludes. Every word is quoted before it reaches FTS5, so punctuation, stray quotes
and FTS keywords (AND, NEAR, column names…) are always taken literally and never raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A token as FTS5's unicode61 tokenizer sees it: letters and digits; everything else separates.
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_PIECE = re.compile(r'(-?)"([^"]*)"?|(\S+)')

HIT_START = "\ue000"
HIT_END = "\ue001"


@dataclass(frozen=True)
class Term:
    """One thing to look for: a word or a phrase (its tokens), optionally as a prefix."""

    tokens: tuple[str, ...]
    prefix: bool = False
    or_prefix: bool = False

    def expression(self) -> str:
        """The term in FTS5 syntax: a quoted phrase, with ``*`` for a prefix.

        ``or_prefix`` (the word still being typed) matches the word itself or any word it
        starts; both are needed because stemming stores "running" as "run".
        """
        quoted = '"' + " ".join(self.tokens) + '"'
        if self.or_prefix:
            return f"({quoted} OR {quoted}*)"
        return quoted + ("*" if self.prefix else "")


@dataclass(frozen=True)
class SearchQuery:
    """The parsed query: terms that must all appear and terms that must not."""

    required: list[Term] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """True when nothing searchable was typed (only punctuation, or nothing)."""
        return not self.required and not self.excluded

    def match_expression(self) -> str | None:
        """The FTS5 MATCH text for the required terms minus the excluded ones (None: no terms)."""
        if not self.required:
            return None
        wanted = " AND ".join(t.expression() for t in self.required)
        if not self.excluded:
            return wanted
        return f"({wanted}) NOT ({self.exclusion_expression()})"

    def exclusion_expression(self) -> str | None:
        """The FTS5 MATCH text matching any excluded term (None when nothing is excluded)."""
        if not self.excluded:
            return None
        return " OR ".join(t.expression() for t in self.excluded)


def _term(text: str, *, phrase: bool) -> Term | None:
    prefix = not phrase and text.endswith("*")
    tokens = tuple(t.lower() for t in _TOKEN.findall(text))
    if not tokens:
        return None
    return Term(tokens, prefix=prefix)


MIN_TYPED_PREFIX = 2


def parse_search(text: str, *, as_you_type: bool = False) -> SearchQuery:
    """Parse what was typed; never raises, whatever the punctuation.

    With ``as_you_type``, a last word not yet followed by a space also matches as a prefix
    (from MIN_TYPED_PREFIX letters), so results appear while the word is being typed.
    """
    required: list[Term] = []
    excluded: list[Term] = []
    for match in _PIECE.finditer(text or ""):
        negated, phrase, word = match.group(1), match.group(2), match.group(3)
        if phrase is not None:
            term, target = _term(phrase, phrase=True), excluded if negated else required
        elif word.startswith("-") and len(word) > 1:
            term, target = _term(word[1:], phrase=False), excluded
        else:
            term, target = _term(word, phrase=False), required
        if term is not None and term not in target:
            target.append(term)
    if as_you_type and required and text and not text[-1].isspace() and not text.endswith('"'):
        last = required[-1]
        if len(last.tokens) == 1 and not last.prefix and len(last.tokens[0]) >= MIN_TYPED_PREFIX:
            required[-1] = Term(last.tokens, or_prefix=True)
    return SearchQuery(required, excluded)


_SUFFIXES = ("ational", "ness", "ment", "ing", "ies", "ied", "ed", "es", "ly", "s")


def highlight_root(token: str) -> str:
    """A rough stem of token for highlighting words the stemmed search matched (listening →
    listen, so listened is marked too); never shorter than three letters."""
    for suffix in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            return token[: -len(suffix)]
    return token


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a snippet marked with HIT_START/HIT_END into (text, is_hit) pieces, for display."""
    parts: list[tuple[str, bool]] = []
    for index, piece in enumerate(re.split(f"[{HIT_START}{HIT_END}]", snippet)):
        if piece:
            parts.append((piece, index % 2 == 1))
    return parts


def plain_snippet(snippet: str, start: str = "", end: str = "") -> str:
    """The snippet with its hit markers replaced by start/end (removed by default)."""
    return snippet.replace(HIT_START, start).replace(HIT_END, end)
