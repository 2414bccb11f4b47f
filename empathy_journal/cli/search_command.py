"""``empathy-journal search QUERY``: find entries by the words in them."""

from __future__ import annotations

import argparse
import json
import sys

from empathy_journal.cli.paths import CliError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the search subcommand."""
    parser = subparsers.add_parser(
        "search", help="find entries by words, \"phrases\", prefix* and -exclusions",
        description="Search everything you wrote: all words must match; use \"quotes\" for a "
        "phrase, word* for a prefix and -word to leave entries out. Best matches first.")
    parser.add_argument("query", metavar="QUERY", help="what to look for")
    parser.add_argument("--limit", type=int, default=20, help="at most N results (default 20)")
    parser.add_argument("--json", action="store_true",
                        help="print a JSON array of {uuid, date, title, snippet}")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Search the journal and print the results."""
    from empathy_journal.cli.journal_access import open_for_command
    from empathy_journal.domain.search_query import parse_search, plain_snippet
    from empathy_journal.storage.search import search_entries

    if args.limit < 1:
        raise CliError("--limit must be at least 1.")
    query = parse_search(args.query)
    if query.is_empty:
        raise CliError(f"Nothing to search for in {args.query!r}: type at least one word.")
    journal, _path, _passphrase = open_for_command(args)
    try:
        hits = search_entries(journal.db, query, limit=args.limit)
    finally:
        journal.close()
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
        print("No entries match.", file=sys.stderr)
    return 0
