"""A multiplier that counts a two-for-one offer, not a comparison (a rule of language).

"Double the crackers: buy one box, get one free" says the reader leaves with two boxes for the
price of one; "twice the" / "double the" / "triple the" there counts what the offer gives. It
compares the product with nothing. The multiplier is read so when its sentence states an offer
of extra items free (``buy one … get one free``, ``buy 2, get 1 free``, ``two for one``,
``2-for-1``, ``BOGO``). A multiplier anywhere else ("twice the protein of other bars") is still
a comparative claim.
"""

from __future__ import annotations

import re

_MULTIPLIER = re.compile(r"(?:twice|double|triple)\b", re.IGNORECASE)
"""The multiplier word a comparative trigger starts with."""

_ITEMS_FREE = re.compile(
    r"\bbuy\s+(?:one|two|three|an?|\d+)\b[^.!?\n]*?\bget\s+(?:one|two|a\s+second|another|"
    r"\d+|the\s+second)\b[^.!?\n]*?\bfree\b|"
    r"\b(?:two|three|2|3)[\s-]+for[\s-]+(?:one|two|1|2)\b|\bbogo\b",
    re.IGNORECASE,
)
"""An offer of extra items free: buy one, get one free; two for one; BOGO."""


def counts_free_items(text: str, sentence: tuple[int, int], start: int) -> bool:
    """Whether a multiplier at ``start`` counts the items of a two-for-one offer in its sentence.

    Args:
        text: The field's original text.
        sentence: The ``(start, end)`` span of the trigger's sentence.
        start: Where the comparative trigger starts.

    Returns:
        True for "Twice the twists: buy one bag, get one free"; False for "twice the fibre of
        other bars" or a multiplier in a sentence without such an offer.
    """
    if _MULTIPLIER.match(text, start) is None:
        return False
    return _ITEMS_FREE.search(text, sentence[0], sentence[1]) is not None
