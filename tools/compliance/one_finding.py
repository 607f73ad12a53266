"""One fault, one finding: a second finding on words another finding already names is left out.

Two rule kinds sometimes read the same words as two faults when the officer sees one:

- **A wrong product figure.** "The <tent> sleeps 6" for a tent that sleeps at most 4, beside
  the approved claim "Sleeps up to 4": the ``product_facts`` rule reports the figure against the
  product's recorded fact, and the claim rule reads the same words as an unapproved paraphrase
  of the claim. The fact finding names the fault exactly (which fact, which limit), so an
  unapproved-claim finding whose words overlap a product-fact finding of the same field is left
  out. Every other code of the claim rule (expired, missing disclaimer, wrong product) is kept.
- **Pressure wording the pack bans outright.** "Time is running out" under a brand's ban of
  fear and pressure phrases: the officer listed those very words as never to be written, and
  the ``urgency`` rule's finding on them adds nothing the ban does not already say (the ban holds
  whatever the offer). An urgency finding whose words overlap a *blocking* banned-phrase finding
  of the same field is left out; urgency under a warn-only ban (a voice word) is kept, since
  dropping it would lower the decision.

- **A feature said of the wrong product.** "<plan>: offline listening" for a plan that lacks
  offline listening, beside the approved claim "Offline listening" of another plan: the claim rule
  reports the words as a claim approved for the other product, and the ``product_facts`` rule
  reports the same words as a feature the product lacks. The claim finding names the fault
  exactly (which product the claim is approved for), so a lacked-feature finding (words, no
  figure) whose words overlap a blocking wrong-product claim finding of the same field is left
  out.

- **The same finding twice.** Two readings of one rule may reach the same words by different
  paths (a name found in two of its case forms, a condition found by two readers) and report
  the very same finding; a finding identical in every field to one before it is left out.

Findings elsewhere in the message are always kept.
"""

from __future__ import annotations

from collections.abc import Callable

from nextbest.tools.compliance.verdict import Violation

_CLAIM_KIND = "claim_grounding"
_UNAPPROVED = "claim.unapproved"
_WRONG_PRODUCT = "claim.wrong_product"
_FACT_KIND = "product_facts"
_URGENCY_KIND = "urgency"
_BANNED_KIND = "banned_phrase"


def _without_overlapping(
    violations: list[Violation],
    anchor: Callable[[Violation], bool],
    second: Callable[[Violation], bool],
) -> list[Violation]:
    """The violations without ``second`` findings whose words overlap an ``anchor`` finding.

    Args:
        violations: All the violations of one message.
        anchor: Which findings name the fault (kept).
        second: Which findings are left out when their span overlaps an anchor's in one field.

    Returns:
        The same list when no finding is left out, else a new list in the same order.
    """
    anchors = [(v.field, v.span) for v in violations if v.span is not None and anchor(v)]
    if not anchors:
        return violations

    def restates(v: Violation) -> bool:
        if v.span is None or not second(v):
            return False
        start, end = v.span
        return any(f == v.field and start < e and s < end for f, (s, e) in anchors)

    kept = [v for v in violations if not restates(v)]
    return kept if len(kept) < len(violations) else violations


def without_restated_facts(violations: list[Violation]) -> list[Violation]:
    """The violations without unapproved-claim findings that restate a product-fact finding.

    Args:
        violations: All the violations of one message.

    Returns:
        The same list when no finding is left out, else a new list in the same order.
    """
    return _without_overlapping(
        violations,
        anchor=lambda v: v.kind == _FACT_KIND,
        second=lambda v: v.kind == _CLAIM_KIND and v.code == _UNAPPROVED,
    )


def without_banned_urgency(violations: list[Violation]) -> list[Violation]:
    """The violations without urgency findings on words a blocking ban already flags.

    Args:
        violations: All the violations of one message.

    Returns:
        The same list when no finding is left out, else a new list in the same order.
    """
    if not any(v.kind == _URGENCY_KIND for v in violations):
        return violations
    return _without_overlapping(
        violations,
        anchor=lambda v: v.kind == _BANNED_KIND and v.severity == "block",
        second=lambda v: v.kind == _URGENCY_KIND,
    )


def without_claimed_lacks(violations: list[Violation]) -> list[Violation]:
    """The violations without lacked-feature findings a wrong-product claim finding restates.

    Args:
        violations: All the violations of one message.

    Returns:
        The same list when no finding is left out, else a new list in the same order.
    """
    if not any(v.kind == _FACT_KIND for v in violations):
        return violations
    return _without_overlapping(
        violations,
        anchor=lambda v: (
            v.kind == _CLAIM_KIND and v.code == _WRONG_PRODUCT and v.severity == "block"
        ),  # a warn-only claim rule would lower the decision
        second=lambda v: v.kind == _FACT_KIND and not any(c.isdigit() for c in v.evidence or ""),
    )


def without_repeats(violations: list[Violation]) -> list[Violation]:
    """The violations with each identical finding kept once, in first-seen order.

    Args:
        violations: All the violations of one message.

    Returns:
        The same list when no finding repeats, else a new list in the same order.
    """
    unique = list(dict.fromkeys(violations))
    return violations if len(unique) == len(violations) else unique
