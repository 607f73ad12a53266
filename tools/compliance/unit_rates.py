"""A unit rate that contradicts its own sentence's total and count.

"20 hours with the same tutor: the <pack> is $1,100, just $60 per hour" states three figures
that must agree: 20 hours at $60 an hour is $1,200, not $1,100. A mandated per-unit price
("$55 per hour") discloses the rate only when it is the rate of what the sentence sells; a
rate the sentence's own count and total contradict is a wrong rate, whatever wording it
copies. Read on the original text: a rate is a price followed by ``per <unit>``, ``/<unit>``
or ``a(n) <unit>``; a count is a number followed by that unit in the plural or singular
(``20 hours``, ``8-hour``); a total is any other price in the sentence.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.offer_paraphrase import read_number

_MONEY = r"[$£€¥₹]\s?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)"
_RATE = re.compile(_MONEY + r"\s?(?:per\s+|/\s?|an?\s+)([a-z]{3,12})\b", re.IGNORECASE)
_PRICE = re.compile(_MONEY)
_TOLERANCE = 0.011
"""Currency units per unit a rate may differ by (rounding to the cent)."""


def _singular(unit: str) -> str:
    """A unit word without its plural ``-s``."""
    unit = unit.lower()
    return unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit


def contradicted_rate(sentence: str, start: int, end: int) -> bool:
    """Whether the rate at ``sentence[start:end]`` disagrees with the sentence's count and total.

    Args:
        sentence: A sentence of copy (original text).
        start: Where the rate's wording starts in it.
        end: Where it ends.

    Returns:
        True when the wording holds a rate ("$60 per hour"), the sentence counts that unit
        ("20 hours") and states other prices, and no count times the rate is one of them.
    """
    rates = [m for m in _RATE.finditer(sentence) if start <= m.start() < end]
    if not rates:
        return False
    for rate in rates:
        value = read_number(rate.group(1))
        unit = _singular(rate.group(2))
        counts = [
            read_number(m.group(1))
            for m in re.finditer(
                r"(?<![\d.,$£€])(\d+(?:\.\d+)?)[\s-]+" + re.escape(unit) + r"s?\b",
                sentence,
                re.IGNORECASE,
            )
        ]
        totals = [
            read_number(m.group(1))
            for m in _PRICE.finditer(sentence)
            if not rate.start() <= m.start() < rate.end()
        ]
        totals = [t for t in totals if abs(t - value) > _TOLERANCE]
        if not counts or not totals:
            continue
        if not any(abs(n * value - t) <= _TOLERANCE * n for n in counts for t in totals):
            return True
    return False
