"""A "free" promised in Quechua, and whether the message gives something free.

Quechua says "free of charge" in two or more words, none of them a promise word of the subject
rule: "mana qullqiyuq" (not with money; also spelled "qullqiyoq", "qolqeyoq", "qollqeyuq", and
with a case ending, "mana qullqiyuqta"), or "qullqinnaq" / "qolqenaq" (moneyless). A subject
offering a thing free so must be kept by such a "free" of the body or the offer's own wording,
or by the loan "gratis". Only text with a Quechua word for money is read (a cheap literal test).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_MONEY = ("qullqi", "qolqe", "qollqe", "qulqi")
"""The Quechua stems for money in their spellings (folded view): the literal gate."""
_STEM = "(?:" + "|".join(_MONEY) + ")"
FREE = re.compile(rf"\bmana {_STEM}(?:yuq|yoq)\w*|\b{_STEM}n?naq\b")
"""A Quechua "free of charge" in the folded view."""
_GRATIS = re.compile(r"\bgratis\b")
"""The Spanish loan "gratis", which Quechua copy uses as well."""


def _free(folded: str) -> list[str]:
    """The Quechua "free" phrases of a folded text."""
    if not any(stem in folded for stem in _MONEY):
        return []
    return [m.group() for m in FREE.finditer(folded)]


def unbacked_quechua_free(subject: str, backing: Iterable[str]) -> list[str]:
    """The subject's Quechua "free" when neither the body nor the offer gives anything free.

    Args:
        subject: The subject or push title, folded.
        backing: The body's fields and the offer's name, terms and disclosure, folded.

    Returns:
        The subject's "free" phrases, or an empty list when it promises none or one is given.
    """
    promised = _free(subject)
    if not promised:
        return []
    if any(_free(text) or _GRATIS.search(text) for text in backing):
        return []
    return promised
