"""Full-text search: query parsing, index kept in step by triggers, semantics on a known journal."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from empathy_journal.cli import main
from empathy_journal.domain.entry import EmotionTag, Entry, EntryKind
from empathy_journal.domain.search_query import (
    Term,
    highlight_root,
    parse_search,
    plain_snippet,
    snippet_parts,
)
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.search import (
    PREVIEW_CHARS,
    SearchFilters,
    SearchOrder,
    body_preview,
    matching_entry_ids,
    search_entries,
)
from empathy_journal.storage.search_schema import rebuild_search_index

NOW = datetime(2026, 1, 10, 20, 0, tzinfo=UTC)

KNOWN = [
    ("a", date(2026, 1, 1), "Morning run", "Listened to a podcast while running by the river.",
     ["health"], 7, 3, False),
    ("b", date(2026, 1, 2), "Team meeting", "The meeting was long; I listened badly.",
     ["work"], 4, 8, False),
    ("c", date(2026, 1, 3), "Café with Ana", "We talked about listening and the café's "
     "new bread. Don't forget: 50% off!", ["friends"], 8, 2, True),
    ("d", date(2026, 1, 4), "Quiet evening", "Read a book. Nothing about work today.",
     [], 6, 1, False),
]


def _entry(uid: str, day: date, title: str, body: str, tags: list[str], mood: int,
           stress: int, starred: bool) -> Entry:
    return Entry(uuid=f"uuid-{uid}", local_date=day, created_utc=NOW, tz="UTC", title=title,
                 body=body, tags=tags, mood=mood, stress=stress, starred=starred,
                 emotions=[EmotionTag("happy" if mood > 5 else "tense", 3)])


@pytest.fixture
def known(memory_journal: Journal) -> Journal:
    for row in KNOWN:
        memory_journal.repository.save_entry(_entry(*row), now=NOW)
    return memory_journal


def _found(journal: Journal, text, **kwargs) -> list[str]:
    return sorted(h.uuid[-1] for h in search_entries(journal.db, text, **kwargs))


@pytest.mark.parametrize(("text", "expected"), [
    ("meeting", ["b"]),
    ("listened", ["a", "b", "c"]),     # porter: listened, listening, listen share a stem
    ("listen", ["a", "b", "c"]),
    ("listen work", ["b"]),            # all words must match; tags count
    ('"the meeting"', ["b"]),
    ('"meeting the"', []),
    ("run*", ["a"]),
    ("bre*", ["c"]),
    ("listen -meeting", ["a", "c"]),
    ("-meeting", ["a", "c", "d"]),
    ("cafe", ["c"]),                   # diacritics folded
    ("don't", ["c"]),
    ("50%", ["c"]),
    ("friends", ["c"]),
    ("#work", ["b", "d"]),
])
def test_search_semantics(known: Journal, text: str, expected: list[str]) -> None:
    assert _found(known, text) == expected


@pytest.mark.parametrize("text", ['"', "(", ")", "AND", "OR NOT", "NEAR(", "*", "-", "title:x",
                                  "a\"b", "^x", "{x}", "'", ":", "--", "\\", "🙂", "x'y\"z*"])
def test_punctuation_never_raises(known: Journal, text: str) -> None:
    search_entries(known.db, text)


def test_parse_builds_quoted_fts_expression() -> None:
    query = parse_search('Listen* "active  listening" -Meeting -"stand up" AND')
    assert query.required == [Term(("listen",), prefix=True),
                              Term(("active", "listening")), Term(("and",))]
    assert query.match_expression() == (
        '("listen"* AND "active listening" AND "and") NOT ("meeting" OR "stand up")')
    assert parse_search("?!").is_empty


def test_as_you_type_matches_the_word_being_typed(known: Journal) -> None:
    query = parse_search("meeting lis", as_you_type=True)
    assert query.match_expression() == '"meeting" AND ("lis" OR "lis"*)'
    assert _found(known, query) == ["b"]
    assert parse_search("lis ", as_you_type=True).match_expression() == '"lis"'
    assert parse_search("l", as_you_type=True).match_expression() == '"l"'
    running = parse_search("running", as_you_type=True)  # stemmed to "run" in the index
    assert _found(known, running) == ["a"]


@pytest.mark.parametrize(("token", "root"), [("listening", "listen"), ("listened", "listen"),
                                             ("walks", "walk"), ("bed", "bed"), ("run", "run")])
def test_highlight_root(token: str, root: str) -> None:
    assert highlight_root(token) == root


def test_snippet_marks_hits(known: Journal) -> None:
    hit = search_entries(known.db, "bread")[0]
    assert plain_snippet(hit.snippet, "[", "]") == (
        "We talked about listening and the café's new [bread]. Don't forget: 50…")
    assert ("bread", True) in snippet_parts(hit.snippet)


def test_title_match_ranks_first(known: Journal) -> None:
    known.repository.save_entry(_entry("e", date(2026, 1, 5), "", "meeting notes", [], 5, 5,
                                       False), now=NOW)
    assert [h.uuid for h in search_entries(known.db, "meeting")] == ["uuid-b", "uuid-e"]
    newest = search_entries(known.db, "meeting", order=SearchOrder.NEWEST)
    assert [h.uuid for h in newest] == ["uuid-e", "uuid-b"]


def test_edit_updates_index_and_trash_hides(known: Journal) -> None:
    entry = known.repository.get_entry("uuid-d")
    entry.body = "Read a novel about whales."
    known.repository.save_entry(entry, now=NOW)
    assert _found(known, "whales") == ["d"]
    assert _found(known, "book") == []
    known.repository.trash_entry("uuid-d", now=NOW)
    assert _found(known, "whales") == []
    known.repository.restore_entry("uuid-d")
    assert _found(known, "whales") == ["d"]
    known.repository.empty_trash()
    assert known.db.execute("SELECT count(*) FROM entries_fts").fetchone()[0] == 4


def test_tags_people_and_debrief_fields_are_indexed(known: Journal) -> None:
    db = known.db
    entry = known.repository.save_entry(Entry(
        uuid="uuid-f", local_date=date(2026, 1, 6), created_utc=NOW, tz="UTC",
        kind=EntryKind.CONVERSATION, title="Talk", body="short"), now=NOW)
    db.execute("INSERT INTO people (uuid, name, created_utc) VALUES ('p', 'Zoltan', 'x')")
    db.execute("INSERT INTO conversations (entry_id, person_id, heard) VALUES (?, 1, "
               "'worried about deadlines')", [entry.id])
    assert _found(known, "deadline") == ["f"]
    assert _found(known, "zoltan") == ["f"]
    db.execute("UPDATE people SET name = 'Zed' WHERE id = 1")
    assert _found(known, "zoltan") == []
    assert _found(known, "zed") == ["f"]
    entry.tags = ["retro"]
    known.repository.save_entry(entry, now=NOW)
    assert _found(known, "retro") == ["f"]


def test_rebuild_matches_trigger_maintained_index(known: Journal) -> None:
    before = known.db.execute("SELECT rowid, * FROM entries_fts ORDER BY rowid").fetchall()
    rebuild_search_index(known.db)
    assert known.db.execute("SELECT rowid, * FROM entries_fts ORDER BY rowid").fetchall() == before


def test_filters(known: Journal) -> None:
    assert _found(known, "", filters=SearchFilters(starred_only=True)) == ["c"]
    assert _found(known, "", filters=SearchFilters(mood=(6, 8))) == ["a", "c", "d"]
    assert _found(known, "listen", filters=SearchFilters(stress=(0, 3))) == ["a", "c"]
    assert _found(known, "", filters=SearchFilters(first=date(2026, 1, 2),
                                                   last=date(2026, 1, 3))) == ["b", "c"]
    assert _found(known, "", filters=SearchFilters(tag="#Work")) == ["b"]
    assert _found(known, "", filters=SearchFilters(emotion_ids=("tense",))) == ["b"]
    assert _found(known, "", filters=SearchFilters(kind=EntryKind.CONVERSATION)) == []
    ids = matching_entry_ids(known.db, "listen -meeting")
    assert len(ids) == 2


def test_cli_search_json(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    import json

    path = tmp_path / "j.sqlite"
    journal = Journal.open(path)
    for row in KNOWN:
        journal.repository.save_entry(_entry(*row), now=NOW)
    journal.close()
    assert main(["--journal", str(path), "search", "bread", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{
        "uuid": "uuid-c", "date": "2026-01-03", "title": "Café with Ana",
        "snippet": "We talked about listening and the café's new bread. Don't forget: 50…"}]
    assert main(["--journal", str(path), "search", "listen", "--limit", "1"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    assert main(["--journal", str(path), "search", "?!"]) == 1
    assert "Nothing to search for" in capsys.readouterr().err
    assert main(["--journal", str(tmp_path / "none.sqlite"), "search", "x"]) == 1


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=30), typing=st.booleans())
def test_any_typed_text_is_a_valid_query(known: Journal, text: str, typing: bool) -> None:
    search_entries(known.db, parse_search(text, as_you_type=typing))
    matching_entry_ids(known.db, text)


def test_a_title_only_match_shows_the_body_not_the_title_again(memory_journal: Journal) -> None:
    body = ("We sat by the window for an hour and talked about the move, the new job, the garden "
            "and her sister.")
    memory_journal.repository.save_entry(_entry("m", date(2026, 1, 6), "Morning coffee with "
                                                "@anna.", body, [], 7, 2, False), now=NOW)
    hit = search_entries(memory_journal.db, "coffee")[0]
    assert plain_snippet(hit.snippet) == (
        "We sat by the window for an hour and talked about the move, the…")  # 14 words
    assert hit.title == "Morning coffee with @anna."


def test_cli_search_never_repeats_the_title(tmp_path: Path,
                                            capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "j.sqlite"
    journal = Journal.open(path)
    journal.repository.save_entry(_entry("m", date(2026, 1, 6), "Morning coffee with @anna.",
                                         "Short body.", [], 7, 2, False), now=NOW)
    journal.repository.save_entry(_entry("n", date(2026, 1, 7), "Coffee again", "", [], 7, 2,
                                         False), now=NOW)
    journal.close()
    assert main(["--journal", str(path), "search", "coffee"]) == 0
    assert sorted(capsys.readouterr().out.splitlines()) == [
        "2026-01-06  Morning coffee with @anna.: Short body.",
        "2026-01-07  Coffee again",
    ]


def test_browsing_without_words_cuts_the_body_between_words_with_an_ellipsis(
        memory_journal: Journal) -> None:
    body = "Production alerts started at nine and did not stop " * 5
    memory_journal.repository.save_entry(_entry("p", date(2026, 1, 8), "Alerts", body, [], 3, 8,
                                                False), now=NOW)
    hit = search_entries(memory_journal.db, "-meeting")[0]
    # three repeats are 155 characters; the fourth "Production" would pass 160
    assert hit.snippet == ("Production alerts started at nine and did not stop Production "
                           "alerts started at nine and did not stop Production alerts started "
                           "at nine and did not stop…")
    assert len(hit.snippet) <= PREVIEW_CHARS + 1


@pytest.mark.parametrize(("body", "preview"), [
    ("short", "short"), ("two  spaced\nlines", "two spaced lines"),
    ("a" * 200, "a" * 160 + "…"), ("word " * 40, ("word " * 32).rstrip() + "…"),
])
def test_body_preview(body: str, preview: str) -> None:
    assert body_preview(body) == preview
