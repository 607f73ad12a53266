"""A fixed-price offer's own price said beside a restatement of the offer: the offer again.

"Missed our Harvest Hamper? It's back this week for £29.99" restates the offer "Harvest
Hamper for £29.99" by its name in one sentence and gives its price in the next. The price
alone reads as a plain price (no product of the catalogue is named beside it), but said right
after the offer's name it is the offer's price: the copy promotes that offer, so the message
must carry it (and the offer must be valid). The price must be the offer's own fixed price
(``discount_type: price``), in the same field, inside the restating sentence or within
:data:`NEAR_CHARS` of it.
"""

from __future__ import annotations

from nextbest.brand_context.models import DiscountType
from nextbest.tools.compliance.kinds.offer_mentions import Mention
from nextbest.tools.compliance.message import TextField
from nextbest.tools.compliance.offer_paraphrase import PRICE_TOLERANCE, Restatement, read_number

NEAR_CHARS = 80
"""How far from the restating sentence the offer's price may stand."""


def offer_price_beside(
    restated: list[tuple[TextField, Restatement]], prices: list[Mention]
) -> Mention | None:
    """The first price that is the fixed price of an offer a nearby sentence restates.

    Args:
        restated: (field, restatement) pairs of copy sentences restating an offer's promise.
        prices: The copy's price mentions.

    Returns:
        The price mention, or None when no restated fixed-price offer's price stands near.
    """
    for field, restatement in restated:
        offer = restatement.sentence.offer
        if offer.discount_type != DiscountType.PRICE or offer.discount_amount is None:
            continue
        for mention in prices:
            if mention.field != field or not mention.value:
                continue
            if not (
                restatement.start - NEAR_CHARS <= mention.start <= restatement.end + NEAR_CHARS
            ):
                continue
            if abs(read_number(mention.value) - float(offer.discount_amount)) <= PRICE_TOLERANCE:
                return mention
    return None
