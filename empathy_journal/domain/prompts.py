"""Guided writing prompts grouped by practice, rotated without repeats until all have been shown."""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass

from empathy_journal.domain.resources import load_json_resource
from empathy_journal.domain.translation import pgettext


@dataclass(frozen=True)
class Prompt:
    """One writing prompt and the practice group it belongs to."""

    id: str
    text: str
    group: str
    group_label: str


def builtin_prompts() -> list[Prompt]:
    """All prompts shipped in ``resources/prompts.json``, in file order, in the language in use."""
    data = load_json_resource("prompts.json")
    return [
        Prompt(p["id"], pgettext("prompt", p["text"]), g["id"], pgettext("prompt group", g["label"]))
        for g in data["groups"]
        for p in g["prompts"]
    ]


class PromptRotation:
    """Hands out prompts in a shuffled order, never repeating one until every prompt was shown.

    ``shown`` is the list of prompt ids already handed out in the current round; the caller
    persists it (the journal keeps it in its settings table) so rotation survives restarts.
    """

    def __init__(
        self, prompts: list[Prompt], shown: Iterable[str] = (), rng: random.Random | None = None
    ) -> None:
        if not prompts:
            raise ValueError("a rotation needs at least one prompt")
        self._prompts = {p.id: p for p in prompts}
        self._shown = [pid for pid in shown if pid in self._prompts]
        self._rng = rng or random.Random()

    @property
    def shown(self) -> list[str]:
        """Ids handed out in the current round, oldest first."""
        return list(self._shown)

    def next(self) -> Prompt:
        """The next prompt: a random one not yet shown in this round; a new round starts when all were."""
        remaining = [pid for pid in self._prompts if pid not in set(self._shown)]
        if not remaining:
            last = self._shown[-1] if self._shown else None
            self._shown = []
            remaining = [pid for pid in self._prompts if pid != last] or list(self._prompts)
        chosen = self._rng.choice(remaining)
        self._shown.append(chosen)
        return self._prompts[chosen]

    def get(self, prompt_id: str) -> Prompt | None:
        """The prompt with this id, if it exists."""
        return self._prompts.get(prompt_id)
