"""Gift values under ``offer_terms``: a gift card's stated value is the offer's.

An offer that gives a gift of a stated value ("One $25 e-gift card per household for a
review", ``discount_type: free_gift`` with ``discount_amount: 25``) is misstated by copy that
gives the card another value ("we'll email a $40 e-gift card to say thanks"). A value the
offer's own wording states (the $40 card bought under "Buy a $40 gift card, get an $8 bonus
card") is no misstatement.
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import DiscountType, Offer
from nextbest.tools.compliance.kinds.base import CheckContext, RuleLike, violation
from nextbest.tools.compliance.kinds.offer_mentions import CURRENCY, CURRENCY_AFTER, NUMBER
from nextbest.tools.compliance.offer_paraphrase import read_number
from nextbest.tools.compliance.verdict import Violation

_CARD = r"[\s-]*(?:e-?)?gift[\s-]?(?:cards?|certificates?|vouchers?)\b"
GIFT_VALUE = re.compile(rf"{CURRENCY}{NUMBER}{_CARD}|(?<![\w.]){NUMBER}{CURRENCY_AFTER}{_CARD}")
"""A gift card with its value (folded view): "$40 e-gift card", "25 € gift voucher"."""


def gift_value_problems(
    rule: RuleLike, ctx: CheckContext, offer: Offer, stated: set[float]
) -> list[Violation]:
    """A violation for the first gift card whose value is not the offer's.

    Args:
        rule: The ``offer_terms`` rule to report under.
        ctx: The check context.
        offer: The message's offer.
        stated: The amounts the offer's own wording states.

    Returns:
        One violation, or none (an offer that gives no gift of a stated value has none).
    """
    if offer.discount_type != DiscountType.FREE_GIFT or offer.discount_amount is None:
        return []
    worth = float(offer.discount_amount)
    for name, text in ctx.fields.items():
        for match in GIFT_VALUE.finditer(text.folded.text):
            value = read_number(next(g for g in match.groups() if g))
            if abs(value - worth) <= 0.01 or any(abs(value - s) <= 0.01 for s in stated):
                continue
            start, end = text.folded.original_span(*match.span())
            words = text.original[start:end]
            return [
                violation(
                    rule,
                    f"{words!r} does not match offer {offer.id!r}: the gift is worth "
                    f"{worth:g} {offer.currency or ''}".rstrip()
                    + ".",
                    field=name,
                    span=(start, end),
                    evidence=words,
                    fix_hint=f"State the offer exactly as approved: {offer.terms}",
                )
            ]
    return []
