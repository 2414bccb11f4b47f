"""The journal session: every write one transaction, announced once with what it changed, and
nothing read or written while locked."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from empathy_journal.domain.conversation import Debrief
from empathy_journal.domain.entry import EntryKind, new_entry
from empathy_journal.interchange.importer import read_source
from empathy_journal.session.changes import Change
from empathy_journal.session.journal_session import EntryDraft, JournalSession
from empathy_journal.storage.errors import JournalError, ReadOnlyJournalError
from empathy_journal.storage.journal import Journal, JournalLockedError

DAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 20, 0, tzinfo=UTC)
SECRET = "harbour lights at dusk"


def _heard(session: JournalSession) -> list[Change]:
    changes: list[Change] = []
    session.subscribe(changes.append)
    return changes


def _debrief_draft(body: str = "Talked it through") -> EntryDraft:
    entry = replace(new_entry(DAY, now=NOW), kind=EntryKind.CONVERSATION, body=body, mood=6)
    return EntryDraft(entry, debrief=Debrief(follow_up="Ask how it landed"),
                      practices={"paraphrased"})


def test_a_save_is_announced_once_with_the_rows_the_views_show(memory_journal: Journal) -> None:
    session = JournalSession(memory_journal)
    changes = _heard(session)
    saved = session.save(_debrief_draft(), now=NOW)
    [change] = changes
    assert saved.summary is not None and saved.summary.uuid == saved.entry.uuid
    assert dict(change.entries) == {saved.entry.uuid: saved.summary}
    assert saved.day is not None and (saved.day.day, saved.day.mood, saved.day.entries) == (
        DAY, 6.0, 1)
    assert dict(change.days) == {DAY: saved.day}
    assert change.follow_ups and not change.whole_journal and change.locked is None
    assert session.practices.ticked(saved.entry.id or 0) == {"paraphrased"}


def test_a_fault_after_the_debrief_part_leaves_nothing_half_saved(
        memory_journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    session = JournalSession(memory_journal)
    changes = _heard(session)

    def disk_fails(*_args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(session.practices.repository, "set_ticked", disk_fails)
    draft = _debrief_draft()
    with pytest.raises(JournalError):
        session.save(draft, now=NOW)
    assert session.entry(draft.entry.uuid) is None
    assert memory_journal.db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 0
    assert changes == []  # nothing was committed, so nothing is announced


def test_trash_and_restore_announce_the_row_leaving_and_coming_back(
        memory_journal: Journal) -> None:
    session = JournalSession(memory_journal)
    saved = session.save(EntryDraft(replace(new_entry(DAY, now=NOW), body="a", mood=4)), now=NOW)
    changes = _heard(session)
    session.trash(saved.entry.uuid)
    assert dict(changes[-1].entries) == {saved.entry.uuid: None}
    assert dict(changes[-1].days) == {DAY: None}
    assert session.entries_between(DAY, DAY) == []
    assert session.restore(saved.entry.uuid) is True
    assert dict(changes[-1].entries) == {saved.entry.uuid: saved.summary}
    assert changes[-1].days[DAY] == saved.day
    assert len(changes) == 2
    session.trash(saved.entry.uuid)
    assert session.empty_trash() == 1
    assert session.restore(saved.entry.uuid) is False  # gone for good: nothing announced
    assert len(changes) == 4


def test_an_import_is_one_announcement_of_the_whole_journal(
        memory_journal: Journal, tmp_path: Path) -> None:
    source = tmp_path / "journal.txt"
    source.write_text("[2026-11-20 09:00] Walk\nBy the river.\n\n"
                      "[2026-11-21 09:00] Call\nWith Sam.\n", encoding="utf-8")
    session = JournalSession(memory_journal)
    changes = _heard(session)
    result = session.import_batch(read_source(source, "jrnl-text"))
    assert result.added == 2
    [change] = changes
    assert change.whole_journal and change.touches_month(2026, 11)
    assert session.entry_count() == 2


def test_settings_and_people_changes_name_what_changed(memory_journal: Journal) -> None:
    session = JournalSession(memory_journal)
    changes = _heard(session)
    session.set_setting("security.auto_lock_minutes", "5")
    person = session.people.find_or_create("Sam")
    session.people.rename(person.id or 0, "Samira")
    assert changes[0].settings == {"security.auto_lock_minutes"} and not changes[0].people
    assert all(c.people and not c.entries for c in changes[1:])
    assert session.setting("security.auto_lock_minutes") == "5"


def test_one_failing_observer_does_not_keep_the_others_from_hearing(
        memory_journal: Journal) -> None:
    session = JournalSession(memory_journal)

    def broken(_change: Change) -> None:
        raise RuntimeError("a view's bug")

    session.subscribe(broken)
    changes = _heard(session)
    session.set_setting("k", "v")
    assert len(changes) == 1


def test_locked_refuses_every_read_and_write_until_the_right_passphrase(
        journal_path: Path) -> None:
    session = JournalSession(Journal.open(journal_path, passphrase=SECRET))
    saved = session.save(EntryDraft(replace(new_entry(DAY, now=NOW), body="private")), now=NOW)
    changes = _heard(session)
    session.lock()
    assert session.locked and session.passphrase is None
    assert changes[-1].locked is True and not changes[-1].touches_entries()
    for read in (lambda: session.entry(saved.entry.uuid),
                 lambda: session.entries_between(DAY, DAY),
                 lambda: session.reading.search("private"),
                 lambda: session.people.names()):
        with pytest.raises(JournalLockedError):
            read()
    with pytest.raises(JournalLockedError):
        session.save(EntryDraft(new_entry(DAY, now=NOW)))
    with pytest.raises(JournalError):
        session.unlock("not it")
    assert session.locked
    session.unlock(SECRET)
    assert changes[-1].locked is False and changes[-1].whole_journal
    assert session.entry(saved.entry.uuid) is not None
    session.close()


def test_a_read_only_journal_refuses_writes_plainly(journal_path: Path) -> None:
    Journal.open(journal_path).close()
    session = JournalSession(Journal.open(journal_path, read_only=True))
    with pytest.raises(ReadOnlyJournalError, match="read-only"):
        session.set_setting("k", "v")
    session.close()
