"""The violation for an offer's promotion said of something the offer does not cover."""

from __future__ import annotations

from nextbest.brand_context.models import Offer
from nextbest.tools.compliance.kinds.base import RuleLike, violation
from nextbest.tools.compliance.verdict import Violation


def out_of_scope(
    rule: RuleLike,
    offer: Offer,
    field: str,
    span: tuple[int, int],
    evidence: str,
    said_of: str,
) -> Violation:
    """``evidence`` (an offer's figure or promotion) is said of ``said_of``, outside its products.

    Args:
        rule: The ``offer_terms`` rule to report under.
        offer: The message's offer (it names the products it covers).
        field: The message field of the mention.
        span: The mention's span in that field.
        evidence: The words of the mention.
        said_of: What the sentence says it of (product names, or the widening phrase quoted).
    """
    return violation(
        rule,
        f"{evidence!r} is said of {said_of}, but offer {offer.id!r} covers only "
        f"{', '.join(offer.products)}.",
        field=field,
        span=span,
        evidence=evidence,
        fix_hint=f"State the offer exactly as approved: {offer.terms}",
    )
