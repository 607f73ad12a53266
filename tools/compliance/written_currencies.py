"""The currency a price is written in, where its sign, code or word names one.

A catalogue lists each product's price in one currency. Copy for customers abroad may quote a
second price list ("Trail Jacket US$120" beside a list price in pesos): a price written in
another currency than the product's list price is not that price cut, nor above it. Only an
unambiguous sign, code or word names a currency here: a bare "$" (dollars of many countries),
"kr" (crowns of several) or "¥" (yen or yuan) names none.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import fold


def _words(*words: str) -> str:
    """Alternatives of currency words as the folded view writes them, escaped, longest first."""
    forms = {fold(word).text for word in words}
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


_CURRENCIES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (code, re.compile(pattern))
    for code, pattern in (
        ("USD", r"us\$|\busd\b"),
        ("CAD", r"c\$|\bcad\b"),
        ("AUD", r"a\$|\baud\b"),
        ("EUR", r"€|\beur\b|\beuros?\b"),
        ("GBP", r"£|\bgbp\b"),
        ("CHF", r"\bchf\b"),
        ("INR", r"₹|\binr\b"),
        ("BRL", r"r\$|\bbrl\b|\breais\b"),
        ("ILS", r"₪|\bils\b|\bnis\b"),
        ("THB", r"฿|\bthb\b|" + _words("บาท")),
        ("VND", r"₫|\bvnd\b"),
        ("TRY", r"₺|\btry\b"),
        ("MNT", r"₮|\bmnt\b|" + _words("төгрөг")),
        ("BDT", r"৳|\bbdt\b|\btk\b|\btaka\b|" + _words("টাকা")),
        ("LKR", r"\blkr\b|(?<!\w)" + _words("රු.", "රුපියල්")),
        ("KZT", r"₸|\bkzt\b|" + _words("тенге", "теңге")),
        ("UAH", r"₴|\buah\b|" + _words("грн", "гривн", "гривен", "гривень")),
        ("GEL", r"₾|" + _words("ლარ")),
        ("RUB", r"₽|\brub\b|" + _words("руб")),
    )
)
"""ISO code of each currency, with what names it in the folded view (a sign, code or word)."""


def written_currency(found: str) -> str | None:
    """The ISO code of the currency a price, as found in the folded view, is written in.

    Args:
        found: The price as the folded view reads it ("us$69", "12 500 ₮", "tk 380").

    Returns:
        The code ("USD", "MNT", "BDT"), or None when the price names no currency unambiguously
        ("$69", "120 kr").
    """
    for code, pattern in _CURRENCIES:
        if pattern.search(found):
            return code
    return None


def other_currency(found: str, listed: str | None) -> bool:
    """Whether a price is written in another currency than a list price's.

    Args:
        found: The price as the folded view reads it.
        listed: The ISO code of the list price it might restate or cut, if known.

    Returns:
        True when both currencies are known and differ ("US$69" against a list price in MNT);
        False when either is unknown or they are the same.
    """
    if listed is None:
        return False
    written = written_currency(found)
    return written is not None and written != listed
