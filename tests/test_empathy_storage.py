"""Debriefs, people, follow-ups, perspective checks, practices, values and templates in SQLite."""

from __future__ import annotations

import random
from dataclasses import fields
from datetime import UTC, date, datetime

import pytest

from empathy_journal.domain.conversation import Debrief, FollowUpState, PerspectiveResult
from empathy_journal.domain.entry import EmotionTag, Entry, EntryKind, Subject, new_entry
from empathy_journal.domain.perspective import accuracy, accuracy_by_person
from empathy_journal.domain.prompts import builtin_prompts
from empathy_journal.domain.values import ValueMark, ValueStance
from empathy_journal.session.journal_session import EntryDraft, JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.prompt_state import (
    PROMPT_ROTATION_KEY,
    load_prompt_rotation,
    next_prompt,
)

NOW = datetime(2026, 3, 10, 20, 0, tzinfo=UTC)


@pytest.fixture
def stores(memory_journal: Journal) -> JournalSession:
    return JournalSession(memory_journal)


def _debrief_entry(day: date = date(2026, 3, 10)) -> Entry:
    return new_entry(day, now=NOW, kind=EntryKind.CONVERSATION)


def _save(stores: JournalSession, debrief: Debrief, day: date = date(2026, 3, 10),
          body: str = "") -> Entry:
    entry = _debrief_entry(day)
    entry.body = body
    return stores.debriefs.repository.save_debrief(entry, debrief, now=NOW)


def test_every_debrief_field_round_trips(stores: JournalSession) -> None:
    person = stores.people.repository.create("Sam", now=NOW)
    full = Debrief(
        person_id=person.id, context="1:1 about the release", observed="Sam said no twice",
        i_felt="tight chest", they_felt="cornered", their_needs="time",
        my_needs="a clear yes/no", heard="you feel the deadline was set without you",
        what_i_said="that makes sense", differently="ask first", follow_up="book a retro",
        follow_up_due=date(2026, 3, 14), follow_up_done_utc=datetime(2026, 3, 12, tzinfo=UTC),
        perspective_check=PerspectiveResult.PARTLY, perspective_checked_on=date(2026, 3, 13),
        perspective_note="was tired more than cornered")
    assert all(getattr(full, f.name) != getattr(Debrief(), f.name) for f in fields(Debrief))
    entry = _debrief_entry()
    saved = stores.debriefs.repository.save_debrief(entry, full, now=NOW, keep_status=False)
    assert saved.id is not None and saved.kind is EntryKind.CONVERSATION
    assert stores.debriefs.load(saved.id) == full


def test_an_empty_debrief_round_trips_as_empty(stores: JournalSession) -> None:
    saved = _save(stores, Debrief())
    assert saved.id is not None
    assert stores.debriefs.load(saved.id) == Debrief()
    assert stores.journal.repository.get_entry(saved.uuid).kind is EntryKind.CONVERSATION


def test_autosave_updates_the_form_but_keeps_done_and_checks(stores: JournalSession) -> None:
    saved = _save(stores, Debrief(follow_up="call back"))
    assert saved.id is not None
    stores.debriefs.mark_follow_up_done(saved.id, now=NOW)
    stores.debriefs.record_perspective_check(saved.id, PerspectiveResult.RIGHT,
                                                  date(2026, 3, 11))
    stale_form = Debrief(follow_up="call back", heard="new words")
    stores.debriefs.repository.save_debrief(saved, stale_form, now=NOW)
    stored = stores.debriefs.load(saved.id)
    assert stored is not None
    assert stored.heard == "new words"
    assert stored.follow_up_done_utc == NOW
    assert stored.perspective_check is PerspectiveResult.RIGHT
    assert stored.perspective_checked_on == date(2026, 3, 11)


def test_a_failed_debrief_write_leaves_no_entry_behind(stores: JournalSession) -> None:
    entry = _debrief_entry()
    with pytest.raises(Exception, match="FOREIGN KEY"):
        stores.debriefs.repository.save_debrief(entry, Debrief(person_id=999), now=NOW)
    assert stores.journal.repository.get_entry(entry.uuid) is None


