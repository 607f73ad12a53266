"""A supplement's price: what an extra adds to a product, not the product's own price.

"The half-board upgrade is a supplement to the room rate of €18", "Aufpreis zum Tagesticket:
9 €": the amount a clause calls a supplement, surcharge or extra charge is paid on top of the
product it names, so it says nothing of that product's list price. A price read as the named
product's and found below its list price is a cut; a supplement's price is not.

The nouns are those of several European languages, with or without their accents, written
before the amount in the same clause.
"""

from __future__ import annotations

import re

_SUPPLEMENT = re.compile(
    r"\b(?:supplements?|surcharges?|extra charges?|upgrade fees?"
    r"|suppl[eé]ments?|suplementos?|supplementi|supplemento|sovrapprezzo"  # fr, es, it
    r"|aufpreis|zuschlag|aufschlag|toeslag|till[aä]gg|till[aæ]g"  # de, nl, sv, da
    r"|dopla[cč]il[oaue]|dop[lł]at[aeiuy]|nadoplat[aeiuy]"  # sl, hr, pl
    r"|p[rř][ií]plat(?:ek|ku|kem)|fel[aá]r\w*"  # cs, hu
    r")\b",
    re.IGNORECASE,
)
"""A supplement noun, in the original text."""

_CLAUSE_BREAK = re.compile(r"[;!?]|\.\s")
"""What ends the clause before the price (a sentence's own end or a semicolon)."""

_REACH = 80
"""Characters before the price the supplement noun may stand in."""


def supplement_price(original: str, sentence_start: int, price_start: int) -> bool:
    """Whether the price at ``price_start`` is called a supplement in its clause.

    Args:
        original: The field's original text.
        sentence_start: Where the price's sentence starts.
        price_start: Where the price starts.

    Returns:
        True when a supplement noun stands before the price in the same clause, within
        :data:`_REACH` characters.
    """
    start = max(sentence_start, price_start - _REACH)
    before = original[start:price_start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    return _SUPPLEMENT.search(before) is not None
