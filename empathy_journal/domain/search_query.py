"""What the person typed in the search box, turned into a safe SQLite FTS5 MATCH expression.

Words must all match (AND), "quoted words" match as a phrase, ``listen*`` matches by prefix and
``-meeting`` excludes. Every word is quoted before it reaches FTS5, so punctuation, stray quotes
and FTS keywords (AND, NEAR, column names…) are always taken literally and never raise.

Scripts written without spaces between words (Chinese, Japanese) and Korean (whose particles
stick to the word) are indexed as overlapping pairs of characters in two extra columns of the
index ("grams"): 我的同事 → 我的 的同 同事 事, the last character of a run also alone. A typed
run of two or more such characters is the phrase of its pairs (同事们 → "同事 事们"), a single
character the prefix of the pairs it starts. FTS5's unicode61 tokenizer drops emoji, so each
emoji (with its skin tone or ZWJ sequence) is indexed as an ASCII token in the same columns
(😢 → emj1f622z) and searched by prefix, so 👍 also finds 👍🏽. ``index_grams`` makes that text
for the index and ``Term.expression`` the matching query; both live here so they never drift.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

# Characters searched by pairs: CJK ideographs (and extensions, compatibility forms), kana,
# Hangul syllables and jamo, halfwidth katakana.
_CJK_CHARS = ("\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf"
              "\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff\uf900-\ufaff\uff66-\uff9f"
              "\U00020000-\U0003134f")
_CJK_RUN = f"[{_CJK_CHARS}]+"
# Emoji and pictographs: a base, then any skin tones, variation selectors, keycaps, tag
# characters, or ZWJ-joined bases (👩‍💻); a flag is a pair of regional indicators.
_EMOJI_BASE = ("\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2"
               "\u25aa-\u27bf\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299"
               "\U0001f000-\U0001f1e5\U0001f200-\U0001faff")
_EMOJI_MORE = "\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"
_EMOJI = (f"[\U0001f1e6-\U0001f1ff]{{2}}|[0-9#*]\ufe0f?\u20e3|"
          f"[{_EMOJI_BASE}][{_EMOJI_MORE}]*(?:\u200d[{_EMOJI_BASE}][{_EMOJI_MORE}]*)*")
_SKIPPED_IN_TOKENS = {0xFE0E, 0xFE0F}  # text/emoji presentation: ❤ and ❤️ are one emoji
_ASCII_TOKEN = re.compile(r"(?P<word>[^\W_]+)")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """The script-aware patterns, compiled on first use (their big character classes take
    several milliseconds, which a command-line search of ASCII words never needs)."""
    return re.compile(pattern)


def _cjk() -> re.Pattern[str]:
    return _compiled(_CJK_RUN)


def _emoji() -> re.Pattern[str]:
    return _compiled(_EMOJI)


def _tokens(text: str) -> re.Pattern[str]:
    """A token as the query sees it: a CJK run, an emoji, or letters and digits (FTS5's
    unicode61 tokenizer sees those; everything else separates)."""
    if text.isascii():
        return _ASCII_TOKEN
    return _compiled(f"(?P<cjk>{_CJK_RUN})|(?P<emoji>{_EMOJI})|(?P<word>[^\\W_{_CJK_CHARS}]+)")


_PIECE = re.compile(r'(-?)"([^"]*)"?|(\S+)')

HIT_START = "\ue000"
HIT_END = "\ue001"

WORD, GRAMS, EMOJI = "word", "grams", "emoji"  # a term's script: how it is indexed


def emoji_token(emoji: str) -> str:
    """The ASCII token that stands for one emoji in the index: 👍🏽 → emj1f44dz1f3fdz."""
    return "emj" + "".join(f"{ord(c):x}z" for c in emoji if ord(c) not in _SKIPPED_IN_TOKENS)


def _pairs(run: str) -> list[str]:
    """A run's overlapping pairs, then its last character alone (so a one-character search
    finds it as the prefix of a pair or as that last character)."""
    return [run[i:i + 2] for i in range(len(run) - 1)] + [run[-1]]


def index_grams(text: str) -> str:
    """The extra index text for text: the pairs of each CJK/Hangul run and each emoji's token,
    space-separated in text order ('' for text with neither, the common case)."""
    if text.isascii():
        return ""
    pieces: list[tuple[int, str]] = []
    for match in _cjk().finditer(text):
        pieces.append((match.start(), " ".join(_pairs(match.group()))))
    for match in _emoji().finditer(text):
        pieces.append((match.start(), emoji_token(match.group())))
    return " ".join(piece for _, piece in sorted(pieces))


@dataclass(frozen=True)
class Term:
    """One thing to look for: a word or a phrase (its tokens), optionally as a prefix.

    ``script`` says how it is indexed: WORD (stemmed words), GRAMS (one run of CJK or Hangul
    characters, as typed) or EMOJI (one emoji, as typed). Tokens are what the person typed
    (lower-cased), so they can be marked in the text as they are.
    """

    tokens: tuple[str, ...]
    prefix: bool = False
    or_prefix: bool = False
    script: str = WORD

    def expression(self) -> str:
        """The term in FTS5 syntax: a quoted phrase, with ``*`` for a prefix.

        ``or_prefix`` (the word still being typed) matches the word itself or any word it
        starts; both are needed because stemming stores "running" as "run".
        """
        if self.script == GRAMS:
            run = self.tokens[0]
            return f'"{run}"*' if len(run) == 1 else '"' + " ".join(_pairs(run)[:-1]) + '"'
        if self.script == EMOJI:
            return f'"{emoji_token(self.tokens[0])}"*'
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

    @property
    def uses_grams(self) -> bool:
        """True when a wanted term is CJK, Hangul or an emoji (its snippet is made in Python:
        FTS5's own would show the index's pairs)."""
        return any(term.script != WORD for term in self.required)

    def highlight_words(self) -> list[str]:
        """What to mark in the text for the wanted terms (word roots, CJK runs, emoji)."""
        return [highlight_root(token) for term in self.required for token in term.tokens]

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


def _terms(text: str, *, phrase: bool) -> list[Term]:
    """The terms of one typed word or phrase: its Latin (or other spaced-script) words as one
    term, each CJK/Hangul run and each emoji as a term of its own."""
    prefix = not phrase and text.endswith("*")
    terms: list[Term] = []
    words: list[str] = []
    for match in _tokens(text).finditer(text):
        if match.group("word"):
            words.append(match.group("word").lower())
            continue
        if words:
            terms.append(Term(tuple(words)))
            words = []
        script = GRAMS if match.group("cjk") else EMOJI
        terms.append(Term((match.group(),), script=script))
    if words:
        terms.append(Term(tuple(words), prefix=prefix))
    return terms


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
            terms, target = _terms(phrase, phrase=True), excluded if negated else required
        elif word.startswith("-") and len(word) > 1:
            terms, target = _terms(word[1:], phrase=False), excluded
        else:
            terms, target = _terms(word, phrase=False), required
        target.extend(term for term in terms if term not in target)
    if as_you_type and required and text and not text[-1].isspace() and not text.endswith('"'):
        last = required[-1]
        if (last.script == WORD and len(last.tokens) == 1 and not last.prefix
                and len(last.tokens[0]) >= MIN_TYPED_PREFIX):
            required[-1] = Term(last.tokens, or_prefix=True)
    return SearchQuery(required, excluded)


_SUFFIXES = ("ational", "ness", "ment", "ing", "ies", "ied", "ed", "es", "ly", "s")


def highlight_root(token: str) -> str:
    """A rough stem of token for highlighting words the stemmed search matched (listening →
    listen, so listened is marked too); never shorter than three letters. CJK runs and emoji
    are marked as typed."""
    if not token.isascii():
        return token
    for suffix in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            return token[: -len(suffix)]
    return token


_NOT_CJK_WORD = f"[^\\W{_CJK_CHARS}]"  # a letter or digit of a spaced script
_EMOJI_TAIL = "[\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]*"


def _hit_pattern(term: str, ascii_text: bool) -> str:
    if ascii_text and term.isascii():
        return rf"(?<!\w){re.escape(term)}\w*"
    if _cjk().fullmatch(term):
        return re.escape(term)
    if _emoji().fullmatch(term):
        chars = [c for c in term if ord(c) not in _SKIPPED_IN_TOKENS]
        return "".join(re.escape(c) + "\ufe0f?" for c in chars) + _EMOJI_TAIL
    return f"(?<!{_NOT_CJK_WORD}){re.escape(term)}{_NOT_CJK_WORD}*"


def hit_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """(start, length) of every hit of terms in text, in text order: a word starting with a
    term (listen → Listening), a CJK run or an emoji anywhere (同事 in 我的同事很好)."""
    spans = {(match.start(), match.end() - match.start())
             for term in terms if term
             for match in re.finditer(_hit_pattern(term, text.isascii()), text, re.IGNORECASE)}
    return sorted(spans)


EXCERPT_BEFORE, EXCERPT_LENGTH = 30, 110  # characters, about FTS5's 14-token snippet


def marked_excerpt(text: str, words: list[str]) -> tuple[str, int]:
    """A snippet of text around its first hit of words, hits marked with HIT_START/HIT_END,
    cut between words where there are spaces; and how many hits text has (0: text's start)."""
    spans = hit_spans(text, words)
    first = spans[0][0] if spans else 0
    start = max(0, first - EXCERPT_BEFORE)
    space = text.find(" ", start, first)
    if start and space != -1:
        start = space + 1
    end = min(len(text), start + EXCERPT_LENGTH)
    space = text.rfind(" ", max(end - 20, first + 1), end)
    if end < len(text) and space != -1:
        end = space
    pieces, at = ["…"] if start else [], start
    for hit_start, length in spans:
        hit_end = min(hit_start + length, end)
        if hit_start < at or hit_start >= end:
            continue
        pieces += [text[at:hit_start], HIT_START, text[hit_start:hit_end], HIT_END]
        at = hit_end
    pieces.append(text[at:end])
    if end < len(text):
        pieces.append("…")
    return "".join(pieces), len(spans)


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