def test_mine_and_theirs_emotions_stay_apart(stores: JournalSession) -> None:
    person = stores.people.repository.create("Ana")
    entry = _debrief_entry()
    entry.emotions = [EmotionTag("anxious", 4, Subject.SELF),
                      EmotionTag("anxious", 2, Subject.OTHER),
                      EmotionTag("frustrated", 3, Subject.OTHER)]
    saved = stores.debriefs.repository.save_debrief(entry, Debrief(person_id=person.id), now=NOW)
    loaded = stores.journal.repository.get_entry(saved.uuid)
    assert loaded is not None
    assert [(t.emotion_id, t.intensity, t.subject) for t in loaded.emotions] == [
        ("anxious", 4, Subject.SELF), ("anxious", 2, Subject.OTHER),
        ("frustrated", 3, Subject.OTHER)]
    assert person.id is not None
    [item] = stores.people.timeline(person.id)
    assert item.my_emotions == ("anxious",)
    assert item.their_emotions == ("anxious", "frustrated")


def test_follow_ups_list_due_soon_first_without_done_or_trashed(stores: JournalSession) -> None:
    person = stores.people.repository.create("Lee")
    later = _save(stores, Debrief(person_id=person.id, follow_up="later",
                                  follow_up_due=date(2026, 4, 1)))
    overdue = _save(stores, Debrief(follow_up="overdue", follow_up_due=date(2026, 3, 8)))
    undated = _save(stores, Debrief(follow_up="whenever"))
    done = _save(stores, Debrief(follow_up="done", follow_up_due=date(2026, 3, 1)))
    trashed = _save(stores, Debrief(follow_up="trashed", follow_up_due=date(2026, 3, 1)))
    _save(stores, Debrief(follow_up="   "))
    assert done.id is not None
    stores.debriefs.mark_follow_up_done(done.id, now=NOW)
    stores.journal.repository.trash_entry(trashed.uuid, now=NOW)
    items = stores.debriefs.follow_ups()
    assert [f.text for f in items] == ["overdue", "later", "whenever"]
    assert [f.state(date(2026, 3, 10)) for f in items] == [
        FollowUpState.OVERDUE, FollowUpState.LATER, FollowUpState.UNDATED]
    assert items[1].person_name == "Lee" and items[1].entry_uuid == later.uuid
    assert [f.entry_id for f in items] == [overdue.id, later.id, undated.id]
    with_done = stores.debriefs.follow_ups(include_done=True)
    assert [f.text for f in with_done][-1] == "done"
    stores.debriefs.reopen_follow_up(done.id)
    assert stores.debriefs.follow_ups()[0].text == "done"


def test_perspective_checks_feed_accuracy_per_person(stores: JournalSession) -> None:
    sam, ana = stores.people.repository.create("Sam"), stores.people.repository.create("Ana")
    results = [(sam, PerspectiveResult.RIGHT, date(2026, 3, 3)),
               (sam, PerspectiveResult.WRONG, date(2026, 3, 1)),
               (ana, PerspectiveResult.PARTLY, date(2026, 3, 2))]
    for person, result, day in results:
        saved = _save(stores, Debrief(person_id=person.id))
        assert saved.id is not None
        stores.debriefs.record_perspective_check(saved.id, result, day)
    unchecked = _save(stores, Debrief(person_id=sam.id))
    checks = stores.debriefs.perspective_checks()
    assert [c.checked_on for c in checks] == [date(2026, 3, 1), date(2026, 3, 2),
                                              date(2026, 3, 3)]
    assert accuracy(checks).score == pytest.approx(0.5)
    assert accuracy_by_person(checks)[sam.id].score == pytest.approx(0.5)
    assert len(stores.debriefs.perspective_checks(ana.id)) == 1
    assert unchecked.id is not None
    stores.debriefs.record_perspective_check(unchecked.id, None)
    assert len(stores.debriefs.perspective_checks(sam.id)) == 2


def test_find_by_name_ignores_case_and_find_or_create_reuses(stores: JournalSession) -> None:
    sam = stores.people.repository.create("Sam from Finance")
    assert stores.people.find_by_name("sam  FROM finance") == sam
    assert stores.people.find_or_create("SAM from finance") == sam
    assert sam.id is not None
    stores.people.set_archived(sam.id, True)
    assert stores.people.names() == []
    again = stores.people.find_or_create("Sam from Finance")
    assert again.id == sam.id and not again.archived
    with pytest.raises(ValueError):
        stores.people.repository.create("  ")


