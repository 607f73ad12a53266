"""The EU prior-price indication: a reduction shown against the lowest price of 30 days.

Under the EU price-indication rule (Omnibus Directive, Art. 6a) an announced price reduction
of a product states the lowest price of the 30 days before it ("Prix de référence : 31,20 €,
prix le plus bas pratiqué au cours des 30 jours précédant l'offre"). The rule concerns the
price of goods: a percentage off a whole order above a minimum spend (a basket code, "-10 %
on your online order from 60 €") reduces no product's price, so it needs no such line. Nor
does a comparison word with no figure in its sentence ("Statt Glühwein mal Cold Brew?",
"vorher mahlen, dann brühen"): "instead of" and "before" compare prices only when a price or a
percentage is there to compare.
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import DiscountType, Offer
from nextbest.tools.compliance.normalise import fold, plain
from nextbest.tools.compliance.price_triggers import PRICE

PRIOR_LOWEST = re.compile(
    r"(?:lowest price|prix le plus bas|precio m[aá]s bajo|niedrigste[rn]? preis|"
    r"prezzo pi[uù] basso)[^.\n]{0,80}?\b30\b"
    r"|\b30\b[^.\n]{0,40}?(?:lowest price|prix le plus bas|precio m[aá]s bajo|"
    r"niedrigste[rn]? preis|prezzo pi[uù] basso)",
    re.IGNORECASE,
)
"""A statement of the lowest price of the last 30 days (English, French, Spanish, German,
Italian)."""

_PERCENT = re.compile(r"(\d{1,2}(?:[.,]\d{1,2})?)\s?%")


def is_prior_price_wording(wordings: list[str]) -> bool:
    """Whether every one of a rule's required wordings states the 30-day lowest price."""
    return bool(wordings) and all(PRIOR_LOWEST.search(w) for w in wordings)


def order_discount(offer: Offer | None, trigger: str) -> bool:
    """Whether ``trigger`` states the percentage an order-level offer takes off an order.

    Args:
        offer: The message's offer, if any.
        trigger: The trigger's words ("-10 %").

    Returns:
        True for a percent offer with a minimum spend whose percentage the trigger states.
    """
    if offer is None or offer.discount_type != DiscountType.PERCENT:
        return False
    if offer.min_spend is None or offer.discount_amount is None:
        return False
    figures = [float(m.group(1).replace(",", ".")) for m in _PERCENT.finditer(trigger)]
    return bool(figures) and all(abs(f - float(offer.discount_amount)) < 0.01 for f in figures)


_COMPARISON_WORDS = frozenset(
    {
        "was", "before", "previously", "formerly", "instead of", "statt", "anstatt", "vorher",
        "fruher", "zuvor", "au lieu de", "avant", "auparavant", "antes", "en lugar de",
        "en vez de", "invece di", "al posto di", "prima",
    }
)  # fmt: skip
"""Words (plain form: "früher" as ``fruher``) that set a former price against a new one ("was
€40", "statt 29,90 €") and have an everyday sense besides ("instead of mulled wine", "grind
before you brew"), in English, German, French, Spanish and Italian."""
_FIGURE = re.compile(rf"{PRICE}|\d\s?%|\bpercent\b|\bprozent\b|\bpour ?cent\b|\bpor ?ciento\b")


def bare_comparison(trigger: str, sentence: str) -> bool:
    """Whether ``trigger`` is a comparison word used with no figure in its sentence.

    Args:
        trigger: The trigger's words ("statt").
        sentence: The sentence the trigger stands in.

    Returns:
        True when the trigger is one of the comparison words and the sentence states no price
        and no percentage: it compares things, not prices.
    """
    if fold(plain(trigger)).text not in _COMPARISON_WORDS:
        return False
    return _FIGURE.search(fold(sentence).text) is None
