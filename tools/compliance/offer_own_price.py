"""A price that is the message's offer's own price, set for products a rule does not cover.

A disclosure rule about some products' prices (auto-renewal terms for subscriptions, a
licence line for some trades) reads a price as said of the product named beside it. An offer
with a fixed price is another reading: "Give 12 months of <subscription> for $99" under a
gift offer at $99 names the subscription, but the $99 is what the offer's product (the gift)
costs. When the message's offer sets exactly that price and covers none of the rule's
products, the price is the offer's product's, and the rule's products' price is not stated.
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import DiscountType, Offer
from nextbest.tools.compliance.offer_paraphrase import PRICE_TOLERANCE, read_number

_AMOUNT = re.compile(r"\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?")


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
