"""Superlatives of difficulty: "the hardest unit" is the reader's task, not a ranking.

"A tutor can help with the hardest unit", "the toughest questions on the paper", "your most
difficult subject": the superlative grades how hard something is for the reader (a topic, a
question, a stage of a course), which the copy offers help with. It ranks nothing of the
brand's. Only a superlative of difficulty (:data:`DIFFICULTY`) in front of a word for a piece
of work or learning (:data:`TASKS`) is read this way: "the toughest jacket" and "our hardest
wearing carpet" stay superlatives about a product. The same holds of ease: "Swap your filter;
it's the easiest heating fix there is" grades the reader's own small job (:data:`EASE` before a
:data:`CHORES` word), while "the easiest way to book", "our simplest thermostat" and "<product>
is the easiest part of my day" stay claims.
"""

from __future__ import annotations

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
only after a superlative of ease: "the easiest heating fix there is" is a tip, while "we take on
the toughest jobs" ranks the brand's own work. Not the :data:`TASKS` words: "the easiest part
of my day" is said of a product."""

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
maths unit"), or one of ease before a chore ("the easiest heating fix"), on the skeleton
view."""
