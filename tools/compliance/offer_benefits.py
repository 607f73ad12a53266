"""What an amount offer gives, read from its terms: "$15 in delivery credit" is a credit offer.

An offer named by a trigger word ("<topic> workshop") is that kind of thing whatever words a
message promoting it uses (:mod:`~nextbest.tools.compliance.kinds.disclosure`). An amount offer
whose terms give its own amount as a kind of thing ("you get $15 in delivery credit", "$25 in
store credit") is likewise that thing: every message promoting it, however short ("Give $15,
get $15"), promotes a credit, so a rule about credit mentions applies to it. Only the offer's
own amount counts, followed at once by the word (after an optional "in"): a credit mentioned
elsewhere in the terms ("not valid with store credit") says nothing of what the offer gives.
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import DiscountType, Offer
from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.offer_paraphrase import read_number

_AMOUNT_BEFORE = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s*(?:in\s+)?$")


def offer_benefit(offer: Offer, words: list[re.Pattern[str]]) -> str | None:
    """The trigger words an amount offer's terms give its amount in, if any.

    Args:
        offer: The message's offer.
        words: Patterns of the rule's lower-case trigger words, on the folded view.

    Returns:
        The first trigger words that follow the offer's own amount in its terms, else None.
    """
    if offer.discount_type != DiscountType.AMOUNT or not offer.discount_amount:
        return None
    terms = fold(offer.terms).text
    for pattern in words:
        for match in pattern.finditer(terms):
            if match.end() <= match.start():
                continue
            amount = _AMOUNT_BEFORE.search(terms, max(0, match.start() - 16), match.start())
            if amount is not None and read_number(amount.group(1)) == float(offer.discount_amount):
                return match.group()
    return None
