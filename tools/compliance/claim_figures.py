"""A figure inside an approved claim that states no money is no price of a product.

A ``disclosure`` rule under ``prices_of_products`` reads prices said of its products: a
percentage or an amount next to a product's name. An approved claim about a service, a health
or sustainability matter or an endorsement may carry a figure of its own ("The Harbour fund
holds up to 80 % in bonds", "Rated 4.8 by 2,000 guests"): a share, a rating or a count the pack
has approved as written, not what the product costs. Such a figure, inside the claim's usable
wording, does not call for the rule's price line. A claim about prices, guarantees, efficacy,
superlatives or comparisons may state money or a rate, so its figures still count.
"""

from __future__ import annotations

from nextbest.brand_context.models import ClaimCategory
from nextbest.tools.compliance.kinds.base import CheckContext
from nextbest.tools.compliance.message import TextField

UNPRICED_CATEGORIES: frozenset[ClaimCategory] = frozenset(
    {
        ClaimCategory.SERVICE,
        ClaimCategory.HEALTH,
        ClaimCategory.SUSTAINABILITY,
        ClaimCategory.ENDORSEMENT,
    }
)
"""Claim categories whose figures state no money (a share, a rating, a count)."""


def inside_unpriced_claim(ctx: CheckContext, field: TextField, start: int, end: int) -> bool:
    """Whether ``[start, end)`` of ``field`` lies inside a usable claim stating no money.

    Args:
        ctx: The check context (its approved claims found in the copy).
        field: The copy field.
        start: Start of the figure in the field's original text.
        end: End (exclusive) of the figure.

    Returns:
        True when a usable approved claim of one of :data:`UNPRICED_CATEGORIES` holds it.
    """
    return any(
        hit.usable
        and hit.field == field
        and hit.start <= start
        and end <= hit.end
        and hit.claim.category in UNPRICED_CATEGORIES
        for hit in ctx.claim_hits
    )
