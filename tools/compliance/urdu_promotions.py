"""Promotional words of Urdu copy: a discount after its figure, a promo code, "free".

Urdu puts the word for a discount after its percentage or amount, the way English puts "off":
"15% رعایت" (15% discount), "40% تک رعایت" (up to 40%), "Rs. 700 کی رعایت" (a discount of
Rs. 700), also with the loanword "ڈسکاؤنٹ" or "چھوٹ". A promo code is "کوڈ" before it ("کوڈ
SAVE10"). "Free" is "مفت", before or after what is given ("مفت ڈیلیوری", "ڈیلیوری مفت ہے"): the
English "free" patterns read Latin letters only, so it is found on its own
(:func:`free_words`, read by :mod:`~nextbest.tools.compliance.native_mentions`). The patterns
are written for the folded view; each word is folded once here.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.folded_alternatives import folded_alternatives

_DISCOUNT = folded_alternatives("رعایت", "ڈسکاؤنٹ", "چھوٹ")
"""The discount words, folded."""
_UP_TO = folded_alternatives("تک")
""""Up to", written between the figure and the discount word ("40% تک رعایت")."""
_OF = folded_alternatives("کی", "کا")
""""Of" between an amount and the discount word ("Rs. 700 کی رعایت")."""

PERCENT_AFTER = rf"(?:(?:{_UP_TO})\s+)?(?:{_DISCOUNT})(?![^\W\d_])"
"""Alternatives (no group) of the discount word after a percentage and a space: "15% رعایت",
"40% تک رعایت"."""

AMOUNT_AFTER = rf"\s+(?:(?:{_UP_TO}|{_OF})\s+)?(?:{_DISCOUNT})(?![^\W\d_])"
"""The discount word after an amount (no group): " کی رعایت" in "Rs. 700 کی رعایت"."""

CODE_WORD = folded_alternatives("کوڈ")
"""The promo-code word before a code, folded."""

_FREE = re.compile(rf"(?<![^\W\d_])(?:{folded_alternatives('مفت')})(?![^\W\d_])")
""""Free" as a word of its own (folded)."""


def free_words(folded: str) -> list[tuple[int, int]]:
    """Where Urdu copy says "free" (``مفت``).

    Args:
        folded: A field's folded text.

    Returns:
        ``(start, end)`` of each "free" in the folded text.
    """
    if folded.isascii():
        return []
    return [m.span() for m in _FREE.finditer(folded)]
