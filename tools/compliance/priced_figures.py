"""A figure written with its currency is a price, not a phone number.

A figure grouped by spaces in twos and threes ("12 400 000", "27 300 000") has a phone
number's shape; written with a currency sign, code or word before or after it ("12 400 000
soʻm", "RSD 27 300 000"), it is a price, whatever its grouping.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.price_triggers import PRICE

_PRICE = re.compile(PRICE)
_REACH = 12
"""Characters on either side of the figure searched for its currency."""


def written_as_price(original: str, start: int, end: int) -> bool:
    """Whether ``original[start:end]`` is a figure written with a currency.

    Args:
        original: The field's original text.
        start: Where the figure starts.
        end: Where it ends (exclusive).

    Returns:
        True when a price (figure and currency) found around it covers the whole figure.
    """
    low = max(0, start - _REACH)
    view = fold(original[low : min(len(original), end + _REACH)])
    for match in _PRICE.finditer(view.text):
        found_start, found_end = view.original_span(*match.span())
        if found_start + low <= start and end <= found_end + low:
            return True
    return False
