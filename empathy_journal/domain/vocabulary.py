"""The emotion vocabulary: words with a family, a pleasantness × energy position and a definition."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from empathy_journal.domain.resources import load_json_resource
from empathy_journal.domain.translation import pgettext


class Quadrant(StrEnum):
    """The four quarters of the pleasantness × energy plane."""

    HIGH_UNPLEASANT = "high-energy unpleasant"
    LOW_UNPLEASANT = "low-energy unpleasant"
    LOW_PLEASANT = "low-energy pleasant"
    HIGH_PLEASANT = "high-energy pleasant"


def quadrant_at(pleasantness: float, energy: float) -> Quadrant:
    """The quarter of the plane a point sits in (zero counts as pleasant / high energy)."""
    if pleasantness >= 0:
        return Quadrant.HIGH_PLEASANT if energy >= 0 else Quadrant.LOW_PLEASANT
    return Quadrant.HIGH_UNPLEASANT if energy >= 0 else Quadrant.LOW_UNPLEASANT


@dataclass(frozen=True)
class Emotion:
    """One word of the vocabulary."""

    id: str
    label: str
    family: str
    pleasantness: float
    energy: float
    definition: str
    vague: bool = False
    builtin: bool = True
    hidden: bool = False

    @property
    def quadrant(self) -> Quadrant:
        """Which quarter of the plane the word sits in."""
        return quadrant_at(self.pleasantness, self.energy)


@dataclass(frozen=True)
class Family:
    """A group of related words (joyful, sad, scared…)."""

    id: str
    label: str


def builtin_families() -> list[Family]:
    """The families of the built-in vocabulary, in display order, named in the language in use."""
    data = load_json_resource("emotions.json")
    return [Family(f["id"], pgettext("emotion family", f["label"])) for f in data["families"]]


def builtin_emotions() -> list[Emotion]:
    """The built-in vocabulary shipped in ``resources/emotions.json``."""
    data = load_json_resource("emotions.json")
    return [
        Emotion(
            id=e["id"],
            label=e["label"],
            family=e["family"],
            pleasantness=float(e["pleasantness"]),
            energy=float(e["energy"]),
            definition=e["definition"],
            vague=bool(e.get("vague", False)),
        )
        for e in data["emotions"]
    ]


def displayed(emotion: Emotion) -> Emotion:
    """A built-in word as shown in the language in use (the journal keeps the English one and
    the id); the person's own words as they wrote them."""
    if not emotion.builtin:
        return emotion
    label = pgettext("emotion", emotion.label)
    definition = pgettext("emotion definition", emotion.definition)
    if label is emotion.label and definition is emotion.definition:
        return emotion
    return replace(emotion, label=label, definition=definition)


def matches(emotion: Emotion, query: str) -> bool:
    """Search-as-you-type rule: every word of query starts a word of the label, family or definition."""
    words = query.lower().split()
    if not words:
        return True
    haystack = f"{emotion.label} {emotion.family} {emotion.definition}".lower()
    tokens = haystack.replace(";", " ").replace(",", " ").replace(".", " ").split()
    return all(any(t.startswith(w) for t in tokens) for w in words)


def rank(emotion: Emotion, query: str) -> int:
    """Sort key for search results: label prefix matches first, then family, then definition."""
    q = query.lower().strip()
    if not q:
        return 0
    if emotion.label.startswith(q):
        return 0
    if emotion.family.startswith(q):
        return 1
    return 2
