"""A topic whose messages carry no promotion: a ``disclosure`` rule with ``no_promotion``.

Some messages are not sales messages: a product-recall or safety notice, a car-seat
registration reminder, a data-breach or service-outage notice, a payment-hardship message.
The officer names the topic with the rule's ``triggers``, ``trigger_phrases`` or
``trigger_products`` (found as the disclosure rule finds them, with the same exemptions: a
link's path, an everyday sense, the pack's own mandated wording) and sets ``no_promotion``.
A message that mentions the topic then must carry no promotion anywhere in it.

A promotion is what the ``offer_terms`` rule reads as promotional wording on a message
without an offer (:meth:`~nextbest.tools.compliance.kinds.offer_terms.OfferTermsCheck.promotions`):
a percentage or amount off, a promo code, a "free" gift or bonus, buy-one-get-one, bonus
points, a sale word, a sale price below the catalogue's list price, a sentence restating an
offer's promise, a price the pack's ``offer_terms`` rule would not take for a fact (a
prize's "$100 gift card"; under its ``prices_are_facts`` only a price below list or a false
"was" price). The message's own offer's terms are promotions here too. Not promotions: a
standing statement of the pack, the pack's mandated wording (a disclosure's required line, a
claim's disclaimer), a catalogue product's list price, a standing free service, an approved
claim. A message carrying an offer (``offer_id``) whose copy states none of it still carries
an offer: that is a violation too, without a span.

The rule's ``channels``, ``regions``, dates and ``severity`` apply as to every rule; its
``offers`` / ``except_offers`` limit it as they limit the disclosure.
"""

from __future__ import annotations

from nextbest.brand_context.models import (
    BrandPack,
    DisclosureRule,
    OfferTermsParams,
    OfferTermsRule,
)
from nextbest.tools.compliance.kinds.base import CheckContext, violation
from nextbest.tools.compliance.kinds.offer_terms import OfferTermsCheck
from nextbest.tools.compliance.message import TextField
from nextbest.tools.compliance.verdict import Violation

Spot = tuple[TextField, int, int]
"""A place in the copy: field, start, end (original text)."""


class PromotionFree:
    """Reports a promotion in a message on a ``no_promotion`` rule's topic."""

    def __init__(self, rule: DisclosureRule, pack: BrandPack) -> None:
        """Build the promotion reader of ``offer_terms`` for the pack once.

        Prices are read as the pack's own ``offer_terms`` rule reads them (its
        ``prices_are_facts``), by default as that rule's defaults do.

        Args:
            rule: The disclosure rule with ``no_promotion``.
            pack: The brand pack it belongs to.
        """
        self.rule = rule
        own = next((r for r in pack.rules if isinstance(r, OfferTermsRule)), None)
        reading = OfferTermsRule(
            id=rule.id,
            kind="offer_terms",
            description=rule.description,
            rationale=rule.rationale,
            source=rule.source,
            params=own.params if own is not None else OfferTermsParams(),
        )
        self.reader = OfferTermsCheck(reading, pack)

    def check(self, ctx: CheckContext, topic: list[Spot]) -> list[Violation]:
        """A violation when the message is on the topic and carries a promotion.

        Args:
            ctx: The check context.
            topic: Where the copy mentions the rule's topic (its triggers and products).

        Returns:
            One violation on the first promotion (or on the offer the message carries), or
            none.
        """
        if not topic:
            return []
        field, start, end = min(topic, key=lambda spot: ctx.combined(spot[0], spot[1]))
        subject = ctx.fields[field].original[start:end]
        promotions = self.reader.promotions(ctx)
        if promotions:
            first = promotions[0]
            words = ctx.fields[first.field].original[first.start : first.end]
            more = len(promotions) - 1
            others = f" ({more} more promotional mention{'s' if more > 1 else ''})" if more else ""
            return [
                violation(
                    self.rule,
                    f"{words!r} is a promotion in a message about {subject!r}: a message on "
                    f"this topic carries no offer, discount, promo code or free gift{others}.",
                    field=first.field,
                    span=(first.start, first.end),
                    evidence=words,
                    fix_hint="Remove every promotion from this message; promote the offer in a "
                    "separate message.",
                )
            ]
        offer_id = ctx.message.offer_id
        if offer_id:
            return [
                violation(
                    self.rule,
                    f"The message about {subject!r} carries offer {offer_id!r}: a message on "
                    "this topic carries no offer.",
                    evidence=f"offer_id={offer_id}",
                    fix_hint="Send the message without an offer.",
                )
            ]
        return []
