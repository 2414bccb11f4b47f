"""Sentence fragments for the demo journal, composed into varied evening reflections."""

from __future__ import annotations

import random
from dataclasses import dataclass

from empathy_journal.domain.translation import NC_, pgettext

# Each topic has fragments for a good day and a hard day; a body draws a few topics and
# stitches one opener, one detail and sometimes one afterthought from each. The fragments are
# drawn in English (so a seed gives the same journal in every language) and written in the
# language in use.

OPENERS_GOOD = {
    "work": [
        NC_("demo", "The release went out before lunch and nothing caught fire."),
        NC_("demo", "Pairing with {colleague} on the flaky test turned into the best hour of the "
                   "week."),
        NC_("demo", "Stand-up was short for once, and I had a clear morning to think."),
        NC_("demo", "I finally closed the ticket that had been haunting the board since spring."),
        NC_("demo", "The design review went better than I feared."),
        NC_("demo", "Someone from support thanked the team for the export fix."),
    ],
    "one_on_one": [
        NC_("demo", "My 1:1 with {manager} was easy today; we mostly talked about what I want to "
                   "learn next."),
        NC_("demo", "In the 1:1, {manager} asked how I was actually doing and waited for the "
                   "answer."),
        NC_("demo", "The 1:1 ended early because there was nothing to untangle."),
    ],
    "kindness": [
        NC_("demo", "I brought {colleague} a coffee without being asked; the smile was worth it."),
        NC_("demo", "A stranger held the tram door for me and it reset my whole mood."),
        NC_("demo", "I wrote a short thank-you note to {friend} for last week."),
        NC_("demo", "I helped the new hire set up their machine and remembered my own first week."),
    ],
    "walk": [
        NC_("demo", "Walked home along the canal instead of taking the tram."),
        NC_("demo", "A long walk at lunch, phone in my pocket the whole time."),
        NC_("demo", "Evening walk around the park; the light on the water was ridiculous."),
    ],
    "sleep": [
        NC_("demo", "Slept almost eight hours and it shows."),
        NC_("demo", "Woke up before the alarm, properly rested for a change."),
    ],
    "family": [
        NC_("demo", "Called {family} and we laughed about the old holiday photos."),
        NC_("demo", "Dinner with {family}; nobody looked at a phone."),
        NC_("demo", "{family} sent a voice message that made my evening."),
    ],
    "body": [
        NC_("demo", "Went for a run after work and my head went quiet."),
        NC_("demo", "Yoga class in the evening; my shoulders thanked me."),
        NC_("demo", "Cooked something new and it actually worked."),
    ],
}

OPENERS_HARD = {
    "work": [
        NC_("demo", "Production alerts started at nine and did not stop until six."),
        NC_("demo", "The sprint planning meeting ran ninety minutes over."),
        NC_("demo", "A deadline moved forward by a week and nobody asked us."),
        NC_("demo", "I spent the whole day in meetings and wrote no code at all."),
        NC_("demo", "My pull request got thirty comments, most of them about naming."),
        NC_("demo", "The on-call pager went off twice during dinner."),
    ],
    "one_on_one": [
        NC_("demo", "The 1:1 with {manager} was hard: the feedback about my last project stung."),
        NC_("demo", "In my 1:1, {manager} asked why the estimate slipped and I got defensive."),
        NC_("demo", "A difficult 1:1 about priorities; I left unsure what I am supposed to drop."),
    ],
    "kindness": [
        NC_("demo", "I snapped at {colleague} over a small thing and apologised an hour later."),
        NC_("demo", "I meant to check in on {friend} and forgot again."),
    ],
    "walk": [
        NC_("demo", "Skipped my walk because of the rain and felt cooped up all evening."),
        NC_("demo", "Only a quick walk round the block; my mind kept replaying the day."),
    ],
    "sleep": [
        NC_("demo", "Barely slept; I kept waking up at three thinking about the migration."),
        NC_("demo", "Stayed up too late scrolling and paid for it all day."),
        NC_("demo", "Short night again, and the coffee did not help."),
    ],
    "family": [
        NC_("demo", "A tense phone call with {family} about the holidays."),
        NC_("demo", "Missed {family}'s call and felt guilty about it all evening."),
    ],
    "body": [
        NC_("demo", "Headache from mid-afternoon on; too much screen, too little water."),
        NC_("demo", "Skipped the gym again and felt sluggish."),
    ],
}

