"""Sync through one folder, in this process: what travels, how edits meet, what is refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sync_devices import Device

from empathy_journal.sync import SyncFolderError, WrongSyncPassphrase
from empathy_journal.sync.engine import CONFLICT_SOURCE
from empathy_journal.sync.merge import merge_payloads, merge_set, merge_text
from empathy_journal.sync.records import read_payloads


@pytest.fixture
def pair(tmp_path: Path):
    folder = tmp_path / "shared"
    a, b = Device(folder), Device(folder)
    yield a, b
    a.close()
    b.close()


def change_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "journal.json")


# -- merging text and records ----------------------------------------------------------------

def test_text_edits_of_different_paragraphs_merge_and_of_one_line_do_not():
    base = "morning\n\nnoon\n\nevening\n"
    assert merge_text(base, "MORNING\n\nnoon\n\nevening\n", "morning\n\nnoon\n\nEVENING\n") == (
        "MORNING\n\nnoon\n\nEVENING\n")
    assert merge_text(base, "morning!\n\nnoon\n\nevening\n", "morning?\n\nnoon\n\nevening\n") is None
    assert merge_text("a", "b", "b") == "b"
    assert merge_text("", "one", "two") is None  # both wrote into an empty body


def test_sets_merge_additions_and_removals_from_both_sides():
    merged, clean = merge_set("tags", ["a", "b"], ["a", "b", "c"], ["b"])
    assert (merged, clean) == (["b", "c"], True)
    emotions, clean = merge_set("emotions", [], [["calm", 2, "self"]], [["calm", 4, "self"]])
    assert emotions == [["calm", 2, "self"]] and not clean


def test_a_rating_changed_on_both_sides_is_a_conflict_but_a_trash_and_an_edit_are_not():
    base = {"body": "x", "mood": 5, "deleted_utc": None, "updated_utc": "1", "conversation": None}
    merged, conflicts = merge_payloads("entry", base, {**base, "mood": 6, "updated_utc": "2"},
                                       {**base, "mood": 7, "updated_utc": "3"})
    assert conflicts == ["mood"] and merged["mood"] == 6 and merged["updated_utc"] == "3"
    merged, conflicts = merge_payloads("entry", base, {**base, "deleted_utc": "2026"},
                                       {**base, "body": "y"})
    assert conflicts == [] and merged == {**base, "deleted_utc": "2026", "body": "y"}


# -- two computers ---------------------------------------------------------------------------

def test_an_entry_travels_whole_with_its_debrief_person_and_emotions(pair):
    a, b = pair
    entry = a.debrief("Ana", "she felt unheard")
    a.sync()
    outcome = b.sync()
    assert outcome.report.received > 0 and outcome.report.devices == 2
    assert b.records() == a.records()
    got = b.session.entry(entry.uuid)
    assert got is not None and got.revision == entry.revision and got.body == "talked"
    assert [t.emotion_id for t in got.emotions] == ["calm"]
    assert got.content_hash == entry.content_hash
    assert b.session.debriefs.follow_ups()[0].person_name == "Ana"
    assert b.announced[-1].entries.keys() == {entry.uuid}


def test_a_newer_edit_based_on_what_the_other_has_wins_quietly(pair):
    a, b = pair
    entry = a.write("first")
    a.sync(), b.sync()
    b.write("second", uuid=entry.uuid)
    b.sync()
    outcome = a.sync()
    assert a.body(entry.uuid) == "second"
    assert outcome.report.conflicts == outcome.report.merged == 0
    assert b.sync().report.sent == 0  # nothing bounces back
    assert a.records() == b.records()


def test_edits_of_different_paragraphs_on_two_computers_are_merged(pair):
    a, b = pair
    entry = a.write("one\n\ntwo\n\nthree")
    a.sync(), b.sync()
    a.write("ONE\n\ntwo\n\nthree", uuid=entry.uuid)
    b.write("one\n\ntwo\n\nthree, and four", uuid=entry.uuid)
    a.sync(), b.sync(), a.sync()
    assert a.body(entry.uuid) == b.body(entry.uuid) == "ONE\n\ntwo\n\nthree, and four"
    assert a.records() == b.records()
    assert a.session.entry_count() == 1


def test_edits_of_the_same_line_keep_both_as_a_linked_conflict_copy(pair):
    a, b = pair
    entry = a.write("I was angry", title="Tuesday")
    a.sync(), b.sync()
    a.write("I was angry, then calm", title="Tuesday", uuid=entry.uuid)
    b.write("I was hurt", title="Tuesday", uuid=entry.uuid)
    a.sync()
    outcome = b.sync()
    a.sync()
    assert outcome.report.conflicts == 1
    assert a.records() == b.records()
    assert sorted(a.bodies()) == ["I was angry, then calm", "I was hurt"]
    copies = [p for p in read_payloads(b.session.journal.db, "entry").values()
              if p["source_app"] == CONFLICT_SOURCE]
    assert len(copies) == 1 and copies[0]["title"] == "Tuesday (conflict copy)"
    assert copies[0]["source_id"].startswith(entry.uuid)


def test_an_edit_made_without_seeing_a_removal_survives_it(pair):
    a, b = pair
    entry = a.write("keep me")
    a.sync(), b.sync()
    a.session.trash(entry.uuid)
    a.session.empty_trash()
    b.write("keep me, edited", uuid=entry.uuid)
    a.sync(), b.sync(), a.sync()
    assert a.body(entry.uuid) == b.body(entry.uuid) == "keep me, edited"


def test_a_trash_on_one_computer_and_an_edit_on_the_other_both_hold(pair):
    a, b = pair
    entry = a.write("draft")
    a.sync(), b.sync()
    a.session.trash(entry.uuid)
    b.write("draft, finished", uuid=entry.uuid)
    a.sync(), b.sync(), a.sync()
    for device in pair:
        stored = device.session.entry(entry.uuid)
        assert stored is not None and stored.deleted_utc is not None
        assert stored.body == "draft, finished"
    b.session.restore(entry.uuid)
    b.sync(), a.sync()
    assert a.session.entry(entry.uuid).deleted_utc is None  # type: ignore[union-attr]


def test_people_and_their_notes_travel(pair):
    a, b = pair
    ana = a.session.people.find_or_create("Ana")
    a.session.people.set_note(ana.id, "my sister")
    a.sync(), b.sync()
    on_b = b.session.people.find_by_name("Ana")
    assert on_b is not None and on_b.note == "my sister" and on_b.uuid == ana.uuid


# -- files in the folder ---------------------------------------------------------------------

def test_a_half_delivered_file_waits_until_it_is_complete(tmp_path: Path):
    a, b = Device(tmp_path / "a-view"), Device(tmp_path / "b-view")
    entry = a.write("hello")
    a.sync()
    b.sync()  # b joins the same journal id once a's folder has arrived
    b.session.set_setting("sync.journal_id", a.session.setting("sync.journal_id") or "")
    (written,) = change_files(tmp_path / "a-view")
    target = tmp_path / "b-view" / written.relative_to(tmp_path / "a-view")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(written.parent.parent / "journal.json", target.parent.parent / "journal.json")
    data = written.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    outcome = b.sync()
    assert outcome.report.waiting == 1 and b.body(entry.uuid) is None
    assert any("not complete" in w for w in outcome.warnings)
    target.write_bytes(data)
    assert b.sync().report.received == 1 and b.body(entry.uuid) == "hello"


def test_a_sync_tools_conflict_copy_is_read_as_a_change(pair, tmp_path: Path):
    a, b = pair
    entry = a.write("from a")
    a.sync()
    (written,) = change_files(tmp_path / "shared")
    written.rename(written.with_name("00000001.sync-conflict-20260501-101010-ABCDEFG.ejc"))
    b.sync()
    assert b.body(entry.uuid) == "from a"


def test_a_sync_cut_off_after_writing_its_file_sends_nothing_twice(pair, monkeypatch):
    a, b = pair
    entry = a.write("before the crash")
    from empathy_journal.sync import engine

    def crash(*args, **kwargs):
        raise KeyboardInterrupt  # stands in for the power going off after the rename

    monkeypatch.setattr(engine, "store_setting", crash)
    with pytest.raises(KeyboardInterrupt):
        a.sync()
    monkeypatch.undo()
    files_before = change_files(a.folder)
    assert len(files_before) == 1
    assert a.sync().report.sent == 0  # the journal finds its own file says it all
    b.sync()
    assert b.body(entry.uuid) == "before the crash"
    a.write("after", uuid=entry.uuid)
    a.sync()
    assert sorted(p.name for p in change_files(a.folder)) == ["00000001.ejc", "00000002.ejc"]


def test_many_files_are_compacted_into_one_snapshot_without_losing_a_version(pair, monkeypatch):
    from empathy_journal.sync import engine

    monkeypatch.setattr(engine, "COMPACT_AFTER", 3)
    a, b = pair
    entry = a.write("0")
    for n in range(1, 6):
        a.sync()
        a.write(str(n), uuid=entry.uuid)
    a.sync()
    names = sorted(p.name for p in change_files(a.folder))
    assert any(n.startswith("snapshot-") for n in names) and len(names) <= 4
    b.sync()
    assert b.body(entry.uuid) == "5"


# -- refusals and warnings -------------------------------------------------------------------

def test_the_journal_never_lives_in_the_sync_folder(tmp_path: Path):
    device = Device(tmp_path, path=tmp_path / "inside" / "journal.sqlite")
    with pytest.raises(SyncFolderError, match="inside"):
        device.session.apply_sync(tmp_path)
    device.close()


def test_a_journal_in_a_folder_a_sync_tool_manages_is_warned_about(tmp_path: Path):
    (tmp_path / "Sync" / ".stfolder").mkdir(parents=True)
    device = Device(tmp_path / "shared", path=tmp_path / "Sync" / "journal.sqlite")
    outcome = device.sync()
    assert any("folder-sync tool" in w for w in outcome.warnings)
    device.close()


def test_without_a_folder_given_or_remembered_sync_says_what_to_do(tmp_path: Path):
    device = Device(tmp_path / "shared")
    with pytest.raises(SyncFolderError, match="sync FOLDER"):
        device.session.apply_sync()
    device.sync()
    assert device.session.apply_sync().folder == tmp_path / "shared"  # remembered
    device.close()


# -- encrypted journals ----------------------------------------------------------------------

CANARY = "Zanzibar-canary-4711"


def test_an_encrypted_journals_folder_holds_no_text_names_or_dates(tmp_path: Path):
    folder = tmp_path / "shared"
    a = Device(folder, path=tmp_path / "a.sqlite", passphrase="correct horse")
    a.debrief(f"{CANARY}-person", f"{CANARY}-heard")
    a.write(f"{CANARY} body", title=f"{CANARY} title")
    a.sync()
    b = Device(folder, path=tmp_path / "b.sqlite", passphrase="correct horse")
    b.sync()
    assert CANARY in " ".join(b.bodies()) or any(CANARY in s for s in b.bodies())
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for needle in (CANARY, "2026-05", "Zanzibar", "talked", "calm"):
                assert needle.encode() not in data, (path, needle)
    a.close()
    b.close()


def test_a_wrong_passphrase_applies_nothing_and_says_so(tmp_path: Path):
    folder = tmp_path / "shared"
    a = Device(folder, path=tmp_path / "a.sqlite", passphrase="right one")
    a.write("secret")
    a.sync()
    b = Device(folder, path=tmp_path / "b.sqlite", passphrase="wrong one")
    with pytest.raises(WrongSyncPassphrase, match="passphrase"):
        b.sync()
    assert b.bodies() == [] and len(list((folder).rglob("*.ejc"))) == 1
    a.close()
    b.close()


def test_a_plain_journal_never_joins_an_encrypted_folder(tmp_path: Path):
    folder = tmp_path / "shared"
    a = Device(folder, path=tmp_path / "a.sqlite", passphrase="pass")
    a.write("secret")
    a.sync()
    plain = Device(folder, path=tmp_path / "plain.sqlite")
    with pytest.raises(SyncFolderError, match="encrypted"):
        plain.sync()
    a.close()
    plain.close()


def test_check_ins_own_techniques_and_their_records_travel(pair):
    from datetime import date

    from empathy_journal.session.coping import Attempt

    a, b = pair
    taken = a.session.wellbeing.record("who5", [3, 4, 2, 5, 3], zone_name="UTC",
                                       day=date(2026, 5, 3))
    walk = a.session.coping.add_technique("Walk round the block", 10)
    a.session.coping.record(Attempt(walk.id, 7, 4, 600, "standup"))
    a.sync()
    b.sync()
    [check_in] = b.session.wellbeing.history()
    assert (check_in.instrument, check_in.answers, check_in.local_date) == (
        "who5", (3, 4, 2, 5, 3), taken.local_date)
    theirs = {t.id: t for t in b.session.coping.techniques()}
    assert theirs[walk.id].label == "Walk round the block" and theirs[walk.id].minutes == 10
    assert b.records() == a.records()
