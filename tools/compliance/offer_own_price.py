"""A figure that is the message's offer's own: its price for other products, the amount it gives.

A disclosure rule about some products' prices (auto-renewal terms for subscriptions, a
licence line for some trades) reads a price as said of the product named beside it. An offer
with a fixed price is another reading: "Give 12 months of <subscription> for $99" under a
gift offer at $99 names the subscription, but the $99 is what the offer's product (the gift)
costs. When the message's offer sets exactly that price and covers none of the rule's
products, the price is the offer's product's, and the rule's products' price is not stated.

An offer that gives an amount is another reading (:func:`offer_given_amount`): an amount
offer's figure (a bonus, a cash amount off) and a gift offer's stated worth are what the offer
gives, whatever products it covers: "a $400 trade-in bonus on the Cargo bike", "a free pannier
set worth $120 with every Cargo bike" name the product beside a figure that is no price of it.
Words of reduction right after a figure ("$400 off") already say so
(:mod:`~nextbest.tools.compliance.price_roles`); the offer's own amount says so whatever words
follow it.

An offer's terms may also state its own prices for its products (:func:`offer_terms_price`):
"the Loft desk's deposit is $50 instead of $90 for Studio members" under an offer on the desk
alone names the membership's product beside a figure that is the desk's. When the message's
offer covers none of a rule's products and its terms price a figure, that figure in copy is the
offer's product's price, whatever other product the sentence names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nextbest.brand_context.models import DiscountType, Offer
from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.offer_paraphrase import PRICE_TOLERANCE, read_number
from nextbest.tools.compliance.price_triggers import PRICE

_AMOUNT = re.compile(r"\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?")
_PRICE = re.compile(PRICE)
"""A price in the folded view of an offer's terms."""
_GIVING = frozenset({DiscountType.AMOUNT, DiscountType.FREE_GIFT})
"""Offers whose ``discount_amount`` is an amount given: an amount off or bonus, a gift's worth."""


def offer_price_of_other_products(
    offer: Offer | None, products: frozenset[str], words: str
) -> bool:
    """Whether ``words`` state the offer's own fixed price, the offer covering none of ``products``.

    Args:
        offer: The message's offer, if any.
        products: The product ids a rule is about.
        words: A price's words ("$99", "$99 a year").

    Returns:
        True when the offer is a fixed-price offer on products none of which is in ``products``
        and the first amount of ``words`` is its price.
    """
    if offer is None or offer.discount_type != DiscountType.PRICE:
        return False
    if offer.discount_amount is None or not offer.products:
        return False
    if not products.isdisjoint(offer.products):
        return False
    match = _AMOUNT.search(words)
    if match is None:
        return False
    return abs(read_number(match.group()) - float(offer.discount_amount)) <= PRICE_TOLERANCE


def offer_given_amount(offer: Offer | None, words: str) -> bool:
    """Whether ``words`` state the amount the message's amount or gift offer gives.

    Args:
        offer: The message's offer, if any.
        words: A price's words as written ("$400", "₹5,000").

    Returns:
        True when the offer gives an amount (an amount offer, or a gift of a stated worth) and
        the first figure of ``words`` (read on the folded view) is that amount.
    """
    if offer is None or offer.discount_type not in _GIVING or not offer.discount_amount:
        return False
    match = _AMOUNT.search(fold(words).text)
    if match is None:
        return False
    return abs(read_number(match.group()) - float(offer.discount_amount)) <= PRICE_TOLERANCE


@lru_cache(maxsize=512)
def _terms_prices(*wordings: str) -> frozenset[float]:
    """The figures an offer's terms and disclosure write as prices (with a currency)."""
    figures: set[float] = set()
    for wording in wordings:
        for price in _PRICE.finditer(fold(wording).text):
            amount = _AMOUNT.search(price.group())
            if amount is not None:
                figures.add(read_number(amount.group()))
    return frozenset(figures)


def offer_terms_price(offer: Offer | None, products: frozenset[str], words: str) -> bool:
    """Whether ``words`` state a price the offer's terms give for products none of ``products``.

    Args:
        offer: The message's offer, if any.
        products: The product ids a rule is about.
        words: A price's words as written ("$50", "5,000 Frw").

    Returns:
        True when the offer names products, none of them in ``products``, and the first figure
        of ``words`` (read on the folded view) is one its terms or disclosure write as a price.
    """
    if offer is None or not offer.products or not products.isdisjoint(offer.products):
        return False
    match = _AMOUNT.search(fold(words).text)
    if match is None:
        return False
    figure = read_number(match.group())
    return any(
        abs(figure - stated) <= PRICE_TOLERANCE
        for stated in _terms_prices(offer.terms, offer.disclosure or "")
    )
