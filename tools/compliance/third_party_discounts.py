"""A discount someone else grants: no promotion of the brand.

"Some insurers offer an insurance discount when you complete the course", "many employers
give a discount on membership", "your bank may provide 5% off": the discount is granted by a
third party (an insurer, an employer, a lender, a utility, a government) named as the subject of the
clause, not by the sender. It is a fact about the world the product leads to, not a price the
brand cuts, so it needs no approved offer (whether it may be said at all is for the brand's own
claim rules: an insurance-discount disclaimer, say). The brand offering a discount in the same
words ("we offer a discount") stays a promotion.
"""

from __future__ import annotations

import re

_THIRD_PARTY = (
    r"(?:insurers?|insurance\s+(?:companies|company|carriers?|providers?)|employers?|lenders?|"
    r"banks?|credit\s+unions?|utilit(?:y|ies)(?:\s+companies)?|governments?|states?|cities|"
    r"councils?|schools?|universities)"
)
_GRANTED = re.compile(
    r"\b(?:some|many|most|your|their|participating|other|several|certain|the)?\s*"
    + _THIRD_PARTY
    + r"\s+(?:(?:may|might|can|could|often|usually|also|will|do|does|sometimes)\s+)*"
    r"(?:offer|give|provide|grant|apply|reward\s+you\s+with)s?\b"
    r"(?:(?!\b(?:we|our|us)\b)[^.;!?\n]){0,60}$",
    re.IGNORECASE,
)
"""A third party as the subject of a verb of granting, before the discount in its clause (no
"we" between: "some banks charge fees, we offer 10% off" is the brand's)."""

REACH = 120
"""Characters before a discount searched for the party that grants it."""


def third_party_discount(text: str, start: int) -> bool:
    """Whether the discount at ``start`` of ``text`` is granted by a third party.

    Args:
        text: A copy field's original text.
        start: Where the discount's words begin.

    Returns:
        True when a third party ("some insurers") is the subject of a verb of granting
        ("offer", "may give") earlier in the discount's clause.
    """
    return _GRANTED.search(text, max(0, start - REACH), start) is not None
