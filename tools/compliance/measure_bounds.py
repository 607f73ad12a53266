"""Measure bounds: a figure the copy gives as a bound on a product's own measure.

"The Minnow weighs under 300 g" does not say the product weighs 300 g: it says its weight is
below 300 g, which is true of a 299 g product. "It weighs over 2 kg" says its weight is above
2 kg. The bound is the product's own measure only when a verb of measuring or being stands
right before the bound word ("weighs under", "is less than", "comes in at under", "wiegt
unter", "pèse moins de", "pesa meno di", "väger under"), with at most an adverb between
("weighs just under"). A bound on something the product takes ("for riders under 150 kg",
"children up to 50 lb") is not its own measure: it states what the product carries, a
figure in its own right, and is left to the plain reading.
"""

from __future__ import annotations

import re
from typing import Literal

Bound = Literal["below", "above"]
"""The side of the figure the product's measure lies on."""

_VERB = (
    r"(?:weigh(?:s|ed|ing)?|(?:is|are|was|were|stays?|remains?|comes?\s+in|coming\s+in)"
    r"(?:\s+at)?|tips\s+the\s+scales?\s+at"
    r"|wieg(?:t|en)|(?:ist|sind|bleibt)"
    r"|p[eè]s(?:e|ent)|(?:est|sont|reste)"
    r"|pesa(?:no)?|(?:è|sono|resta)"
    r"|pesa(?:n)?|(?:es|son|queda)"
    r"|v[äa]ger|vejer|veier|weegt|wegen|(?:är|er|is))"
)
"""A verb whose subject is the product and whose complement is its measure, in the languages
the engine reads (English, German, French, Italian, Spanish, Swedish / Danish / Norwegian,
Dutch)."""

_ADVERB = (
    r"(?:(?:just|only|well|still|comfortably|nur|knapp|deutlich|juste|bien|appena|solo|ben"
    r"|apenas|bara|strax|kun|net|ruim)\s+)?"
)
"""An adverb between the verb and the bound ("weighs just under")."""

_BELOW = (
    r"(?:under|below|less\s+than|lighter\s+than|fewer\s+than|no\s+more\s+than|not\s+more\s+than"
    r"|unter|weniger\s+als|leichter\s+als"
    r"|moins\s+de|sous|en\s+dessous\s+de|inf[ée]rieure?s?\s+[àa]"
    r"|meno\s+di|sotto\s+(?:i\s+|gli\s+|le\s+)?|inferiore\s+a"
    r"|menos\s+de|por\s+debajo\s+de|inferior\s+a"
    r"|mindre\s+[äe]n|l[äe]ttere?\s+[äe]n|minder\s+dan|onder|lichter\s+dan)"
)
_ABOVE = (
    r"(?:over|above|more\s+than|heavier\s+than|upwards\s+of"
    r"|über|mehr\s+als|schwerer\s+als"
    r"|plus\s+de|au[\s-]dessus\s+de|sup[ée]rieure?s?\s+[àa]"
    r"|più\s+di|oltre|sopra\s+(?:i\s+|gli\s+|le\s+)?|superiore\s+a"
    r"|m[aá]s\s+de|por\s+encima\s+de|superior\s+a"
    r"|mer\s+[äe]n|mere\s+end|meer\s+dan|boven)"
)

_BOUND = re.compile(
    rf"\b{_VERB}\s+{_ADVERB}(?:(?P<below>{_BELOW})|(?P<above>{_ABOVE}))\s*$",
    re.IGNORECASE,
)

REACH = 60
"""Characters before a figure searched for the verb and bound word."""


def measure_bound(text: str, start: int) -> Bound | None:
    """The bound a figure at ``start`` puts on the measure of the product it is said of.

    Args:
        text: The copy field.
        start: Where the figure begins.

    Returns:
        ``"below"`` for "weighs under 300 g", ``"above"`` for "weighs over 2 kg", None when
        the figure is not a bound on the product's own measure ("300 g", "for riders under
        150 kg").
    """
    match = _BOUND.search(text, max(0, start - REACH), start)
    if match is None:
        return None
    return "below" if match.group("below") is not None else "above"


def bound_breaks(limit: str, fact_value: float, bound: Bound, value: float) -> bool:
    """Whether a bound on a product's measure contradicts a fact of it.

    A ``max`` fact (at most the value) is contradicted only by a measure said to be above a
    figure at or past it; a ``min`` fact (at least the value) only by a measure said to be below
    a figure at or short of it; an ``exact`` fact by either.

    Args:
        limit: The fact's limit: ``max``, ``min`` or ``exact``.
        fact_value: The fact's figure.
        bound: The side the copy puts the measure on.
        value: The copy's figure.

    Returns:
        True when no measure the fact allows lies on that side of the figure.
    """
    if bound == "below":
        return limit != "max" and value <= fact_value
    return limit != "min" and value >= fact_value
