"""Financing terms written in Azerbaijani or Turkish: "12 ay", "24 ayadək", "6 və ya 9 ay".

A term is a count of months (``ay``) or years (``il``, ``yıl``), with the case ending the
sentence gives it ("12 aya bölün", split into 12 months; "24 ayadək", up to 24 months;
"24 aylıq", of 24 months; "2 ilə", "3 yıla kadar"). A list of counts before one unit ("3, 6 və ya
12 ay", "3/6/12 ay", "6-36 ay") states each of them. As in English copy, a count is a term only
in a sentence that speaks of credit: an instalment (``taksit``), a loan (``kredit``, ``kredi``),
interest (``faiz``), a payment (``ödəniş``, ``ödeme``), a lease (``lizinq``) or the effective
annual rate (``İEFD``), so "3 ay pulsuz abunə" (3 months of free subscription) is none.

Patterns run on the folded view, where ``ı``, ``ö``, ``ş``, ``ğ`` lose their marks and ``ə``
keeps it.
"""

from __future__ import annotations

import re

_COUNT = r"\d{1,3}"
_LIST_JOIN = r"(?:\s?[,/–-]\s?|\s(?:və ya|veya|ve|və|yaxud|ya da)\s)"
TURKIC_TERM = re.compile(
    rf"(?<![\d.,])(?P<counts>{_COUNT}(?:{_LIST_JOIN}{_COUNT})*)\s?-?\s?"
    r"(?P<unit>ay|il|yil)"
    r"(?:adək|ədək|adek|a kadar|a qədər|ə qədər|a|ə|e|dan|dən|den|da|də|de|liq|lik|luk|in)?"
    r"(?![^\W\d_])"
)
"""A count (or a list of counts) of months or years, with the case ending copy gives it."""
TURKIC_CREDIT = re.compile(r"(?<![^\W\d_])(?:taksit|kredit|kredi|faiz|odənis|odeme|lizinq|iefd)")
"""Words of credit in a sentence, on the folded view (endings may follow)."""


def term_months(match: re.Match[str]) -> list[float]:
    """The months each count of a :data:`TURKIC_TERM` match states ("2 il": 24).

    Args:
        match: A match of :data:`TURKIC_TERM`.

    Returns:
        One figure per count, in order.
    """
    per = 1.0 if match.group("unit") == "ay" else 12.0
    return [float(count) * per for count in re.findall(r"\d+", match.group("counts"))]
