"""A discount a catalogue product includes is the product's feature, not a promotion.

A membership, subscription or card is often sold for what it gives: "The <clinic> Smile Club is
$24/month and includes two check-ups a year plus 10% off most treatment", "Join the <club>
for $9/month: free delivery and 10% off every order". The sentence names the product and
states its list price; the discount that follows is what the product gives its holder, a
standing term of the catalogue, not a promotion that needs an approved offer.

It is a promotion after all when the discount is offered by a verb (``save 15%``, ``get $20
off``), when it is said of a catalogue product named after it (``… and 15% off the <other
product>``: a cross-sell), or when anything in the sentence makes it temporary or
conditional (``this week``, ``until``, ``code``, ``when you``).
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.kinds.base import CheckContext
from nextbest.tools.compliance.kinds.offer_mentions import CURRENCY, NUMBER, Mention
from nextbest.tools.compliance.kinds.offer_prices import PRICE_TOLERANCE, TEMPORARY
from nextbest.tools.compliance.offer_paraphrase import read_number

_FEATURE_KINDS: frozenset[str] = frozenset({"percent", "amount", "half", "free"})
"""Mention kinds a product may give as a standing benefit."""
_PRICE = re.compile(CURRENCY + NUMBER, re.IGNORECASE)


def product_feature(ctx: CheckContext, mention: Mention) -> bool:
    """Whether a discount is a benefit of a catalogue product sold at its list price.

    Args:
        ctx: The check context.
        mention: A promotional mention on a message without an offer.

    Returns:
        True when the mention's sentence names a catalogue product and states its list price
        before the mention, the mention is not offered by a verb (it starts with its figure or
        "free"), no catalogue product is named after it in the sentence, and nothing in the
        sentence makes it temporary or conditional.
    """
    if mention.kind not in _FEATURE_KINDS or not ctx.pack.products:
        return False
    if mention.text[:1].isalpha() and not mention.text.startswith(("free", "half")):
        return False  # "save 15%", "get $20 off": offered, not included
    text = ctx.fields[mention.field]
    start, end = text.sentence_at(mention.start)
    original = text.original
    if TEMPORARY.search(original[start:end].lower()) is not None:
        return False
    before = [
        h for h in ctx.product_hits if h.field == mention.field and start <= h.start < mention.start
    ]
    if not before or any(
        h.field == mention.field and mention.end <= h.start < end for h in ctx.product_hits
    ):
        return False
    prices = [read_number(m.group(1)) for m in _PRICE.finditer(original, start, mention.start)]
    return any(
        h.product.list_price is not None
        and any(abs(float(h.product.list_price) - p) <= PRICE_TOLERANCE for p in prices)
        for h in before
    )
