"""Financing figures under ``offer_terms``: stated APR, term and payments must be the offer's.

An offer's ``apr``, ``term_months``, ``down_payment`` and ``monthly_payment`` are its figures:
copy stating a different one is reported under the ``offer_terms`` rule.
"""

from __future__ import annotations

from nextbest.brand_context.models import Offer
from nextbest.tools.compliance.financing import (
    FigureKind,
    describe,
    financing_figures,
    mismatches,
)
from nextbest.tools.compliance.kinds.base import CheckContext, RuleLike, overlaps, violation
from nextbest.tools.compliance.verdict import Violation

FigureSpan = tuple[str, int, int]
"""``(field, start, end)`` of a financing figure in the original field text."""


def contradicted_figures(
    rule: RuleLike,
    ctx: CheckContext,
    offer: Offer,
    stated: frozenset[tuple[FigureKind, float]] = frozenset(),
) -> list[tuple[Violation, FigureSpan]]:
    """Violations for stated financing figures the offer's fields contradict.

    Figures inside a usable approved claim or a standing statement are not the offer's.

    Args:
        rule: The ``offer_terms`` rule to report under.
        ctx: The check context.
        offer: The message's offer.
        stated: Figures the offer's own wordings state, also allowed.

    Returns:
        ``(violation, span)`` per contradicted figure; the span lets the caller skip the same
        words' generic mention check.
    """
    found: list[tuple[Violation, FigureSpan]] = []
    for name, text in ctx.fields.items():
        masked = [(h.start, h.end) for h in ctx.claim_hits if h.usable and h.field == name]
        masked.extend(ctx.statement_spans.get(name, []))
        figures = [
            f for f in financing_figures(text.folded) if not overlaps(f.start, f.end, masked)
        ]
        for figure, expected in mismatches(figures, offer, stated):
            words = text.original[figure.start : figure.end]
            found.append(
                (
                    violation(
                        rule,
                        f"{words!r} does not match offer {offer.id!r}: the offer gives "
                        f"{describe(figure.kind, expected)}, not "
                        f"{describe(figure.kind, figure.value)}.",
                        field=name,
                        span=(figure.start, figure.end),
                        evidence=words,
                        fix_hint=f"State the offer exactly as approved: {offer.terms}",
                    ),
                    (name, figure.start, figure.end),
                )
            )
    return found
