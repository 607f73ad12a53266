"""Catalogue facts stated in money, with the currency written before the figure.

A product's fact may be an amount of money (an insured sum, a deposit, a credit limit) whose
unit the pack writes as the currency itself: the code (``ZAR``, ``EUR``) or its sign (``R``,
``€``, ``$``). Copy in most countries writes such a sign before the figure ("R 40 000",
"$1,500", "€ 500"), which a unit read after its figure ("40 000 R") never finds. A fact unit
that names one of the pack's own currencies (its code, letter sign or symbol) is therefore read
before the figure too; any other unit ("kg", "cover") only after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nextbest.brand_context.models import BrandPack

LETTER_SIGNS: dict[str, str] = {"ZAR": "R", "INR": "Rs", "IDR": "Rp", "MYR": "RM"}
"""Currencies whose sign is written in letters before the figure ("R1 500", "Rs450")."""
SYMBOLS: dict[str, str] = {
    "USD": "$", "CAD": "$", "AUD": "$", "NZD": "$", "MXN": "$", "EUR": "€", "GBP": "£",
    "JPY": "¥", "CNY": "¥", "INR": "₹", "ILS": "₪", "TRY": "₺", "NGN": "₦", "PHP": "₱",
    "KRW": "₩", "UAH": "₴", "VND": "₫",
}  # fmt: skip
"""Currency symbols written before the figure."""


def pack_currency_signs(pack: BrandPack) -> frozenset[str]:
    """The pack's currencies as copy may write them: codes, letter signs and symbols (folded).

    Args:
        pack: The brand pack (its products' and offers' currencies).

    Returns:
        Case-folded codes and signs.
    """
    codes = {p.currency for p in pack.products if p.currency}
    codes |= {o.currency for o in pack.offers if o.currency}
    signs = set(codes)
    signs |= {LETTER_SIGNS[code] for code in codes if code in LETTER_SIGNS}
    signs |= {SYMBOLS[code] for code in codes if code in SYMBOLS}
    return frozenset(sign.casefold() for sign in signs)


def sign_before(units: Iterable[str], signs: frozenset[str], number: str) -> re.Pattern[str] | None:
    """A pattern of a figure after the currency sign among ``units``, if any unit is one.

    Args:
        units: A fact's unit and its aliases (folded).
        signs: The pack's currency codes and signs (:func:`pack_currency_signs`).
        number: The figure's pattern, its one group the figure (as copy writes it).

    Returns:
        The pattern (group 1 the figure), or None when no unit is a currency of the pack.
    """
    money = sorted((u for u in units if u.casefold() in signs), key=len, reverse=True)
    if not money:
        return None
    alternatives = "|".join(re.escape(u) for u in money)
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})\s?(?=\d)" + number, re.IGNORECASE)
