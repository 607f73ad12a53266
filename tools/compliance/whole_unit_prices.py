"""A sale price worked out to a fraction and written in whole currency units.

A percentage off a list price often leaves a fraction: 10% off 1,499 is 1,349.10. Copy in a
currency that prices in whole units (rupees, yen, forint, or any catalogue of whole-unit
prices) writes the sale price as 1,349 or 1,350, not with a fraction nobody pays. Such a
figure is the offer's price: written without decimals, it is the computed price rounded down
or up to the whole unit. A figure written with decimals must match to the cent, and a whole
computed price (338) is matched exactly: 337 is another price.
"""

from __future__ import annotations

import math

from nextbest.tools.compliance.offer_paraphrase import PRICE_TOLERANCE


def same_sale_price(computed: float, value: float, written: str) -> bool:
    """Whether the figure ``written`` (read as ``value``) states the ``computed`` sale price.

    Args:
        computed: The sale price an offer gives (list price less the discount).
        value: The figure in the copy.
        written: The figure as written ("1,349", "1,349.10").

    Returns:
        True when they agree to the cent, or when ``written`` has no decimals, ``computed``
        has a fraction, and ``value`` is ``computed`` rounded down or up to a whole unit.
    """
    if abs(computed - value) <= PRICE_TOLERANCE:
        return True
    if not value.is_integer() or _has_decimals(written):
        return False
    if abs(computed - round(computed)) <= PRICE_TOLERANCE:
        return False  # a whole computed price is matched exactly
    return value in (math.floor(computed), math.ceil(computed))


def _has_decimals(written: str) -> bool:
    """Whether a figure is written with a decimal part (``.10``, ``,50``)."""
    digits = written.rstrip()
    return len(digits) > 3 and digits[-3] in ".," and digits[-2:].isdigit()
