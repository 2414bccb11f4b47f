"""``empathy-journal search QUERY [filters]``: find entries by the words in them.

The filters are the window's (``storage/search.py`` ``SearchFilters``, one query for both).
This command imports only what reading needs: no sqlite-utils, no other command, no Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from empathy_journal.cli.paths import CliError
from empathy_journal.domain.translation import _

KINDS = {"reflection": "reflection", "debrief": "conversation"}
MOOD_RANGE, STRESS_RANGE = (1, 10), (0, 10)


def _day(option: str, text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(_("{option} {text!r} is not a date like 2026-11-30.").format(
                         option=option,
                         text=text)) from None


def _whole(option: str, text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise CliError(_("{option} {text!r} is not a whole number.").format(
            option=option, text=text)) from None


def _parse_values(args: argparse.Namespace) -> None:
    """Turn the options' text into values here, so a bad one gets a one-line refusal (argparse
    would print the whole usage first)."""
    args.limit = _whole("--limit", str(args.limit))
    args.first, args.last = _day("--from", args.first), _day("--to", args.last)
    for name in ("mood_min", "mood_max", "stress_min", "stress_max"):
        setattr(args, name, _whole("--" + name.replace("_", "-"), getattr(args, name)))
    if args.kind is not None and args.kind not in KINDS:
        raise CliError(_("--kind must be reflection or debrief (not {kind!r}).").format(kind=args.kind))


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the search subcommand."""
    parser = subparsers.add_parser(
        "search", help=_('find entries by words, "phrases", prefix* and -exclusions'),
        description=_("Search everything you wrote, in any script (Chinese, Japanese and Korean words "
                      'and emoji too): all words must match; use "quotes" for a phrase, word* for a '
                      "prefix and -word to leave entries out. Best matches first. The filters are the "
                      'window\'s: every one given must hold; with filters the query may be empty (""), '
                      "which lists the matching entries newest first."),
        epilog=_('Examples: search coffee --from 2026-01-01 --mood-max 4; search "" --person Ana '
                 "--kind debrief; search 担心 --emotion anxious --emotion worried (any of the feelings)."))
    parser.add_argument("query", metavar="QUERY", nargs="?", default="",
                        help=_("what to look for"))
    parser.add_argument("--limit", metavar="N", default="20",
                        help=_("at most N results (default 20)"))
    parser.add_argument("--json", action="store_true",
                        help=_("print a JSON array of {uuid, date, title, snippet}"))
    filters = parser.add_argument_group(_("filters (as in the window's search panel)"))
    filters.add_argument("--from", dest="first", metavar="DATE",
                         help=_("entries on or after DATE (YYYY-MM-DD)"))
    filters.add_argument("--to", dest="last", metavar="DATE",
                         help=_("entries on or before DATE (YYYY-MM-DD)"))
    filters.add_argument("--mood-min", metavar="N", help=_("mood at least N (1-10)"))
    filters.add_argument("--mood-max", metavar="N", help=_("mood at most N (1-10)"))
    filters.add_argument("--stress-min", metavar="N", help=_("stress at least N (0-10)"))
    filters.add_argument("--stress-max", metavar="N", help=_("stress at most N (0-10)"))
    filters.add_argument("--emotion", metavar="WORD", action="append", default=[],
                         help=_("a feeling (its word, e.g. anxious); repeat for any of several"))
    filters.add_argument("--person", metavar="NAME", help=_("entries about this person"))
    filters.add_argument("--tag", metavar="TAG", help=_("entries with this tag (#work or work)"))
    filters.add_argument("--kind", metavar="reflection|debrief",
                         help=_("reflections or debriefs only"))
    filters.add_argument("--starred", action="store_true", help=_("starred entries only"))
    parser.set_defaults(handler=run)


