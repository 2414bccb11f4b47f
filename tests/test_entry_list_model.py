"""EntryListModel passes Qt's model checks and keeps newest-first order on updates."""

from __future__ import annotations

from datetime import UTC, date, datetime

from empathy_journal.domain.entry import EntryKind
from empathy_journal.storage.summaries import EntrySummary
from empathy_journal.ui.models.entry_list_model import EntryListModel, MoodRole, UuidRole


def summary(uuid: str, day: int, hour: int = 20, title: str = "", preview: str = "",
            mood: int | None = None) -> EntrySummary:
    return EntrySummary(uuid=uuid, local_date=date(2026, 11, day),
                        created_utc=datetime(2026, 11, day, hour, tzinfo=UTC), tz="UTC",
                        kind=EntryKind.REFLECTION, title=title, preview=preview, mood=mood,
                        stress=None, starred=False)


def test_model_passes_qtmodeltester(qtmodeltester) -> None:
    model = EntryListModel()
    model.set_rows([summary("a", 3, title="A"), summary("b", 5, preview="Line one\nmore")])
    qtmodeltester.check(model)
    model.upsert(summary("c", 4, title="C"))
    model.remove("a")
    qtmodeltester.check(model)


def test_rows_are_newest_first_and_titles_fall_back_to_first_line() -> None:
    model = EntryListModel()
    model.set_rows([summary("a", 3, title="A"), summary("b", 5, preview="\n# Heading\nx"),
                    summary("c", 5, hour=8)])
    assert [model.index(r).data(UuidRole) for r in range(3)] == ["b", "c", "a"]
    assert [model.index(r).data() for r in range(3)] == ["Heading", "Untitled entry", "A"]


def test_upsert_updates_in_place_or_inserts_in_order() -> None:
    model = EntryListModel()
    model.set_rows([summary("a", 3), summary("b", 7)])
    model.upsert(summary("a", 3, mood=6))
    assert model.index(1).data(MoodRole) == 6
    model.upsert(summary("c", 5))
    assert [model.index(r).data(UuidRole) for r in range(3)] == ["b", "c", "a"]
    model.upsert(summary("a", 9))  # its date changed: it moves
    assert [model.index(r).data(UuidRole) for r in range(3)] == ["a", "b", "c"]
