"""A product named in a standing statement that says what it is not (a rule of reading).

A brand's standing statements are its own approved lines. One that names a product to deny
something of it ("Public schemes do not fund <product>", "<insurer> never covers <product>
visits") states a fact about what the product is not; it does not promote the product, and a
line required wherever the product is promoted is not called for by it. Only a product named
after a negated verb of the statement's own sentence counts: a standing statement that names a
product to praise it ("Take our free <product>") still promotes it.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.kinds.base import CheckContext
from nextbest.tools.compliance.message import TextField

_NEGATED_VERB = re.compile(
    r"\b(?:do|does|did|is|are|was|were|will|would|can|could|may|should|must)\s*(?:not|n[’']t)\b"
    r"|\b(?:don|doesn|didn|isn|aren|wasn|weren|won|wouldn|can|couldn|shouldn)[’']t\b"
    r"|\bcannot\b|\bnever\b"
    r"|\b(?:ikke|inte|ikkje|nicht|niet|nie|pas|não|nunca|jamais|mai)\b",
    re.IGNORECASE,
)
"""A negated verb (or the negation of the other languages the engine reads)."""


def in_denying_statement(ctx: CheckContext, name: TextField, start: int, end: int) -> bool:
    """Whether the product named at ``start:end`` sits in a standing statement denying it.

    Args:
        ctx: The check context.
        name: The field the product is named in.
        start: Where the name starts.
        end: Where it ends (exclusive).

    Returns:
        True when a standing statement allowed in the message holds the name and a negated
        verb of the statement precedes it in the same sentence.
    """
    spans = ctx.statement_spans.get(name, [])
    if not spans:
        return False
    text = ctx.fields[name]
    for s_start, s_end in spans:
        if s_start <= start and end <= s_end:
            lead = max(s_start, text.sentence_at(start)[0])
            if _NEGATED_VERB.search(text.original, lead, start) is not None:
                return True
    return False