def _bounds(name: str, low: int | None, high: int | None,
            allowed: tuple[int, int]) -> tuple[int, int] | None:
    """The range a pair of options asks for; None when it is the whole scale (no filter)."""
    for option, value in ((f"--{name}-min", low), (f"--{name}-max", high)):
        if value is not None and not allowed[0] <= value <= allowed[1]:
            raise CliError(_("{option} must be between {value} and {value2} (not {value3}).").format(
                             option=option,
                             value=allowed[0],
                             value2=allowed[1],
                             value3=value))
    chosen = (allowed[0] if low is None else low, allowed[1] if high is None else high)
    if chosen[0] > chosen[1]:
        raise CliError(_("--{name}-min {value} is above --{name}-max {value2}: no entry could match.").format(
                         name=name,
                         value=chosen[0],
                         value2=chosen[1]))
    return None if chosen == allowed else chosen


def _has_filters(args: argparse.Namespace) -> bool:
    return any((args.first, args.last, args.emotion, args.person, args.tag, args.kind,
                args.starred, *(getattr(args, f"{n}_{e}") is not None
                                for n in ("mood", "stress") for e in ("min", "max"))))


def build_filters(db: Any, args: argparse.Namespace) -> Any:
    """The SearchFilters the options ask for, names looked up in the journal; refuses values
    that could never match with a one-line reason."""
    from empathy_journal.domain.entry import EntryKind
    from empathy_journal.storage.search import SearchFilters, emotion_id_for, people_named

    if args.first and args.last and args.first > args.last:
        raise CliError(_("--from {first} is after --to {last}: no entry could match.").format(
                         first=args.first,
                         last=args.last))
    emotion_ids = []
    for word in args.emotion:
        found = emotion_id_for(db, word)
        if found is None:
            raise CliError(_("There is no feeling called {word!r} in this journal's vocabulary.").format(
                             word=word))
        emotion_ids.append(found)
    person_id = None
    if args.person is not None:
        people = people_named(db, args.person)
        if not people:
            raise CliError(_("Nobody called {person!r} is in this journal.").format(person=args.person))
        if len(people) > 1:
            raise CliError(_("{count} people are called {person!r}; rename one in the window's People "
                             "view to tell them apart.").format(count=len(people), person=args.person))
        person_id = people[0]
    tag = args.tag.lower().lstrip("#") if args.tag is not None else None
    if args.tag is not None and not tag:
        raise CliError(_("--tag needs a tag, like work or #work."))
    return SearchFilters(
        first=args.first, last=args.last, emotion_ids=tuple(dict.fromkeys(emotion_ids)),
        person_id=person_id, kind=EntryKind(KINDS[args.kind]) if args.kind else None,
        mood=_bounds("mood", args.mood_min, args.mood_max, MOOD_RANGE),
        stress=_bounds("stress", args.stress_min, args.stress_max, STRESS_RANGE),
        tag=tag, starred_only=args.starred)


def run(args: argparse.Namespace) -> int:
    """Search the journal and print the results."""
    from empathy_journal.cli.journal_access import open_for_reading
    from empathy_journal.domain.search_query import parse_search, plain_snippet
    from empathy_journal.storage.search import SearchOrder, search_entries

    _parse_values(args)
    if args.limit < 1:
        raise CliError(_("--limit must be at least 1."))
    query = parse_search(args.query)
    filtered = _has_filters(args)
    if query.is_empty and not filtered:
        raise CliError(_("Nothing to search for in {query!r}: type at least one word (or give a "
                         "filter).").format(query=args.query))
    for name, allowed in (("mood", MOOD_RANGE), ("stress", STRESS_RANGE)):
        _bounds(name, getattr(args, f"{name}_min"), getattr(args, f"{name}_max"), allowed)
    reader = open_for_reading(args)
    try:
        filters = build_filters(reader.db, args) if filtered else None
        hits = search_entries(reader.db, query, filters=filters, limit=args.limit,
                              order=SearchOrder.NEWEST if query.is_empty else SearchOrder.BEST)
    finally:
        reader.close()
    if args.json:
        rows = [{"uuid": h.uuid, "date": h.local_date.isoformat(), "title": h.title,
                 "snippet": plain_snippet(h.snippet)} for h in hits]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for hit in hits:
        snippet = " ".join(plain_snippet(hit.snippet, "[", "]").split())
        text = ": ".join(part for part in (hit.title, snippet) if part)
        print(f"{hit.local_date.isoformat()}  {text}")
    if not hits:
        print(_("No entries match."), file=sys.stderr)
    return 0