DETAILS = [
    NC_("demo", "I noticed my jaw was clenched and let it go."),
    NC_("demo", "It helped to name the feeling instead of pushing it away."),
    NC_("demo", "I kept thinking about how {colleague} might have seen it."),
    NC_("demo", "Next time I want to ask one more question before answering."),
    NC_("demo", "Writing it down makes it smaller."),
    NC_("demo", "I said no to one extra task and the world did not end."),
    NC_("demo", "There was a moment of real focus in the afternoon."),
    NC_("demo", "I want to remember how calm the office was at eight."),
    NC_("demo", "Small things carried the day."),
    NC_("demo", "I caught myself assuming the worst and checked instead."),
    NC_("demo", "The weather did not help, grey from morning to night."),
    NC_("demo", "Lunch outside with the team; we talked about anything but work."),
]

AFTERTHOUGHTS = [
    NC_("demo", "Tomorrow: one thing at a time."),
    NC_("demo", "Grateful for {friend}, as usual."),
    NC_("demo", "Early night tonight."),
    NC_("demo", "Note to self: drink more water."),
    NC_("demo", "Proud of how I handled it, mostly."),
    NC_("demo", "I want to keep this feeling for the weekend."),
]

TITLES_GOOD = [
    NC_("demo", "A good day"), NC_("demo", "Quiet wins"), NC_("demo", "Lighter than expected"),
    NC_("demo", "Small kindnesses"),
    NC_("demo", "Flow"), NC_("demo", "The walk home"), NC_("demo", "Things went right"),
    NC_("demo", "Easy evening"), NC_("demo", "Warm call"),
]
TITLES_HARD = [
    NC_("demo", "Long day"), NC_("demo", "Running on empty"), NC_("demo", "Too many meetings"),
    NC_("demo", "Not my best"), NC_("demo", "Heavy"),
    NC_("demo", "Hard 1:1"), NC_("demo", "Tired and tense"), NC_("demo", "One of those days"),
    NC_("demo", "Fire fighting"),
]
TITLES_MIXED = [NC_("demo", "Mixed bag"), NC_("demo", "Ups and downs"),
                NC_("demo", "Tuesday things"), NC_("demo", "In between"), NC_("demo", "Notes"), ""]

TOPIC_TAGS = {
    "work": NC_("demo tag", "work"), "one_on_one": NC_("demo tag", "work"),
    "kindness": NC_("demo tag", "kindness"), "walk": NC_("demo tag", "walk"),
    "sleep": NC_("demo tag", "sleep"), "family": NC_("demo tag", "family"),
    "body": NC_("demo tag", "health"),
}

GRATITUDE = [
    NC_("demo", "a sunny bench"), NC_("demo", "good bread"), NC_("demo", "{friend}'s message"),
    NC_("demo", "the quiet train"),
    NC_("demo", "a fixed bug"), NC_("demo", "warm socks"), NC_("demo", "an honest conversation"),
    NC_("demo", "a song on the radio"),
]

