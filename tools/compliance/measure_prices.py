"""Unit prices by weight or volume: "2 kg bag: €5.00 (€2.50/kg)" of a bag priced at €5.00.

Food and drink copy often gives, beside a package's price, the price per kilogram or litre
(or per 100 g, 100 ml) that the law asks for. That price is the package's price divided by its
size: the same price said another way, neither a cut nor a figure of its own. It is read as
such only when the copy writes it as a price per measure (the amount, an optional currency
sign or code, then ``/kg``, ``/l``, ``/100 g``, or ``per``/``pro``/``par``/``le`` and the unit)
and the package's size is written in the same sentence ("2 kg", "750 ml", "75 cl", "200 g")
and the arithmetic holds to the cent. The price divided may be the product's list price or a
figure the offer gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SHARE_TOLERANCE = 0.011
"""Currency units a unit price may differ from the price over the size (rounding to cents)."""

_TO_BASE: dict[str, tuple[str, float]] = {
    "mg": ("kg", 1e-6),
    "g": ("kg", 1e-3),
    "gr": ("kg", 1e-3),
    "kg": ("kg", 1.0),
    "ml": ("l", 1e-3),
    "cl": ("l", 1e-2),
    "dl": ("l", 1e-1),
    "l": ("l", 1.0),
    "lt": ("l", 1.0),
    "ltr": ("l", 1.0),
    "liter": ("l", 1.0),
    "litre": ("l", 1.0),
    "litr": ("l", 1.0),
    "litro": ("l", 1.0),
}
"""Units of weight and volume and their factor to the kilogram or litre."""

_UNITS = "|".join(sorted(_TO_BASE, key=len, reverse=True))
_NUMBER = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d{1,3})?|\d+(?:[.,]\d{1,3})?"
_SIZE = re.compile(rf"(?<![\d.,])({_NUMBER})\s?({_UNITS})\b", re.IGNORECASE)
"""A package size: "2,5 kg", "750 ml", "75cl"."""
_CURRENCY = r"(?:[$£€¥₹₺₽]|[A-Z]{3}\b|[A-Za-z]{2,3}\.?)?"
_PER = r"\s?/\s?|\s(?:per|pro|par|le|la|the|al|il|je|za|na)\s"
_PER_WORD = re.compile(r"\s(?:per|pro|par|le|la|the|al|il|je|za|na)\s", re.IGNORECASE)
"""A word for "per" between a price and its unit (a cheap test before the full scan)."""
_RATE = re.compile(
    rf"(?<![\d.,])({_NUMBER})\s?{_CURRENCY}\s?(?:{_PER})(100\s?)?({_UNITS})\b",
    re.IGNORECASE,
)
"""An amount per measure: "2,50 €/kg", "$1.20 / 100 g" (the amount after a sign too), "3 € le
litre"."""
_SIGN_FIRST = re.compile(
    rf"[$£€¥₹₺₽]\s?({_NUMBER})\s?(?:{_PER})(100\s?)?({_UNITS})\b", re.IGNORECASE
)


def read_number(raw: str) -> float:
    """A figure in English, German or French notation ("1,234.50", "1.234,50", "2,5")."""
    if re.fullmatch(r"(?!0\D)\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
        return float(raw.replace(",", ""))
    if re.fullmatch(r"(?!0\D)\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
        return float(raw.replace(".", "").replace(",", "."))
    return float(re.sub(r"[ \u00a0\u202f]", "", raw).replace(",", "."))


def _sizes(sentence: str) -> list[tuple[str, float]]:
    """The package sizes written in ``sentence``, each as (base unit, amount in it)."""
    found: list[tuple[str, float]] = []
    for match in _SIZE.finditer(sentence):
        base, factor = _TO_BASE[match.group(2).casefold()]
        amount = read_number(match.group(1)) * factor
        if amount > 0:
            found.append((base, amount))
    return found


def measure_unit_prices(sentence: str, prices: Iterable[float]) -> set[float]:
    """The unit prices ``sentence`` writes that one of ``prices`` over a written size gives.

    Args:
        sentence: One sentence of copy (original text).
        prices: Prices the sentence may divide (list prices, an offer's figures).

    Returns:
        The amounts written as a price per kilogram, litre, 100 g or 100 ml that equal one of
        ``prices`` divided by a package size in the same measure written in the sentence
        (``{2.5}`` for "2 kg bag: €5.00 (€2.50/kg)"); empty when none.
    """
    if "/" not in sentence and _PER_WORD.search(sentence) is None:
        return set()
    sizes = _sizes(sentence)
    if not sizes:
        return set()
    candidates = [p for p in prices if p > 0]
    found: set[float] = set()
    for pattern in (_RATE, _SIGN_FIRST):
        for match in pattern.finditer(sentence):
            value = read_number(match.group(1))
            base, factor = _TO_BASE[match.group(3).casefold()]
            per = factor * (100 if match.group(2) else 1)
            for kind, amount in sizes:
                if kind != base:
                    continue
                if any(abs(p / amount * per - value) <= SHARE_TOLERANCE for p in candidates):
                    found.add(value)
    return found


def is_measure_unit_price(
    text: str, sentence: tuple[int, int], start: int, value: float, prices: Iterable[float]
) -> bool:
    """Whether the price at ``start`` is one of ``prices`` per kilogram or litre of its package.

    Args:
        text: The field's original text.
        sentence: The span of the price's sentence.
        start: Start of the price.
        value: The price's amount.
        prices: List prices of the products the sentence names.

    Returns:
        True for "€2.50" in "2 kg bag: €5.00 (€2.50/kg)" of a bag listed at €5.00.
    """
    said = text[sentence[0] : sentence[1]]
    return any(abs(value - v) <= 1e-9 for v in measure_unit_prices(said, prices)) and any(
        m.start() <= start - sentence[0] < m.end()
        for pattern in (_RATE, _SIGN_FIRST)
        for m in pattern.finditer(said)
    )
