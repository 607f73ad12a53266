"""Savings products: where "save" and "savings" name the reader's own money, not a discount.

A bank, a building society or a digital-money app sells savings: an account, a goal, a pot. A
subject such as "Holiday savings with <the savings goal>" above a message about that product
promises no reduction: the savings are the money the reader puts aside. A product is a savings
product when its catalogue category or one of its names says so ("savings", "savings
account"; French "épargne", Spanish "ahorro", German "Sparen", Italian "risparmio", Portuguese
"poupança"). "Saver" and "saving" are not enough: a "Family Saver Pack" or an "energy-saving
lamp" is sold, not saved in. Savings said to be someone's ("your savings", "our members'
savings") are that person's money too, whichever of the brand's products the message is about:
a savings brand's "Your savings, put to work" above a message about its fund promises no
reduction either (:func:`owned_savings`).
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.normalise import fold

SAVING_WORDS: frozenset[str] = frozenset({"save", "saves", "saving", "savings"})
"""Subject words that promise a reduction unless they name the reader's own savings."""

_SAVINGS = re.compile(
    r"\b(?:savings|epargne|ahorros?|sparen|sparkonto|sparplan|risparmio|poupanca)\b"
)
"""A category or product name of a savings product (folded view)."""


def savings_products(pack: BrandPack) -> frozenset[str]:
    """The ids of the pack's savings products.

    Args:
        pack: The brand pack.

    Returns:
        The ids of the products whose category or one of whose names says they are savings.
    """
    return frozenset(
        product.id
        for product in pack.products
        if any(
            _SAVINGS.search(fold(text).text) for text in (product.category or "", *product.names)
        )
    )


_OWNED = re.compile(r"\b(?:your|our|my|his|her|their|members?)\s+(?:[a-z]+\s+){0,2}savings\b")
"""Savings said to be someone's (skeleton view): "your savings", "your hard-earned savings"."""


def owned_savings(subject: str) -> bool:
    """Whether a subject speaks of someone's savings, the money they put aside.

    Args:
        subject: The subject's skeleton text (lower case, punctuation dropped).

    Returns:
        True when "savings" follows a possessive ("your savings", "our members savings").
    """
    return "savings" in subject and bool(_OWNED.search(subject))
