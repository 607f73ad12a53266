"""The currency a price is written in, where its sign, code or word names one.

A catalogue lists each product's price in one currency. Copy for customers abroad may quote a
second price list ("Trail Jacket US$120" beside a list price in pesos): a price written in
another currency than the product's list price is not that price cut, nor above it. Only an
unambiguous sign, code or word names a currency here: a bare "$" (dollars of many countries),
"kr" (crowns of several) or "¥" (yen or yuan) names none. It does name a family of currencies:
when the brand prices something in one of them (a product or an offer in US dollars), a price
written with it is that second price list, in another currency than a list price outside the
family ("$42" beside a list price in Uzbek soʻm, from a brand whose classes are priced in dollars).
A brand that prices nothing in the family may be using the sign loosely: its "$" names nothing.
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.folded_alternatives import folded_alternatives

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
        ("THB", r"฿|\bthb\b|" + folded_alternatives("บาท")),
        ("VND", r"₫|\bvnd\b"),
        ("TRY", r"₺|\btry\b"),
        ("MNT", r"₮|\bmnt\b|" + folded_alternatives("төгрөг")),
        ("BDT", r"৳|\bbdt\b|\btk\b|\btaka\b|" + folded_alternatives("টাকা")),
        ("LKR", r"\blkr\b|(?<!\w)" + folded_alternatives("රු.", "රුපියල්")),
        ("KZT", r"₸|\bkzt\b|" + folded_alternatives("тенге", "теңге")),
        ("UAH", r"₴|\buah\b|" + folded_alternatives("грн", "гривн", "гривен", "гривень")),
        ("GEL", r"₾|" + folded_alternatives("ლარ")),
        ("RUB", r"₽|\brub\b|" + folded_alternatives("руб")),
        ("UZS", r"\buzs\b|so[ʻʼ'`]m|" + folded_alternatives("сўм", "сум")),
        ("ALL", r"\blek(?:e|esh|eve)?\b"),
    )
)
"""ISO code of each currency, with what names it in the folded view (a sign, code or word)."""

_DOLLARS = frozenset(
    (
        "USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "BND", "FJD", "JMD", "TTD", "BBD",
        "BSD", "BZD", "XCD", "LRD", "NAD", "SBD", "GYD", "SRD", "KYD",
    )
)  # fmt: skip
"""Currencies named dollars."""
_DOLLAR_SIGNS = _DOLLARS | frozenset(
    ["MXN", "ARS", "CLP", "COP", "CUP", "DOP", "UYU", "BRL", "NIO", "TOP", "WST", "MOP"]
)
"""Currencies written with a dollar sign: the dollars, the pesos of the Americas, the real."""
_FAMILIES: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (re.compile(r"\$"), _DOLLAR_SIGNS),
    (re.compile(r"\bdollar"), _DOLLARS),
    (re.compile(r"\bkr\b"), frozenset({"SEK", "NOK", "DKK", "ISK"})),
    (re.compile("¥"), frozenset({"JPY", "CNY"})),
)
"""A sign or word several currencies share, with the currencies it may be: "$42" is not in soʻm
or in euros, whichever dollar or peso it is."""
_ALSO_NAMES: tuple[tuple[re.Pattern[str], str, frozenset[str]], ...] = (
    (re.compile(folded_alternatives("руб")), "RUB", frozenset({"BYN"})),
)
"""A word that names one currency and also another that writes its prices the same way: the
rouble's short form "руб." (and the word "рубль") is Belarusian copy's too, so a price in it is
no second price list beside a list price in Belarusian roubles, while the sign "₽" and the
code "RUB" are the Russian rouble's alone."""


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


def other_currency(found: str, listed: str | None, quoted: frozenset[str] = frozenset()) -> bool:
    """Whether a price is written in another currency than a list price's.

    Args:
        found: The price as the folded view reads it.
        listed: The ISO code of the list price it might restate or cut, if known.
        quoted: ISO codes of the currencies the brand prices anything in (its products' and
            offers'): a shared sign names the one of its family the brand uses.

    Returns:
        True when both currencies are known and differ ("US$69" against a list price in MNT;
        not a word both write, "490 руб." against a list price in BYN),
        or when the price's sign or word is shared by several currencies, one of which the
        brand quotes and none of which is the list price's ("$42" against a list price in UZS
        from a brand quoting USD); False when either is unknown or they may be the same ("$42"
        against a list price in CAD).
    """
    if listed is None:
        return False
    written = written_currency(found)
    if written is not None:
        return written != listed and not any(
            code == written and listed in also and word.search(found)
            for word, code, also in _ALSO_NAMES
        )
    return any(
        listed not in currencies and not currencies.isdisjoint(quoted)
        for sign, currencies in _FAMILIES
        if sign.search(found)
    )


def priced_in(pack: BrandPack) -> frozenset[str]:
    """The ISO codes of the currencies a pack prices its products and offers in.

    Args:
        pack: The brand pack.

    Returns:
        The codes (``{"UZS", "USD"}``).
    """
    return frozenset(
        code
        for code in (*(p.currency for p in pack.products), *(o.currency for o in pack.offers))
        if code
    )
