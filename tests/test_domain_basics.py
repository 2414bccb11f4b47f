"""Domain rules: text cleaning, tags, prompt rotation and the vocabulary."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from empathy_journal.domain.entry import EmotionTag, parse_utc, utc_iso
from empathy_journal.domain.prompts import Prompt, PromptRotation, builtin_prompts
from empathy_journal.domain.text import clean_text, find_tags, first_line
from empathy_journal.domain.vocabulary import Quadrant, builtin_emotions, matches


def test_clean_text_drops_nul_and_replaces_lone_surrogates() -> None:
    assert clean_text("a\x00b\ud800c") == "ab\ufffdc"
    assert clean_text("👋🏽 ok") == "👋🏽 ok"


def test_find_tags_lowercases_and_deduplicates_in_order() -> None:
    assert find_tags("#Work then #family, #work again and email@x.com #1st") == ["work", "family"]


def test_first_line_skips_blank_lines_and_heading_marks() -> None:
    assert first_line("\n\n## A heading\nbody") == "A heading"
    assert first_line("x" * 100, limit=10) == "xxxxxxxxx…"


def test_intensity_outside_one_to_five_is_refused() -> None:
    with pytest.raises(ValueError):
        EmotionTag("calm", 6)


def test_rotation_never_repeats_until_every_prompt_was_shown() -> None:
    prompts = [Prompt(f"p{i}", f"text {i}", "g", "G") for i in range(7)]
    rotation = PromptRotation(prompts, rng=random.Random(3))
    first_round = [rotation.next().id for _ in range(7)]
    assert sorted(first_round) == [f"p{i}" for i in range(7)]
    next_one = rotation.next().id
    assert next_one != first_round[-1]
    assert rotation.shown == [next_one]


def test_rotation_resumes_from_saved_state() -> None:
    prompts = [Prompt(f"p{i}", "t", "g", "G") for i in range(3)]
    rotation = PromptRotation(prompts, shown=["p0", "p1", "unknown"])
    assert rotation.next().id == "p2"


def test_builtin_prompts_cover_every_practice_group_with_unique_ids() -> None:
    prompts = builtin_prompts()
    assert len(prompts) >= 40
    assert len({p.id for p in prompts}) == len(prompts)
    assert {p.group for p in prompts} == {"active_listening", "perspectives", "others_feelings",
                                          "kindness", "own_emotions", "strengths_values",
                                          "stress"}


def test_builtin_vocabulary_is_rich_and_well_formed() -> None:
    words = builtin_emotions()
    assert 100 <= len(words) <= 150
    assert len({w.id for w in words}) == len(words)
    for word in words:
        assert -1 <= word.pleasantness <= 1 and -1 <= word.energy <= 1
        assert word.definition.strip()
    quadrants = {q: sum(w.quadrant == q for w in words) for q in Quadrant}
    assert min(quadrants.values()) >= 20


def test_search_matches_word_starts_in_label_family_or_definition() -> None:
    words = {w.id: w for w in builtin_emotions()}
    assert matches(words["frustrated"], "frus")
    assert not matches(words["frustrated"], "calm")
    assert matches(words["frustrated"], "")


@pytest.mark.parametrize("year", [1, 202, 999, 2026, 9999])
def test_utc_iso_always_writes_four_digit_years_and_reads_back(year: int) -> None:
    moment = datetime(year, 1, 5, 7, 8, 9, 123456, tzinfo=UTC)
    text = utc_iso(moment)
    assert text == f"{year:04d}-01-05T07:08:09Z"
    assert parse_utc(text) == moment.replace(microsecond=0)
