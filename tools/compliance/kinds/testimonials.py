"""Attributed testimonials in a message that discloses typicality ("results may vary")."""

from __future__ import annotations

import re

from nextbest.tools.compliance.kinds.base import CheckContext, FieldText

OPINION_CATEGORIES: frozenset[str] = frozenset({"superlative", "endorsement", "comparative"})
"""Claim categories that a disclosed testimonial may voice as the speaker's own opinion."""

_QUOTE = re.compile(r"[\"“„«]([^\"”“»\n]{3,400})[\"”»]\s*[—–-]{1,2}\s*[A-Z][\w.'-]*[^.\n]{0,60}")
_TYPICALITY = re.compile(
    r"\b(?:results? (?:may|will|can) vary|individual results|results (?:are|were) not typical|"
    r"not typical)\b",
    re.IGNORECASE,
)


def disclosed_testimonials(ctx: CheckContext, text: FieldText) -> list[tuple[int, int]]:
    """Spans of attributed quotes ("…" — Name) in a message that discloses typicality.

    An attributed quote is a testimonial. When the message says results may vary (the FTC's
    typicality disclosure), its superlatives, comparisons and praise are the speaker's
    opinion, not claims of the brand; health and efficacy statements in it stay claims.
    Without the disclosure a testimonial's statements are read as the brand's own.

    Args:
        ctx: The check context.
        text: The field.

    Returns:
        Spans of the quotes with their attribution, or [] without a typicality disclosure.
    """
    if not any(_TYPICALITY.search(f.original) for f in ctx.fields.values()):
        return []
    return [m.span() for m in _QUOTE.finditer(text.original)]
