"""An approved claim whose own words name its product is said of that product.

"Our 750 ml spray bottle is made from 80% recycled plastic, excluding the nozzle and cap.
Keep it and refill it: a Glass & Mirror Refill Pack fills it three times." The claim, approved for
the Glass & Mirror Spray, names its subject itself ("spray bottle"): the pouch the next sentence
names is not what it is said of. A product named before it ("The Halcyon Drop Earrings, lab-grown
sapphires. All of our natural sapphires are sourced …") is still what the claim comments on. A
claim without a subject of its own ("Cleans effectively at
30°C.", "The formula is 95% plant-derived.") takes its subject from the products around it, as
before; and a product named in the claim's own sentence still counts either way.

A claim names its product when its wording holds the last word of one of its products' names
or aliases ("spray" of "Glass & Mirror Spray"), a word that ends no other product's name ("liquid"
of two liquids names neither).

Likewise a product named inside the wording of another approved claim, one approved for that
product, is that claim's subject: "Reports are ready in 5 days. Your <premium package> report is
ready in 7 days." says nothing of the premium package in its first sentence
(:func:`named_by_other_claim`). Nor is a product named inside the claim's own disclaimer its
subject: "Save up to half on a year's pass. Compared with 12 monthly passes at $30." names the
monthly pass as the basis of the comparison, not as what the saving is said of
(:func:`named_in_disclaimer`).
"""

from __future__ import annotations

from collections.abc import Sequence

from nextbest.brand_context.models import BrandPack, Claim
from nextbest.tools.compliance.catalogue import ProductHit
from nextbest.tools.compliance.kinds.base import CheckContext
from nextbest.tools.compliance.normalise import plain
from nextbest.tools.compliance.prefilter import Prefiltered


def _heads(names: list[str]) -> set[str]:
    """The last word of each name, plain."""
    return {words[-1] for words in (plain(n).split() for n in names) if words}


class ClaimSubjects:
    """The words naming each product-scoped claim's own products, read once per pack."""

    def __init__(self, pack: BrandPack) -> None:
        """Collect, per scoped claim, the head words only its own products' names end in.

        Args:
            pack: The brand pack.
        """
        heads = {p.id: _heads(p.names) for p in pack.products}
        self.heads: dict[str, frozenset[str]] = {}
        for claim in pack.claims:
            if not claim.products:
                continue
            own = set().union(*(heads.get(pid, set()) for pid in claim.products))
            others = set().union(
                *(words for pid, words in heads.items() if pid not in claim.products)
            )
            if own - others:
                self.heads[claim.id] = frozenset(own - others)

    def names_own_product(self, claim_id: str, said: str) -> bool:
        """Whether a claim's wording, as said, names one of the claim's own products.

        Args:
            claim_id: The claim's id.
            said: The claim's words as the copy says them.

        Returns:
            True when a word of ``said`` ends the name of one of the claim's products and of
            no other product ("spray" in "Our 750 ml spray bottle …" of a claim scoped to the
            Glass & Mirror Spray).
        """
        heads = self.heads.get(claim_id, frozenset())
        return not heads.isdisjoint(plain(said).split())


def preceding_products(
    ctx: CheckContext, field: str, start: int, near: list[ProductHit]
) -> list[ProductHit]:
    """The products near a claim that name its own product, less those named only after it.

    Args:
        ctx: The check context.
        field: The claim's field.
        start: Where the claim starts.
        near: The products the claim may be said of
            (:meth:`~nextbest.tools.compliance.kinds.base.CheckContext.products_near`).

    Returns:
        ``near`` when they are the claim's own sentence's products; else those of them in
        another field or ending before the claim.
    """
    s_start, s_end = ctx.fields[field].sentence_at(start)  # type: ignore[index]
    if any(h.field == field and s_start <= h.start < s_end for h in near):
        return near
    return [h for h in near if h.field != field or h.end <= start]


def named_by_other_claim(ctx: CheckContext, claim: Claim, hit: ProductHit) -> bool:
    """Whether ``hit`` lies inside the wording of another usable claim approved for its product.

    Args:
        ctx: The check context.
        claim: The claim whose subject is sought.
        hit: A product mention near it.

    Returns:
        True when another claim's usable wording found in the copy holds the mention and that
        claim is approved for the mentioned product.
    """
    return any(
        other.usable
        and other.claim.id != claim.id
        and other.field == hit.field
        and other.start <= hit.start
        and hit.end <= other.end
        and hit.product.id in other.claim.products
        for other in ctx.claim_hits
    )


def named_in_disclaimer(
    ctx: CheckContext, hit: ProductHit, disclaimers: Sequence[Prefiltered]
) -> bool:
    """Whether ``hit`` lies inside the claim's own disclaimer, as the copy carries it.

    Args:
        ctx: The check context.
        hit: A product mention near the claim.
        disclaimers: Patterns (skeleton view) of the claim's disclaimer wordings.

    Returns:
        True when a disclaimer found in the mention's field holds the mention: the product is
        the basis the disclaimer names, not the claim's subject.
    """
    text = ctx.fields.get(hit.field)  # type: ignore[call-overload]
    if text is None:
        return False
    for pattern in disclaimers:
        for match in pattern.finditer(text.skel.text):
            start, end = text.skel.original_span(*match.span())
            if start <= hit.start and hit.end <= end:
                return True
    return False
