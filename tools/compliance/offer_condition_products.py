"""A product named in the attached offer's conditions is the offer's, not a claim's subject.

An offer that bundles products ("the handset in instalments, only with the unlimited plan")
names the companion product in its conditions. Copy quoting those conditions word for word and
then an approved claim about the other product of the bundle ("No hidden fees on instalments.")
has not said the claim of the companion product: that product is named by the offer's own
condition, a requirement of the bundle. So, for a claim approved for one of the products of the
offer the message carries, a product of that offer named inside the offer's terms or disclosure,
as the copy quotes them, is not what the claim is said of.
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import BrandPack, Claim
from nextbest.tools.compliance.catalogue import ProductHit
from nextbest.tools.compliance.kinds.base import CheckContext
from nextbest.tools.compliance.phrases import phrase_pattern
from nextbest.tools.compliance.prefilter import Prefiltered

_CACHE_KEY = "offer_condition_spans"
"""Where one check keeps the spans of the attached offer's quoted conditions."""


class OfferConditionProducts:
    """The conditions of every offer that covers several products, compiled once per pack."""

    def __init__(self, pack: BrandPack) -> None:
        """Compile the terms and disclosures of the offers that bundle products.

        Args:
            pack: The brand pack.
        """
        self.products: dict[str, frozenset[str]] = {}
        self.wordings: dict[str, list[Prefiltered]] = {}
        for offer in pack.offers:
            if len(offer.products) < 2:
                continue  # an offer on one product names no companion product
            texts = {t for t in (offer.terms, offer.disclosure) if t}
            texts |= set(offer.disclosure_by_channel.values())
            if not texts:
                continue
            self.products[offer.id] = frozenset(offer.products)
            self.wordings[offer.id] = [
                Prefiltered(re.compile(phrase_pattern(t, obfuscation=False))) for t in sorted(texts)
            ]

    def _spans(self, ctx: CheckContext, offer_id: str) -> dict[str, list[tuple[int, int]]]:
        """Spans (original text, per field) of the offer's conditions as the copy quotes them."""
        cached = ctx.cache.get(_CACHE_KEY)
        if isinstance(cached, dict):
            return cached
        spans: dict[str, list[tuple[int, int]]] = {}
        for name, text in ctx.fields.items():
            spans[name] = [
                text.skel.original_span(*m.span())
                for pattern in self.wordings[offer_id]
                for m in pattern.finditer(text.skel.text)
            ]
        ctx.cache[_CACHE_KEY] = spans
        return spans

    def names(self, ctx: CheckContext, claim: Claim, hit: ProductHit) -> bool:
        """Whether ``hit`` is a companion product the attached offer's quoted conditions name.

        Args:
            ctx: The check context.
            claim: The claim whose subject is sought.
            hit: A product mention near it.

        Returns:
            True when the message carries an offer covering both one of the claim's products
            and the mentioned product, and the mention lies inside that offer's terms or
            disclosure as the copy quotes them.
        """
        offer_id = ctx.message.offer_id
        if offer_id is None or offer_id not in self.products:
            return False
        covered = self.products[offer_id]
        if hit.product.id not in covered or not covered.intersection(claim.products):
            return False
        return any(
            start <= hit.start and hit.end <= end
            for start, end in self._spans(ctx, offer_id).get(hit.field, [])
        )
