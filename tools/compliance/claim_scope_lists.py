"""A claim that lists its own products may not have another product added to the list.

"Late opening on Fridays at Hollin Leeds and Hollin York.", approved for those two shops
only, lists its scope in its own words. "Late opening on Fridays at Hollin Leeds, Hollin York
and Hollin Hull." is that claim with a third shop added: the claim is said of Hull, for which
it is not approved, although the sentence also names shops in scope. A product of the same
catalogue category named inside the words the claim matched, and outside its scope, is such
an addition; a product named elsewhere in the sentence ("… at Hollin Leeds. Hull opens
late on Saturdays") is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.catalogue import ProductHit
from nextbest.tools.compliance.normalise import plain

_LIST_JOIN = re.compile(
    r"\s*(?:,\s*)?(?:(?:and|or|&|et|ou|und|oder|y|o|e|en|of|och|eller|og)\s+)?$", re.IGNORECASE
)
"""What may join two items of one list: a comma, a conjunction, or both ("A, B and C")."""


def listed_with(text: str, hits: Iterable[ProductHit], start: int, end: int) -> list[ProductHit]:
    """The products named inside ``text[start:end]`` or listed right after it.

    Args:
        text: The field's original text.
        hits: The products named near the words (in the field).
        start: Start of the words a claim matched.
        end: Their end (exclusive).

    Returns:
        The hits inside the words, and those that continue a list of products ending there
        ("… at A, B" followed by " and C").
    """
    found: list[ProductHit] = []
    last = None
    for hit in sorted(hits, key=lambda h: h.start):
        if start <= hit.start and hit.end <= end:
            found.append(hit)
            last = hit.end if last is None else max(last, hit.end)
        elif (
            last is not None
            and hit.start >= end
            and 0 <= hit.start - last <= 8
            and _LIST_JOIN.match(text[last : hit.start]) is not None
        ):
            found.append(hit)
            last = hit.end
    return found


class ScopeLists:
    """The scoped claims whose own wording names every product of their scope, per pack."""

    def __init__(self, pack: BrandPack) -> None:
        """Find the claims that list their products, and those products' categories.

        Args:
            pack: The brand pack.
        """
        products = {p.id: p for p in pack.products}
        self.categories: dict[str, frozenset[str]] = {}
        for claim in pack.claims:
            scope = [products[i] for i in claim.products if i in products]
            if not scope or len(scope) != len(claim.products):
                continue
            said = f" {plain(claim.text)} "
            if all(any(f" {plain(n)} " in said for n in p.names) for p in scope):
                self.categories[claim.id] = frozenset(p.category or "" for p in scope)

    def added(
        self,
        claim_id: str,
        scope: Iterable[str],
        text: str,
        hits: Iterable[ProductHit],
        window: tuple[int, int],
    ) -> list[str]:
        """The products a listing claim's matched words add to its scope.

        Args:
            claim_id: The claim's id.
            scope: The products it is approved for.
            text: The field's original text.
            hits: The products named near the words (in the field).
            window: The span of the words the claim matched.

        Returns:
            The ids of the products of the scope's categories named inside the words or
            listed right after them that the claim is not approved for, sorted.
        """
        categories = self.categories.get(claim_id)
        if categories is None:
            return []
        allowed = set(scope)
        return sorted(
            {
                h.product.id
                for h in listed_with(text, hits, *window)
                if h.product.id not in allowed and (h.product.category or "") in categories
            }
        )
