"""Search for every script: Chinese, Japanese, Korean and emoji find their entries, ranked with
the rest and marked in snippets; kept in step by saves, rebuilt by migration 0006, encrypted too.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from empathy_journal.domain.entry import Entry
from empathy_journal.domain.search_query import (
    EMOJI,
    GRAMS,
    hit_spans,
    index_grams,
    parse_search,
    plain_snippet,
)
from empathy_journal.storage import migrations as schema
from empathy_journal.storage.database import APPLICATION_ID
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.search import search_entries
from empathy_journal.storage.search_schema import PENDING_TABLE, rebuild_search_index
from empathy_journal.storage.vocabulary_store import sync_builtin_emotions

NOW = datetime(2026, 1, 10, 20, 0, tzinfo=UTC)
SECRET = "correct horse battery staple"

# (uuid letter, title, body): the words searched for below are in these on purpose.
ENTRIES = [
    ("a", "和同事吃午饭", "今天和同事一起吃午饭，聊得很开心。"),          # 同事 in the title
    ("b", "工作", "我有点担心明天的会议，同事说不用担心。"),           # 同事 in the body, 担心 ×2
    ("c", "会社", "会社の同僚と話した。少し心配だけど、大丈夫。"),      # Japanese
    ("d", "친구", "오늘 친구와 커피를 마셨다. 정말 좋았다."),          # Korean, particles attached
    ("e", "Rainy day", "Sad all morning 😢 then a call from Mum 👍🏽"),   # emoji beside Latin
    ("f", "Team meeting", "The meeting was long; we listened badly. ❤️ coffee"),
    ("g", "Café", "Coffee with Ana, we talked about listening. 同事 came too."),
]


def _entry(uid: str, title: str, body: str, day: int) -> Entry:
    return Entry(uuid=f"uuid-{uid}", local_date=date(2026, 1, day), created_utc=NOW, tz="UTC",
                 title=title, body=body)


def _fill(journal: Journal) -> Journal:
    for day, row in enumerate(ENTRIES, start=1):
        journal.repository.save_entry(_entry(*row, day), now=NOW)
    return journal


@pytest.fixture
def scripts(memory_journal: Journal) -> Journal:
    return _fill(memory_journal)


def _found(journal: Journal, text: str) -> list[str]:
    """The uuid letters found, best first."""
    return [h.uuid[-1] for h in search_entries(journal.db, text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("同事", ["a", "b", "g"]),          # two-character Chinese word; title hit ranks first
    ("担心", ["b"]),
    ("同僚", ["c"]),                    # Japanese kanji word inside a run with kana
    ("心配", ["c"]),
    ("친구", ["d"]),                    # Korean: 친구와 (friend + particle) still found
    ("커피", ["d"]),
    ("😢", ["e"]),
    ("👍", ["e"]),                      # any skin tone
    ("❤", ["f"]),                       # with or without the emoji presentation selector
    ("同事 coffee", ["g"]),             # scripts mixed in one query: all must match
    ("同事 -coffee", ["a", "b"]),
    ("-同事 coffee", ["f"]),
    ('"同事说"', ["b"]),                 # a three-character run is the phrase of its pairs
    ("事说", ["b"]),                    # any two characters of a run
    ("担", ["b"]),                      # a single character
    ("饭", ["a"]),                      # the last character of a run
    ("同事们", []),
])
def test_every_script_finds_its_entries(scripts: Journal, text: str, expected: list[str]) -> None:
    found = _found(scripts, text)
    assert sorted(found) == sorted(expected)
    if expected:
        assert found[0] == expected[0]


def test_latin_search_keeps_stemming_phrases_prefix_and_exclusion(scripts: Journal) -> None:
    assert sorted(_found(scripts, "listen")) == ["f", "g"]
    assert _found(scripts, '"the meeting"') == ["f"]
    assert sorted(_found(scripts, "coff*")) == ["f", "g"]
    assert _found(scripts, "listen -meeting") == ["g"]
    assert _found(scripts, "meeting") == ["f"]  # title weight: bm25 as before


def test_a_cjk_word_in_the_title_outranks_one_in_the_body(memory_journal: Journal) -> None:
    save = memory_journal.repository.save_entry
    save(_entry("x", "散步", "今天很累。担心工作。", 1), now=NOW)
    save(_entry("y", "担心", "今天很累。", 2), now=NOW)
    assert _found(memory_journal, "担心") == ["y", "x"]


def test_snippets_mark_hits_in_every_script(scripts: Journal) -> None:
    [hit] = search_entries(scripts.db, "担心")
    assert plain_snippet(hit.snippet, "[", "]") == "我有点[担心]明天的会议，同事说不用[担心]。"
    [hit] = search_entries(scripts.db, "친구")
    assert "[친구]와" in plain_snippet(hit.snippet, "[", "]")
    [hit] = search_entries(scripts.db, "👍")
    assert "[👍🏽]" in plain_snippet(hit.snippet, "[", "]")
    [hit] = search_entries(scripts.db, "同事 coffee")
    assert plain_snippet(hit.snippet, "[", "]").startswith("[Coffee] with Ana")
    assert "[同事]" in plain_snippet(hit.snippet, "[", "]")


def test_a_title_only_cjk_hit_shows_the_start_of_the_body(memory_journal: Journal) -> None:
    memory_journal.repository.save_entry(_entry("t", "担心", "A quiet evening.", 1), now=NOW)
    [hit] = search_entries(memory_journal.db, "担心")
    assert hit.snippet == "A quiet evening."


def test_hit_spans_find_cjk_and_emoji_inside_words() -> None:
    text = "我的同事很好 Listening 😢 👍🏽 ❤️"
    assert hit_spans(text, ["同事", "listen", "👍", "❤"]) == [(2, 2), (7, 9), (19, 2), (22, 2)]
    assert hit_spans("同事coffee", ["coffee"]) == [(2, 6)]


def test_the_query_and_the_index_agree() -> None:
    assert index_grams("我的同事, coffee 😢") == "我的 的同 同事 事 emj1f622z"
    assert index_grams("plain ASCII only") == ""
    query = parse_search("同事们 猫 😢 coffee")
    assert [t.script for t in query.required] == [GRAMS, GRAMS, EMOJI, "word"]
    assert query.match_expression() == '"同事 事们" AND "猫"* AND "emj1f622z"* AND "coffee"'


def test_saving_and_editing_keep_the_grams_in_step(scripts: Journal) -> None:
    repository = scripts.repository
    entry = repository.get_entry("uuid-b")
    repository.save_entry(replace(entry, body="和朋友散步。"), now=NOW)
    assert _found(scripts, "担心") == []
    assert _found(scripts, "朋友") == ["b"]
    repository.trash_entry("uuid-b", now=NOW)
    assert _found(scripts, "朋友") == []
    assert scripts.db.execute(f"SELECT count(*) FROM {PENDING_TABLE}").fetchone()[0] == 0


def test_plain_sql_writes_are_caught_up_at_the_next_search(scripts: Journal) -> None:
    scripts.db.execute("UPDATE entries SET body = '新的同事' WHERE uuid = 'uuid-d'")
    scripts.db.execute("INSERT INTO entry_tags (entry_id, tag) SELECT id, '家庭' FROM entries "
                       "WHERE uuid = 'uuid-e'")
    assert sorted(_found(scripts, "同事")) == ["a", "b", "d", "g"]
    assert _found(scripts, "家庭") == ["e"]


def test_rebuilding_gives_the_rows_the_triggers_keep(scripts: Journal) -> None:
    search_entries(scripts.db, "同事")  # catch up
    index = "SELECT rowid, * FROM entries_fts ORDER BY rowid"
    kept = scripts.db.execute(index).fetchall()
    assert kept[0][-2:] == ("和同 同事 事吃 吃午 午饭 饭",
                            "今天 天和 和同 同事 事一 一起 起吃 吃午 午饭 饭 聊得 得很 很开 开心 心")
    rebuild_search_index(scripts.db)
    assert scripts.db.execute(index).fetchall() == kept
    rebuild_search_index(scripts.db, [2, 5])
    assert scripts.db.execute(index).fetchall() == kept


def test_encrypted_journal_searches_every_script(journal_path: Path) -> None:
    journal = _fill(Journal.open(journal_path, passphrase=SECRET))
    journal.close()
    reopened = Journal.open(journal_path, passphrase=SECRET)
    try:
        assert reopened.encrypted
        found = _found(reopened, "同事")
        assert found[0] == "a" and sorted(found) == ["a", "b", "g"]
        assert _found(reopened, "친구") == ["d"]
        assert _found(reopened, "👍") == ["e"]
        assert sorted(_found(reopened, "listen")) == ["f", "g"]
    finally:
        reopened.close()


def _journal_at_0003(path: Path, passphrase: str | None = None) -> None:
    """A journal as the release before 0005 wrote it, holding ENTRIES."""
    path.parent.mkdir(parents=True, exist_ok=True)
    journal = Journal.open(path, passphrase=passphrase)  # made current, then taken back
    journal.close()
    path.unlink()
    for sidecar in path.parent.glob(path.name + "-*"):
        sidecar.unlink()
    from empathy_journal.storage.cipher import connect_file

    db = Database(connect_file(path, passphrase), execute_plugins=False)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    schema.migrations.apply(db, stop_before="0006_search_every_script")
    sync_builtin_emotions(db)
    from empathy_journal.storage.repository import JournalRepository

    repository = JournalRepository(db, path)
    for day, row in enumerate(ENTRIES, start=1):
        repository.save_entry(_entry(*row, day), now=NOW)
    db.close()


@pytest.mark.parametrize("passphrase", [None, SECRET], ids=["plain", "encrypted"])
def test_migration_makes_every_existing_entry_searchable(journal_path: Path,
                                                         passphrase: str | None) -> None:
    _journal_at_0003(journal_path, passphrase)
    reports: list[tuple[str, int, int]] = []
    with schema.reporting_progress(lambda what, done, total: reports.append((what, done, total))):
        journal = Journal.open(journal_path, passphrase=passphrase)
    try:
        assert journal.opened.migrated[0] == "0006_search_every_script"  # then any later ones
        assert reports and reports[-1] == ("Updating the search index", 7, 7)
        for uid, word in [("a", "同事"), ("b", "担心"), ("c", "同僚"), ("d", "친구"),
                          ("e", "😢"), ("f", "listened"), ("g", "talk")]:
            assert f"uuid-{uid}" in {h.uuid for h in search_entries(journal.db, word)}, word
        assert journal.db.execute("SELECT count(*) FROM entries_fts").fetchone()[0] == 7
    finally:
        journal.close()


def test_a_read_only_journal_still_searches(journal_path: Path) -> None:
    journal = _fill(Journal.open(journal_path))
    journal.close()
    reader = Journal.open(journal_path, read_only=True)
    try:
        assert reader.read_only
        assert sorted(_found(reader, "listen")) == ["f", "g"]
        _found(reader, "同事")  # grams pending since the saves: no write, no error
    finally:
        reader.close()