def test_rename_and_merge_keep_every_link(stores: JournalSession) -> None:
    people = stores.people.repository
    keep, absorb, other = people.create("Alex"), people.create("Al"), people.create("Kim")
    assert keep.id and absorb.id and other.id
    people.set_note(keep.id, "team lead")
    people.set_note(absorb.id, "likes mornings")
    d1 = _save(stores, Debrief(person_id=keep.id, follow_up="thank"))
    d2 = _save(stores, Debrief(person_id=absorb.id, follow_up="ask"), day=date(2026, 3, 11))
    r1 = stores.journal.repository.save_entry(new_entry(date(2026, 3, 9), now=NOW))
    r2 = stores.journal.repository.save_entry(new_entry(date(2026, 3, 12), now=NOW))
    assert r1.id and r2.id and d1.id and d2.id
    people.set_entry_people(r1.id, [keep.id, absorb.id, other.id])
    people.set_entry_people(r2.id, [absorb.id])
    renamed = people.rename(absorb.id, "Alexander")
    assert renamed.name == "Alexander" and [p.name for p in people.entry_people(r2.id)] == [
        "Alexander"]
    merged = people.merge(keep.id, absorb.id)
    assert merged.note == "team lead\n\nlikes mornings"
    assert people.get(absorb.id) is None
    assert [i.entry_id for i in people.timeline(keep.id)] == [r2.id, d2.id, d1.id, r1.id]
    assert [p.name for p in people.entry_people(r1.id)] == ["Alex", "Kim"]
    [alex, kim] = people.list_people()
    assert (alex.debriefs, alex.mentions, alex.open_follow_ups) == (2, 2, 2)
    assert alex.last_date == date(2026, 3, 12)
    assert (kim.person.name, kim.mentions, kim.debriefs) == ("Kim", 1, 0)
    with pytest.raises(ValueError):
        people.merge(keep.id, keep.id)


def test_archiving_hides_but_keeps_everything(stores: JournalSession) -> None:
    person = stores.people.repository.create("Jo")
    assert person.id is not None
    saved = _save(stores, Debrief(person_id=person.id, follow_up="x"))
    stores.people.set_archived(person.id, True)
    assert stores.people.list_people() == []
    [summary] = stores.people.list_people(include_archived=True)
    assert summary.person.archived and summary.debriefs == 1
    assert [i.entry_uuid for i in stores.people.timeline(person.id)] == [saved.uuid]


def test_trashed_entries_leave_the_timeline(stores: JournalSession) -> None:
    person = stores.people.repository.create("Jo")
    assert person.id is not None
    saved = _save(stores, Debrief(person_id=person.id))
    stores.journal.repository.trash_entry(saved.uuid, now=NOW)
    assert stores.people.timeline(person.id) == []
    assert stores.people.list_people()[0].debriefs == 0


def test_practices_sync_hide_add_and_tick(memory_journal: Journal) -> None:
    stores = JournalSession(memory_journal)
    repo = stores.practices.repository
    assert len(repo.practices()) == 12
    repo.set_hidden("breathing_break", True)
    JournalSession(memory_journal)  # a second open must not un-hide anything
    assert "breathing_break" not in {p.id for p in repo.practices()}
    mine = repo.add_practice("  Thanked   a colleague ", "out loud")
    assert (mine.id, mine.label, mine.builtin) == ("my-thanked-a-colleague",
                                                   "Thanked a colleague", False)
    assert repo.practices()[-1] == mine
    entry = memory_journal.repository.save_entry(new_entry(date(2026, 3, 10), now=NOW))
    assert entry.id is not None
    repo.set_ticked(entry.id, {"paraphrased", mine.id, "no-such-practice"})
    assert repo.ticked(entry.id) == {"paraphrased", "my-thanked-a-colleague"}
    repo.set_ticked(entry.id, set())
    assert repo.ticked(entry.id) == set()


def test_values_are_named_once_and_marked_on_or_against(stores: JournalSession) -> None:
    honesty = stores.values.add_value("Honesty")
    patience = stores.values.add_value("patience ")
    assert stores.values.add_value("honesty").id == honesty.id
    entry = stores.journal.repository.save_entry(new_entry(date(2026, 3, 10), now=NOW))
    assert entry.id and honesty.id and patience.id
    marks = [ValueMark(honesty.id, ValueStance.ON), ValueMark(patience.id, ValueStance.AGAINST)]
    stores.values.repository.set_marks(entry.id, marks)
    assert stores.values.marks(entry.id) == marks
    stores.values.set_archived(patience.id, True)
    assert [v.name for v in stores.values.values()] == ["Honesty"]
    assert stores.values.marks(entry.id) == marks


def test_templates_builtin_and_users_own(stores: JournalSession) -> None:
    repo = stores.templates
    builtin = [t.name for t in repo.templates()]
    assert builtin == ["Evening reflection", "Gratitude", "Conflict preparation",
                       "One-to-one / mentoring notes"]
    mine = repo.add_template("Weekly review", "## Wins\n")
    assert [t.name for t in repo.templates()][-1] == "Weekly review"
    assert repo.delete_template(repo.templates()[0].uuid) is False
    assert repo.delete_template(mine.uuid) is True
    assert len(repo.templates()) == 4


