"""A preposition that belongs to the verb before it, not to the phrase after it (language).

A ban of "with <thing>" ("with breakfast", "with parking") forbids saying that a package comes
with the thing. In "our desk can help with parking" or "we'll assist with transfers" the "with"
is the complement of a verb of helping or coping ("help with", "assist with", "deal with",
"cope with", "struggle with"): the thing is what the help is about, not something included.
Only a banned phrase that opens with that preposition is read so; the thing itself, said
elsewhere, keeps its sense.
"""

from __future__ import annotations

import re

_GOVERNING_WITH = re.compile(
    r"\b(?:help|helps|helped|helping|assist|assists|assisted|assisting|deal|deals|dealt|"
    r"dealing|cope|copes|coped|coping|struggle|struggles|struggled|struggling)"
    r"(?:\s+(?:you|them|him|her|us|out))?\s+$",
    re.IGNORECASE,
)
"""A verb of helping or coping (and perhaps its object) right before the phrase."""

_OPENS_WITH = re.compile(r"with\b", re.IGNORECASE)


def governed_with(text: str, start: int) -> bool:
    """Whether a phrase opening with "with" at ``start`` is the complement of the verb before.

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True for "with parking" in "our desk can't help with parking" or "we assist you with
        parking"; False in "rooms with parking" or "a stay with parking included".
    """
    if _OPENS_WITH.match(text, start) is None:
        return False
    return _GOVERNING_WITH.search(text, max(0, start - 24), start) is not None
