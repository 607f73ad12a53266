"""A price each of things the clause names: the price of those things, not of a product.

"The Trail Tent is $240 with two poles; spare poles are $9 each", "New at the front desk:
enamel mugs printed with the Ridge Route map, $14 each": a unit price ("each", "apiece", "la
pièce", "pro Stück", "per stuk") is the price of the things its clause counts. When that clause
(since the sentence start or the last semicolon, colon or dash) names no catalogue product, or
names one only after a preposition ("printed with <product>", "inspired by <product>", "for
the <product>"), the priced things are something else: an extra, a spare part, a souvenir. The
price says nothing of the product's list price. A clause with no words of its own before the
price ("<product>s: $14 each") is read with its sentence as before.
"""

from __future__ import annotations

import re

_UNIT_AFTER = re.compile(
    r"\s*(?:each|apiece|a piece|per (?:piece|item|unit)|chacune?|la pi[eè]ce|pi[eè]ce|"
    r"pro st[üu]ck|je st[üu]ck|das st[üu]ck|per stuk|p/st|stuk)\b",
    re.IGNORECASE,
)
"""A unit price's "each" after the amount."""

_STRONG_BREAK = re.compile(r"[;:]|\s[-–—]\s")
"""What opens the clause a unit price counts the things of."""

_LEAD_OUT = re.compile(
    r"(?:[\s,(]|\b(?:are|is|cost|costs|at|for|from|sont|à|kosten|kostet|sind|zijn|kost|voor)\b)*$",
    re.IGNORECASE,
)
"""Verbs and links between the things named and their price ("are", "cost", "at")."""

_PREPOSITION = re.compile(
    r"\b(?:by|of|from|with|for|after|like|about|on|in|de|du|des|avec|par|pour|von|mit|"
    r"aus|nach|van|met|voor|uit)\s+(?:the\s+|our\s+|le\s+|la\s+|les\s+|l'|der\s+|die\s+|"
    r"das\s+|dem\s+|den\s+|de\s+|het\s+)?$",
    re.IGNORECASE,
)
"""A preposition right before a product name: the product qualifies another noun."""


def priced_things_elsewhere(
    original: str, sentence_start: int, price_start: int, price_end: int, named: list[int]
) -> bool:
    """Whether a unit price prices things its clause names other than a catalogue product.

    Args:
        original: The field's original text.
        sentence_start: Where the price's sentence starts.
        price_start: Where the price starts.
        price_end: Where the price ends.
        named: Start offsets of the product names the field writes.

    Returns:
        True when "each" (or its like) follows the price, the price's clause has words of its
        own before it, and every product name in that clause follows a preposition.
    """
    if _UNIT_AFTER.match(original, price_end) is None:
        return False
    start = sentence_start
    for brk in _STRONG_BREAK.finditer(original, sentence_start, price_start):
        start = brk.end()
    clause = original[start:price_start]
    lead_out = _LEAD_OUT.search(clause)
    own = clause[: lead_out.start()] if lead_out is not None else clause
    if not re.search(r"[^\W\d_]{3,}", own):
        return False  # "<product>s: $14 each": nothing of its own, the sentence says whose
    for at in named:
        if start <= at < price_start and _PREPOSITION.search(original, start, at) is None:
            return False  # the product heads the clause: the price is its
    return True
