"""A catalogue rate named by its price: "$0.19/min" is the product "off-peak per-minute rate".

A catalogue may list rates as products: "standard per-minute rate" at 0.29, "off-peak
per-kWh rate" at 0.35, "hourly rate" at 60. Copy rarely writes such a name; it writes the rate
itself, "$0.29/min", "$0.35 per kWh", "$60 an hour". A price followed by a unit names the
catalogue product whose name speaks of that unit (``per-minute``, ``per kWh``, ``hourly``)
and whose list price it is, when exactly one product fits: it is that product's list price
(not a cut below the price of the membership its sentence names), and rules scoped to that
product (who may receive per-minute prices) apply to it. A rate no unit-named product lists
(an idle fee "$0.40/min" when the catalogue names the idle fee without a unit) names nothing.

Units are compared in one spelling: ``min``, ``mins`` and ``minute`` are one unit, as are
``hr`` and ``hour``, ``mo`` and ``month``; ``kWh`` is its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from nextbest.brand_context.models import Product

_ABBREVIATIONS: dict[str, str] = {
    "min": "minute",
    "mn": "minute",
    "sec": "second",
    "s": "second",
    "hr": "hour",
    "h": "hour",
    "mo": "month",
    "mth": "month",
    "yr": "year",
    "wk": "week",
    "gal": "gallon",
    "mi": "mile",
    "ltr": "litre",
    "liter": "litre",
    "l": "litre",
}
"""Short spellings of units, each to one full word."""

_ADVERBS: dict[str, str] = {
    "hourly": "hour",
    "daily": "day",
    "nightly": "night",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annual": "year",
}
"""Adjectives of a period that name a rate per that period ("hourly rate")."""

_NAME_UNIT = re.compile(r"(?:\bper[\s-]+|/\s?)([A-Za-z]{1,12})\b", re.IGNORECASE)
_NAME_ADVERB = re.compile(r"\b(" + "|".join(_ADVERBS) + r")\s+rate\b", re.IGNORECASE)

_MONEY = (
    r"(?:(?:[$£€¥₹]|\b(?:us\$|usd|gbp|eur|cad|aud|nzd|chf))\s?"
    r"(?P<before>\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
    r"|(?P<after>\d+(?:[.,]\d{1,2})?)\s?(?:[$£€¥₹]|\b(?:usd|gbp|eur|cad|aud)\b))"
)
RATE = re.compile(
    _MONEY + r"\s?(?:/\s?|\bper\s+|\ban?\s+)(?P<unit>[A-Za-z]{1,12})\b", re.IGNORECASE
)
"""A price with a unit after it: ``$0.24/min``, ``$60 an hour``, ``0,24 €/kWh``."""

_CENT = 0.005
"""Largest difference (currency units) between a rate and a list price that is one price."""


def unit_of(word: str) -> str:
    """One spelling of a unit word: lower case, singular, abbreviations written out.

    Args:
        word: A unit as written ("mins", "kWh", "Hour").

    Returns:
        The unit ("minute", "kwh", "hour").
    """
    word = word.lower()
    if word in _ABBREVIATIONS:
        return _ABBREVIATIONS[word]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return _ABBREVIATIONS.get(word, word)


def _amount(raw: str) -> float:
    """A figure with ``.`` or ``,`` as its decimal or thousands separator as a number."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?", raw):
        return float(raw.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?", raw):
        return float(raw.replace(".", "").replace(",", "."))
    return float(raw.replace(",", "."))


def _name_units(product: Product) -> set[str]:
    """The units a product's names say it is priced by ("per-minute rate": minute)."""
    units: set[str] = set()
    for name in product.names:
        units.update(unit_of(m.group(1)) for m in _NAME_UNIT.finditer(name))
        units.update(_ADVERBS[m.group(1).lower()] for m in _NAME_ADVERB.finditer(name))
    return units


class PricedRates:
    """The catalogue's rates by unit and list price, compiled once per pack."""

    def __init__(self, products: Iterable[Product]) -> None:
        """Index every product with a list price whose name states a unit.

        Args:
            products: The catalogue's products in force.
        """
        by_key: dict[tuple[str, float], list[Product]] = {}
        for product in products:
            if product.list_price is None:
                continue
            for unit in _name_units(product):
                by_key.setdefault((unit, round(float(product.list_price), 2)), []).append(product)
        self._rates: dict[str, list[tuple[float, Product]]] = {}
        for (unit, price), found in by_key.items():
            if len(found) == 1:  # two products at one rate: the copy names neither
                self._rates.setdefault(unit, []).append((price, found[0]))

    def __bool__(self) -> bool:
        """Whether the catalogue lists any rate by its unit."""
        return bool(self._rates)

    def named(self, original: str) -> Iterator[tuple[Product, int, int]]:
        """The catalogue rates a text states by their price and unit.

        Args:
            original: A field's original text.

        Returns:
            (product, start, end) for each rate, its span covering price and unit.
        """
        if not self._rates:
            return
        for match in RATE.finditer(original):
            rates = self._rates.get(unit_of(match.group("unit")))
            if not rates:
                continue
            value = _amount(match.group("before") or match.group("after"))
            for price, product in rates:
                if abs(price - value) <= _CENT:
                    yield product, match.start(), match.end()
                    break
