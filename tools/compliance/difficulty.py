"""Superlatives of difficulty: "the hardest chapter" is the reader's task, not a ranking.

"Our coaches help with the hardest chapter", "the toughest questions in the exam", "your most
difficult subject": the superlative grades how hard something is for the reader (a topic, a
question, a stage of a course), which the copy offers help with. It ranks nothing of the
brand's. Only a superlative of difficulty (:data:`DIFFICULTY`) in front of a word for a piece
of work or learning (:data:`TASKS`) is read this way: "the toughest jacket" and "our hardest
wearing carpet" stay superlatives about a product. The same holds of ease: "Rinse the sieve;
it's the easiest kitchen habit there is" grades the reader's own small job (:data:`EASE` before a
:data:`CHORES` word), while "the easiest way to book", "our simplest thermostat" and "<product>
is the easiest bit of my week" stay claims. A sentence that opens with the reader's act is
graded the same way ("Switching off at the wall is the simplest saving there is", see
:func:`eases_own_act`).
"""

from __future__ import annotations

import re

DIFFICULTY: tuple[str, ...] = (
    "hardest", "toughest", "trickiest", "most difficult", "most challenging",
    "most confusing", "most daunting", "most stressful", "most demanding",
)  # fmt: skip
"""Superlatives that say how hard something is."""

TASKS: tuple[str, ...] = (
    "unit", "topic", "subject", "question", "problem", "part", "bit", "step", "task", "chapter",
    "exam", "paper", "class", "course", "module", "lesson", "concept", "assignment",
    "homework", "section", "skill", "essay", "project", "puzzle", "term", "semester",
)  # fmt: skip
"""Words for a piece of work or learning (singular; a plural ``s`` may follow). Not ``test``,
``trial`` or ``level``: "passed the toughest tests", "the toughest level of protection" rank a
product."""

EASE: tuple[str, ...] = ("easiest", "simplest", "most straightforward")
"""Superlatives that say how easy something is."""

CHORES: tuple[str, ...] = ("fix", "chore", "job", "habit", "tweak", "swap")
"""Words for a small job the reader does themselves (singular; a plural ``s`` may follow). Read
only after a superlative of ease: "the easiest kitchen habit there is" is a tip, while "we take on
the toughest jobs" ranks the brand's own work. Not the :data:`TASKS` words: "the easiest bit
of my week" is said of a product."""

DIFFICULTY_PATTERN = (
    r"(?<![a-z0-9])(?:the|your|their|his|her|its|this|that) (?:very )?(?:(?:"
    + "|".join(DIFFICULTY)
    + r") (?:[a-z]+ )?(?:"
    + "|".join(TASKS)
    + r")|(?:"
    + "|".join(EASE)
    + r") (?:[a-z]+ )?(?:"
    + "|".join(CHORES)
    + r"))s?(?![a-z0-9])"
)
"""A superlative of difficulty before a task word, with one word between at most ("the hardest
maths unit"), or one of ease before a chore ("the easiest kitchen habit"), on the skeleton
view."""


_GERUND_OPENING = re.compile(r"[\s\"“‘'(]*([A-Za-z]+ing)\s+[a-z]")
"""A sentence opening with an ``-ing`` word and more words after it ("Switching off at the wall
is …")."""

_NOT_GERUNDS: frozenset[str] = frozenset(
    {
        "nothing", "something", "everything", "anything", "thing", "king", "spring", "string",
        "morning", "evening", "ring", "wing", "bring", "sing", "swing", "sting", "ceiling",
        "during", "according", "including", "following",
    }
)  # fmt: skip
"""Words ending in ``-ing`` that are no act of the reader's: pronouns, nouns, prepositions."""

_FIRST_PERSON = re.compile(r"(?<![\w’'])(?:we|us|our|ours|we['’](?:re|ve|ll))(?![\w’'])", re.I)
"""The sender speaking of itself: "Booking with us is the easiest …" ranks its own service."""


def eases_own_act(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether a superlative of ease grades an act the sentence opens with, not the brand's.

    "Switching off at the wall is one of the simplest savings there is": the sentence's
    subject is the reader's own act (an ``-ing`` word opens it), which the superlative of ease
    (:data:`EASE`) grades; nothing of the brand's is ranked. The sender may not speak of itself
    in the sentence ("Booking with us is the easiest …" stays a claim); the caller checks that
    no brand or product is named there either.

    Args:
        text: The field's original text.
        sentence: The sentence's span in ``text``.
        start: Start of the superlative trigger.
        end: End of the trigger (exclusive).

    Returns:
        True when the trigger is a superlative of ease in a sentence whose subject is an act.
    """
    said = text[start:end].casefold()
    if not any(word in said for word in EASE):
        return False
    opening = _GERUND_OPENING.match(text, sentence[0], start)
    if opening is None or opening.group(1).casefold() in _NOT_GERUNDS:
        return False
    return _FIRST_PERSON.search(text, sentence[0], sentence[1]) is None
