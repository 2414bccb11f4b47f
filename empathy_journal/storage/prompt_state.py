"""Keeps the prompt rotation's round in the journal's settings, so it survives restarts."""

from __future__ import annotations

import json
import random

from empathy_journal.domain.prompts import Prompt, PromptRotation, builtin_prompts
from empathy_journal.storage.repository import JournalRepository

PROMPT_ROTATION_KEY = "prompt_rotation_shown"


def load_prompt_rotation(repository: JournalRepository, prompts: list[Prompt] | None = None,
                         rng: random.Random | None = None) -> PromptRotation:
    """The rotation with the prompts already shown in this round (a damaged value starts afresh)."""
    stored = repository.get_setting(PROMPT_ROTATION_KEY, "[]") or "[]"
    try:
        shown = json.loads(stored)
    except json.JSONDecodeError:
        shown = []
    if not isinstance(shown, list):
        shown = []
    return PromptRotation(prompts if prompts is not None else builtin_prompts(),
                          [str(s) for s in shown], rng)


def save_prompt_rotation(repository: JournalRepository, rotation: PromptRotation) -> None:
    """Remember which prompts this round has shown."""
    repository.set_setting(PROMPT_ROTATION_KEY, json.dumps(rotation.shown))


def next_prompt(repository: JournalRepository, rotation: PromptRotation) -> Prompt:
    """Hand out the next prompt and persist the round at once."""
    prompt = rotation.next()
    save_prompt_rotation(repository, rotation)
    return prompt
