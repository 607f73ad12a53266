"""Promotions spoken of in general: "each promotion has its own terms" promotes none.

Copy that explains how a product works may say that every promotion, any discount, comes
with conditions ("Each promotion is subject to its own terms", "Cada promoción tiene sus
condiciones"). The noun after a distributive quantifier names promotions as a class: no
discount, price or gift is offered, so there is no offer to attach.
"""

from __future__ import annotations

import re

_QUANTIFIER_BEFORE = re.compile(
    r"(?:^|[^\w])(?:each|every|any|cada|cualquier|qualquer|chaque|ogni|qualsiasi"
    r"|jede|jeder|jedes|elke|varje|hver|vsaka|svaka|ka[zž]d[aáéyý])\s+$",
    re.IGNORECASE,
)
"""A distributive quantifier right before the noun (en, es, pt, fr, it, de, nl, nordic, slavic)."""

_PROMOTION_NOUN = re.compile(
    r"(?:promo(?:tion|ci[oó]n|zione|[cç][aã]o)?|discount|descuento|desconto|rabatt|popust)$",
    re.IGNORECASE,
)
"""The promotion nouns a class can be named by (singular: a quantified class)."""


def promotion_in_general(original: str, start: int, end: int) -> bool:
    """Whether the promotional noun at ``start:end`` names promotions as a class.

    Args:
        original: The field's original text.
        start: Where the promotional wording starts.
        end: Where it ends.

    Returns:
        True when the wording is a promotion noun right after a distributive quantifier
        ("every promotion", "cada promoción").
    """
    if _PROMOTION_NOUN.match(original[start:end]) is None:
        return False
    return _QUANTIFIER_BEFORE.search(original[max(0, start - 16) : start]) is not None