def test_prompt_rotation_state_survives_reopening(file_journal: Journal) -> None:
    repo = file_journal.repository
    prompts = builtin_prompts()
    rotation = load_prompt_rotation(repo, rng=random.Random(3))
    shown = [next_prompt(repo, rotation).id for _ in range(len(prompts) - 1)]
    reopened = load_prompt_rotation(repo, rng=random.Random(99))
    assert reopened.shown == shown
    last = next_prompt(repo, reopened).id
    assert sorted([*shown, last]) == sorted(p.id for p in prompts)
    repo.set_setting(PROMPT_ROTATION_KEY, "not json")
    assert load_prompt_rotation(repo).shown == []


def test_the_shown_prompt_is_saved_with_the_entry(stores: JournalSession) -> None:
    rotation = load_prompt_rotation(stores.journal.repository, rng=random.Random(5))
    prompt = next_prompt(stores.journal.repository, rotation)
    entry = new_entry(date(2026, 3, 10), now=NOW)
    entry.prompt = prompt.text
    entry.body = "answer"
    saved = stores.journal.repository.save_entry(entry, now=NOW)
    assert stores.journal.repository.get_entry(saved.uuid).prompt == prompt.text


def test_the_debrief_person_is_kept_in_entry_people(stores: JournalSession) -> None:
    sam, ana = stores.people.repository.create("Sam"), stores.people.repository.create("Ana")
    entry = _debrief_entry()
    saved = stores.debriefs.repository.save_debrief(entry, Debrief(person_id=sam.id), now=NOW)
    assert saved.id is not None
    assert [p.name for p in stores.people.repository.entry_people(saved.id)] == ["Sam"]
    stores.debriefs.repository.save_debrief(saved, Debrief(person_id=ana.id), now=NOW)
    assert [p.name for p in stores.people.repository.entry_people(saved.id)] == ["Ana"]
    [ana_row, sam_row] = stores.people.list_people()
    assert (ana_row.debriefs, ana_row.mentions, sam_row.debriefs) == (1, 0, 0)
    stores.debriefs.repository.save_debrief(saved, Debrief(), now=NOW)
    assert stores.people.repository.entry_people(saved.id) == []


def test_entry_debrief_practices_and_values_save_together(stores: JournalSession) -> None:
    value = stores.values.add_value("Patience")
    assert value.id is not None
    entry = _debrief_entry()
    marks = [ValueMark(value.id, ValueStance.ON)]
    saved = stores.save(EntryDraft(entry, debrief=Debrief(heard="h"), practices={"paraphrased"},
                                   values=marks), now=NOW).entry
    assert saved.id is not None
    assert stores.debriefs.load(saved.id) == Debrief(heard="h")
    assert stores.practices.ticked(saved.id) == {"paraphrased"}
    assert stores.values.marks(saved.id) == marks
    reflection = stores.save(EntryDraft(new_entry(date(2026, 3, 10), now=NOW), practices=set()),
                             now=NOW).entry
    assert reflection.id is not None
    assert stores.debriefs.load(reflection.id) is None
    broken = _debrief_entry()
    with pytest.raises(Exception, match="FOREIGN KEY"):
        stores.save(EntryDraft(broken, values=[ValueMark(999, ValueStance.ON)]), now=NOW)
    assert stores.journal.repository.get_entry(broken.uuid) is None


def test_search_finds_debrief_fields_and_people_after_rename_and_merge(
        stores: JournalSession) -> None:
    from empathy_journal.storage.search import search_entries

    db = stores.journal.db
    alex, al = stores.people.repository.create("Alex"), stores.people.repository.create("Al")
    saved = _save(stores, Debrief(person_id=al.id, heard="worried about the reorganisation"))
    assert [h.uuid for h in search_entries(db, "reorganisation")] == [saved.uuid]
    assert al.id and alex.id
    stores.people.rename(al.id, "Alberta")
    assert [h.uuid for h in search_entries(db, "Alberta")] == [saved.uuid]
    stores.people.merge(alex.id, al.id)
    assert [h.uuid for h in search_entries(db, "Alex")] == [saved.uuid]
    assert search_entries(db, "Alberta") == []


def test_only_unused_people_can_be_deleted(stores: JournalSession) -> None:
    used, unused = stores.people.repository.create("Used"), stores.people.repository.create("Unused")
    assert used.id and unused.id
    _save(stores, Debrief(person_id=used.id))
    assert stores.people.repository.delete_if_unused(used.id) is False
    assert stores.people.repository.delete_if_unused(unused.id) is True
    assert stores.people.names() == ["Used"]
