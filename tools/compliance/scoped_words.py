"""Words of one product-scoped claim: a trigger only that claim says, said of other products.

"Unlimited miles on the Compact Estate" where the only approved claim with "unlimited miles" is
scoped to the cars, or "The Trailfox 4 now has a UL 1642 certified battery system" where "UL
1642" belongs to a claim of three other bikes: the trigger is the claim's own wording (words of
its text or of its keywords), and the sentence says it of products outside the claim's scope.
The fault is the claim's scope, not an unknown statement, and it is reported as the claim said
of the wrong product. A trigger that several usable claims share, or that is said of no product
the catalogue names, stays an unapproved statement.
"""

from __future__ import annotations

from nextbest.brand_context.models import BrandPack, Claim
from nextbest.tools.compliance.kinds.claim_wording import canon, stem
from nextbest.tools.compliance.normalise import plain


def _stems(text: str) -> set[str]:
    """Stems of every word of ``text``."""
    return {stem(canon(w)) for w in plain(text).split()}


class ScopedWords:
    """The words of every claim of the pack (text and keywords), read once per pack."""

    def __init__(self, pack: BrandPack) -> None:
        """Collect each claim's stems.

        Args:
            pack: The brand pack.
        """
        self.words: dict[str, set[str]] = {
            c.id: _stems(" ".join([c.text, *c.variants, *c.keywords])) for c in pack.claims
        }
        self.any_scoped = any(c.products for c in pack.claims)

    def owner(self, trigger: str, usable: list[Claim]) -> Claim | None:
        """The one usable claim whose words hold the trigger, when that claim is scoped.

        Args:
            trigger: The trigger's words as written.
            usable: The claims usable on the send date and channel.

        Returns:
            The product-scoped claim, or None when no claim, several claims or an unscoped
            claim hold the trigger's words.
        """
        said = _stems(trigger)
        if not said:
            return None
        holders = [c for c in usable if said <= self.words.get(c.id, set())]
        if len(holders) != 1 or not holders[0].products:
            return None
        return holders[0]
