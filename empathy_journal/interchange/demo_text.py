"""Sentence fragments for the demo journal, composed into varied evening reflections."""

from __future__ import annotations

import random
from dataclasses import dataclass

# Each topic has fragments for a good day and a hard day; a body draws a few topics and
# stitches one opener, one detail and sometimes one afterthought from each.

OPENERS_GOOD = {
    "work": [
        "The release went out before lunch and nothing caught fire.",
        "Pairing with {colleague} on the flaky test turned into the best hour of the week.",
        "Stand-up was short for once, and I had a clear morning to think.",
        "I finally closed the ticket that had been haunting the board since spring.",
        "The design review went better than I feared.",
        "Someone from support thanked the team for the export fix.",
    ],
    "one_on_one": [
        "My 1:1 with {manager} was easy today; we mostly talked about what I want to learn next.",
        "In the 1:1, {manager} asked how I was actually doing and waited for the answer.",
        "The 1:1 ended early because there was nothing to untangle.",
    ],
    "kindness": [
        "I brought {colleague} a coffee without being asked; the smile was worth it.",
        "A stranger held the tram door for me and it reset my whole mood.",
        "I wrote a short thank-you note to {friend} for last week.",
        "I helped the new hire set up their machine and remembered my own first week.",
    ],
    "walk": [
        "Walked home along the canal instead of taking the tram.",
        "A long walk at lunch, phone in my pocket the whole time.",
        "Evening walk around the park; the light on the water was ridiculous.",
    ],
    "sleep": [
        "Slept almost eight hours and it shows.",
        "Woke up before the alarm, properly rested for a change.",
    ],
    "family": [
        "Called {family} and we laughed about the old holiday photos.",
        "Dinner with {family}; nobody looked at a phone.",
        "{family} sent a voice message that made my evening.",
    ],
    "body": [
        "Went for a run after work and my head went quiet.",
        "Yoga class in the evening; my shoulders thanked me.",
        "Cooked something new and it actually worked.",
    ],
}

OPENERS_HARD = {
    "work": [
        "Production alerts started at nine and did not stop until six.",
        "The sprint planning meeting ran ninety minutes over.",
        "A deadline moved forward by a week and nobody asked us.",
        "I spent the whole day in meetings and wrote no code at all.",
        "My pull request got thirty comments, most of them about naming.",
        "The on-call pager went off twice during dinner.",
    ],
    "one_on_one": [
        "The 1:1 with {manager} was hard: the feedback about my last project stung.",
        "In my 1:1, {manager} asked why the estimate slipped and I got defensive.",
        "A difficult 1:1 about priorities; I left unsure what I am supposed to drop.",
    ],
    "kindness": [
        "I snapped at {colleague} over a small thing and apologised an hour later.",
        "I meant to check in on {friend} and forgot again.",
    ],
    "walk": [
        "Skipped my walk because of the rain and felt cooped up all evening.",
        "Only a quick walk round the block; my mind kept replaying the day.",
    ],
    "sleep": [
        "Barely slept; I kept waking up at three thinking about the migration.",
        "Stayed up too late scrolling and paid for it all day.",
        "Short night again, and the coffee did not help.",
    ],
    "family": [
        "A tense phone call with {family} about the holidays.",
        "Missed {family}'s call and felt guilty about it all evening.",
    ],
    "body": [
        "Headache from mid-afternoon on; too much screen, too little water.",
        "Skipped the gym again and felt sluggish.",
    ],
}

DETAILS = [
    "I noticed my jaw was clenched and let it go.",
    "It helped to name the feeling instead of pushing it away.",
    "I kept thinking about how {colleague} might have seen it.",
    "Next time I want to ask one more question before answering.",
    "Writing it down makes it smaller.",
    "I said no to one extra task and the world did not end.",
    "There was a moment of real focus in the afternoon.",
    "I want to remember how calm the office was at eight.",
    "Small things carried the day.",
    "I caught myself assuming the worst and checked instead.",
    "The weather did not help, grey from morning to night.",
    "Lunch outside with the team; we talked about anything but work.",
]

AFTERTHOUGHTS = [
    "Tomorrow: one thing at a time.",
    "Grateful for {friend}, as usual.",
    "Early night tonight.",
    "Note to self: drink more water.",
    "Proud of how I handled it, mostly.",
    "I want to keep this feeling for the weekend.",
]

TITLES_GOOD = [
    "A good day", "Quiet wins", "Lighter than expected", "Small kindnesses",
    "Flow", "The walk home", "Things went right", "Easy evening", "Warm call",
]
TITLES_HARD = [
    "Long day", "Running on empty", "Too many meetings", "Not my best", "Heavy",
    "Hard 1:1", "Tired and tense", "One of those days", "Fire fighting",
]
TITLES_MIXED = ["Mixed bag", "Ups and downs", "Tuesday things", "In between", "Notes", ""]

