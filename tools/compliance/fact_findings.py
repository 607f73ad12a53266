"""One fault, one finding: a wrong product figure is the product-fact rule's (rule of claims).

"The Ridgeline tent sleeps 6" for a tent that sleeps at most 4, beside the approved claim
"Sleeps up to 4": the ``product_facts`` rule reports the figure against the product's recorded
fact, and the claim rule reads the same words as an unapproved paraphrase of the claim. Both
findings name one fault, the wrong figure; the fact finding names it exactly (which fact, which
limit). An unapproved-claim finding whose words hold a product-fact finding of the same field
is therefore left out. A claim finding elsewhere in the message, and every other code of the
claim rule (expired, missing disclaimer, wrong product), is kept.
"""

from __future__ import annotations

from nextbest.tools.compliance.verdict import Violation

_CLAIM_KIND = "claim_grounding"
_FACT_KIND = "product_facts"
_UNAPPROVED = "claim.unapproved"


def without_restated_facts(violations: list[Violation]) -> list[Violation]:
    """The violations without unapproved-claim findings that restate a product-fact finding.

    Args:
        violations: All the violations of one message.

    Returns:
        The same list when no finding is left out, else a new list in the same order.
    """
    facts = [(v.field, v.span) for v in violations if v.kind == _FACT_KIND and v.span is not None]
    if not facts:
        return violations

    def restates(v: Violation) -> bool:
        if v.kind != _CLAIM_KIND or v.code != _UNAPPROVED or v.span is None:
            return False
        start, end = v.span
        return any(f == v.field and start < e and s < end for f, (s, e) in facts)

    kept = [v for v in violations if not restates(v)]
    return kept if len(kept) < len(violations) else violations