CONVERSATION = {
    "context": [
        NC_("demo", "Sprint retro, the whole team in the small room."),
        NC_("demo", "A 1:1 that started late and ran long."),
        NC_("demo", "Phone call in the evening."),
        NC_("demo", "Over lunch, just the two of us."),
        NC_("demo", "Code review comments that turned into a video call."),
    ],
    "observed": [
        NC_("demo", "{name} spoke quickly and looked at the screen rather than at me."),
        NC_("demo", "{name} said the plan would not work, twice, and then went quiet."),
        NC_("demo", "{name} crossed their arms when the deadline came up."),
        NC_("demo", "{name} laughed at first, then asked me to stop joking about it."),
    ],
    "heard": [
        NC_("demo", "They feel the team keeps saying yes to things we cannot finish."),
        NC_("demo", "They want to be asked before decisions are made for them."),
        NC_("demo", "They are worried their work is invisible."),
        NC_("demo", "They need a little more time to think before answering."),
    ],
    "their_needs": [
        NC_("demo", "respect"), NC_("demo", "predictability"),
        NC_("demo", "recognition"), NC_("demo", "rest"), NC_("demo", "being included"),
    ],
    "my_needs": [
        NC_("demo", "clarity"), NC_("demo", "fairness"), NC_("demo", "being heard"),
        NC_("demo", "support"), NC_("demo", "ease"),
    ],
    "what_i_said": [
        NC_("demo", "I said I understood and asked what would help."),
        NC_("demo", "I defended the plan before they had finished."),
        NC_("demo", "I repeated their point back and they nodded."),
        NC_("demo", "I admitted I had not thought about it from their side."),
    ],
    "differently": [
        NC_("demo", "Ask first, propose later."),
        NC_("demo", "Pause before answering; count to three."),
        NC_("demo", "Name what I noticed without judging it."),
        NC_("demo", "Check how they are before getting to the agenda."),
    ],
    "follow_up": [
        # No name here: lists and summaries add "with <person>" after the text themselves.
        NC_("demo", "Follow up on what we agreed."),
        NC_("demo", "Talk through how the new plan feels."),
        NC_("demo", "Book a proper slot to finish the conversation."),
        "",
    ],
    "perspective_note": [
        NC_("demo", "They confirmed it; it was mostly about the workload."),
        NC_("demo", "Partly right: it was also about something at home."),
        NC_("demo", "I had it wrong; they were worried about me, not the deadline."),
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
        """text in the language in use, with {colleague}, {manager}, {friend}, {family} and any
        extra names filled in."""
        return shown(text).format(colleague=self.colleague, manager=self.manager,
                                  friend=self.friend, family=self.family, **extra)


def shown(text: str) -> str:
    """A demo fragment in the language in use ("" stays "")."""
    return pgettext("demo", text) if text else ""


def tag(name: str) -> str:
    """A demo tag in the language in use."""
    return pgettext("demo tag", name)


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
        return shown(rng.choice(TITLES_MIXED))
    return shown(rng.choice(TITLES_GOOD if mood >= 7 else TITLES_HARD))


def compose_body(rng: random.Random, cast: Cast, topics: list[str], hard: bool) -> str:
    """A Markdown body of a few short paragraphs, with occasional heading, list or emphasis."""
    openers = OPENERS_HARD if hard else OPENERS_GOOD
    paragraphs = []
    for topic in topics:
        sentences = [cast.fill(rng.choice(openers[topic]))]
        if rng.random() < 0.5:
            sentences.append(cast.fill(rng.choice(DETAILS)))
        if rng.random() < 0.25:
            sentences.append(f"#{tag(TOPIC_TAGS[topic])}")
        paragraphs.append(" ".join(sentences))
    style = rng.random()
    if style < 0.15:
        items = rng.sample(GRATITUDE, 3)
        heading = pgettext("demo", "Grateful for")
        paragraphs.append(f"## {heading}\n\n" + "\n".join(f"- {cast.fill(i)}" for i in items))
    elif style < 0.3:
        paragraphs.append(f"*{cast.fill(rng.choice(AFTERTHOUGHTS))}*")
    elif style < 0.4:
        paragraphs.append(f"**{cast.fill(rng.choice(AFTERTHOUGHTS))}**")
    return "\n\n".join(paragraphs)


def compose_debrief(rng: random.Random, name: str) -> dict[str, str]:
    """The text fields of a conversation debrief with name."""
    def one(key: str) -> str:
        return shown(rng.choice(CONVERSATION[key])).format(name=name)

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