TOPIC_TAGS = {
    "work": "work", "one_on_one": "work", "kindness": "kindness", "walk": "walk",
    "sleep": "sleep", "family": "family", "body": "health",
}

GRATITUDE = [
    "a sunny bench", "good bread", "{friend}'s message", "the quiet train",
    "a fixed bug", "warm socks", "an honest conversation", "a song on the radio",
]

CONVERSATION = {
    "context": [
        "Sprint retro, the whole team in the small room.",
        "A 1:1 that started late and ran long.",
        "Phone call in the evening.",
        "Over lunch, just the two of us.",
        "Code review comments that turned into a video call.",
    ],
    "observed": [
        "{name} spoke quickly and looked at the screen rather than at me.",
        "{name} said the plan would not work, twice, and then went quiet.",
        "{name} crossed their arms when the deadline came up.",
        "{name} laughed at first, then asked me to stop joking about it.",
    ],
    "heard": [
        "They feel the team keeps saying yes to things we cannot finish.",
        "They want to be asked before decisions are made for them.",
        "They are worried their work is invisible.",
        "They need a little more time to think before answering.",
    ],
    "their_needs": ["respect", "predictability", "recognition", "rest", "being included"],
    "my_needs": ["clarity", "fairness", "being heard", "support", "ease"],
    "what_i_said": [
        "I said I understood and asked what would help.",
        "I defended the plan before they had finished.",
        "I repeated their point back and they nodded.",
        "I admitted I had not thought about it from their side.",
    ],
    "differently": [
        "Ask first, propose later.",
        "Pause before answering; count to three.",
        "Name what I noticed without judging it.",
        "Check how they are before getting to the agenda.",
    ],
    "follow_up": [
        # No name here: lists and summaries add "with <person>" after the text themselves.
        "Follow up on what we agreed.",
        "Talk through how the new plan feels.",
        "Book a proper slot to finish the conversation.",
        "",
    ],
    "perspective_note": [
        "They confirmed it; it was mostly about the workload.",
        "Partly right: it was also about something at home.",
        "I had it wrong; they were worried about me, not the deadline.",
    ],
}


@dataclass(frozen=True)
class Cast:
    """The first names the demo's fragments are filled with."""

    colleague: str
    manager: str
    friend: str
    family: str

    def fill(self, text: str, **extra: str) -> str:
        """text with {colleague}, {manager}, {friend}, {family} and any extra names filled in."""
        return text.format(colleague=self.colleague, manager=self.manager, friend=self.friend,
                           family=self.family, **extra)


def pick_topics(rng: random.Random, hard: bool) -> list[str]:
    """Two to four topics for a day; hard days lean on work and sleep."""
    topics = list(OPENERS_GOOD)
    weights = [5 if hard else 3, 2 if hard else 1, 1 if hard else 2, 2, 3 if hard else 1, 2, 1]
    chosen: list[str] = []
    for _ in range(rng.randint(2, 4)):
        topic = rng.choices(topics, weights)[0]
        if topic not in chosen:
            chosen.append(topic)
    return chosen


def compose_title(rng: random.Random, mood: int | None) -> str:
    """A short title fitting the mood (sometimes none at all)."""
    if mood is None or 5 <= mood <= 6:
        return rng.choice(TITLES_MIXED)
    return rng.choice(TITLES_GOOD if mood >= 7 else TITLES_HARD)


def compose_body(rng: random.Random, cast: Cast, topics: list[str], hard: bool) -> str:
    """A Markdown body of a few short paragraphs, with occasional heading, list or emphasis."""
    openers = OPENERS_HARD if hard else OPENERS_GOOD
    paragraphs = []
    for topic in topics:
        sentences = [cast.fill(rng.choice(openers[topic]))]
        if rng.random() < 0.5:
            sentences.append(cast.fill(rng.choice(DETAILS)))
        if rng.random() < 0.25:
            sentences.append(f"#{TOPIC_TAGS[topic]}")
        paragraphs.append(" ".join(sentences))
    style = rng.random()
    if style < 0.15:
        items = rng.sample(GRATITUDE, 3)
        paragraphs.append("## Grateful for\n\n" + "\n".join(f"- {cast.fill(i)}" for i in items))
    elif style < 0.3:
        paragraphs.append(f"*{cast.fill(rng.choice(AFTERTHOUGHTS))}*")
    elif style < 0.4:
        paragraphs.append(f"**{cast.fill(rng.choice(AFTERTHOUGHTS))}**")
    return "\n\n".join(paragraphs)


def compose_debrief(rng: random.Random, name: str) -> dict[str, str]:
    """The text fields of a conversation debrief with name."""
    def one(key: str) -> str:
        return rng.choice(CONVERSATION[key]).format(name=name)

    return {
        "context": one("context"),
        "observed": one("observed"),
        "heard": one("heard"),
        "their_needs": one("their_needs"),
        "my_needs": one("my_needs"),
        "what_i_said": one("what_i_said"),
        "differently": one("differently"),
        "follow_up": one("follow_up"),
    }
