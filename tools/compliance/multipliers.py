"""A multiplier that counts a two-for-one offer, not a comparison (a rule of language).

"Double the crackers: buy one box, get one free" says the reader leaves with two boxes for the
price of one; "twice the" / "double the" / "triple the" there counts what the offer gives. It
compares the product with nothing. The multiplier is read so when its sentence states an offer
of extra items free (``buy one … get one free``, ``buy 2, get 1 free``, ``two for one``,
``2-for-1``, ``BOGO``). A multiplier anywhere else ("twice the protein of other bars") is still
a comparative claim. A multiplier between two of the brand's own products whose catalogue
figures stand in that ratio ("the Pro 40 tank is double the Pro 20 capacity") is a catalogue
fact (:func:`catalogue_multiple`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nextbest.tools.compliance.catalogue import ProductHit

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


_FACTORS: dict[str, float] = {"twice": 2.0, "double": 2.0, "triple": 3.0}


def catalogue_multiple(hits: Sequence[ProductHit], text: str, start: int) -> bool:
    """Whether a multiplier compares two of the brand's own products as their facts bear out.

    "The Pro 40 tank is double the Pro 20 capacity", of a catalogue listing 40 and 20 litres,
    compares the brand's own range by the pack's own figures: a catalogue fact, not a
    comparative claim. The product named before the multiplier and the one named after it
    must share a fact (same unit) whose exact values stand in the multiplier's ratio; "triple
    the Pro 20 capacity" or "double what rivals hold" stays a comparative claim.

    Args:
        hits: The products named in the multiplier's sentence (in the same field).
        text: The field's original text.
        start: Where the comparative trigger starts.

    Returns:
        True when the catalogue's figures bear the multiple out.
    """
    word = _MULTIPLIER.match(text, start)
    if word is None:
        return False
    factor = _FACTORS[word.group().casefold()]
    before = {h.product.id: h.product for h in hits if h.end <= start}
    after = {h.product.id: h.product for h in hits if h.start >= word.end()}
    return any(
        big.value == factor * small.value
        for a in before.values()
        for b in after.values()
        if a.id != b.id
        for big in a.facts
        for small in b.facts
        if big.limit == small.limit == "exact" and big.unit == small.unit and small.value > 0
    )
