"""Financing figures under ``offer_terms``: stated APR, term and payments must be the offer's.

An offer's ``apr``, ``term_months``, ``down_payment`` and ``monthly_payment`` are its figures:
copy stating a different one is reported under the ``offer_terms`` rule, and so is an
instalment plan the offer does not allow (:func:`instalment_problems`) and a financing figure
said of a product the offer does not cover ("2.9% APR for 60 months on the <other model>",
:func:`figures_out_of_scope`).
"""

from __future__ import annotations

from nextbest.brand_context.models import Offer
from nextbest.tools.compliance.financing import (
    FigureKind,
    describe,
    financing_figures,
    mismatches,
    speaks_of_credit,
)
from nextbest.tools.compliance.instalments import (
    InstalmentPlan,
    instalment_plans,
    sentence_amounts,
)
from nextbest.tools.compliance.kinds.base import CheckContext, RuleLike, overlaps, violation
from nextbest.tools.compliance.kinds.offer_scope import out_of_scope
from nextbest.tools.compliance.message import TextField
from nextbest.tools.compliance.normalise import plain
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


def figures_out_of_scope(rule: RuleLike, ctx: CheckContext, offer: Offer) -> list[Violation]:
    """A violation for the first financing figure said only of products the offer does not cover.

    An APR, or a term, payment or down payment in a sentence that speaks of credit
    (:func:`~nextbest.tools.compliance.financing.speaks_of_credit`), is read; its sentence that
    names catalogue products, none of them the offer's and not all
    named in the offer's own wording, moves the financing to another product. Figures inside
    a usable approved claim or a standing statement are not the offer's.

    Args:
        rule: The ``offer_terms`` rule to report under.
        ctx: The check context.
        offer: The message's financing offer.

    Returns:
        At most one violation.
    """
    if not offer.products:
        return []
    wording = f" {plain(' '.join((offer.name, offer.terms, offer.disclosure or '')))} "
    for name, text in ctx.fields.items():
        masked = [(h.start, h.end) for h in ctx.claim_hits if h.usable and h.field == name]
        masked.extend(ctx.statement_spans.get(name, []))
        for figure in financing_figures(text.folded):
            if overlaps(figure.start, figure.end, masked):
                continue
            if figure.kind != "apr" and not speaks_of_credit(text.original, figure.start):
                continue  # "<plan> is also available at $39.99/month": a price, not credit
            start, end = text.sentence_at(figure.start)
            named = [
                h.product for h in ctx.product_hits if h.field == name and start <= h.start < end
            ]
            if not named or any(p.id in offer.products for p in named):
                continue
            if all(any(f" {plain(n)} " in wording for n in p.names) for p in named):
                continue  # a product the offer's own wording names
            words = text.original[figure.start : figure.end]
            others = ", ".join(sorted({p.name for p in named}))
            return [out_of_scope(rule, offer, name, (figure.start, figure.end), words, others)]
    return []


def instalment_problems(rule: RuleLike, ctx: CheckContext, offer: Offer) -> list[Violation]:
    """Violations for instalment plans the offer does not allow.

    A plan ("10x de R$ 149,99", "4 payments of $25") breaks the offer when it has more
    instalments than ``term_months``, adds up to less than a financing offer's ``min_spend``,
    states a total that
    is not its sum, or — interest-free by its own words or by an ``apr`` of 0 — costs more than
    the cash price (a catalogue price of a product named in its sentence, or another amount
    the sentence states).

    Args:
        rule: The ``offer_terms`` rule to report under.
        ctx: The check context.
        offer: The message's offer.

    Returns:
        One violation per plan that breaks the offer (the first problem found).
    """
    found: list[Violation] = []
    for name, text in ctx.fields.items():
        for plan in instalment_plans(text.folded.text):
            start, end = text.folded.original_span(plan.start, plan.end)
            reason = _plan_problem(ctx, name, plan, offer, text.folded.text)
            if reason is None:
                continue
            words = text.original[start:end]
            found.append(
                violation(
                    rule,
                    f"{words!r} does not match offer {offer.id!r}: {reason}.",
                    field=name,
                    span=(start, end),
                    evidence=words,
                    fix_hint=f"State the offer exactly as approved: {offer.terms}",
                )
            )
    return found


def _plan_problem(
    ctx: CheckContext, name: TextField, plan: InstalmentPlan, offer: Offer, folded: str
) -> str | None:
    """Why one instalment plan breaks the offer, or None."""
    if offer.term_months is not None and plan.count > offer.term_months:
        return f"the offer allows at most {offer.term_months} instalments, not {plan.count}"
    if (
        offer.is_financing
        and offer.min_spend is not None
        and plan.cost < float(offer.min_spend) - 0.01 * plan.count
    ):
        return f"the offer needs a purchase of at least {offer.min_spend:g}"
    if plan.total is not None and not plan.adds_up_to(plan.total):
        return f"{plan.count} x {plan.value:g} is {plan.cost:.2f}, not the stated {plan.total:g}"
    if not (plan.interest_free or (offer.apr is not None and float(offer.apr) == 0)):
        return None
    text = ctx.fields[name]
    start, _ = text.folded.original_span(plan.start, plan.end)
    s_start, s_end = text.sentence_at(start)
    cash = {
        float(h.product.list_price)
        for h in ctx.product_hits
        if h.field == name and s_start <= h.start < s_end and h.product.list_price is not None
    }
    cash |= {
        amount
        for amount in sentence_amounts(folded, plan)
        if amount not in (plan.value, plan.total)
    }
    if offer.discount_type == "price" and offer.discount_amount is not None:
        cash.add(float(offer.discount_amount))
    if cash and all(plan.cost > c + 0.01 * plan.count for c in cash):
        return (
            f"interest-free instalments must add up to the cash price, but "
            f"{plan.count} x {plan.value:g} is {plan.cost:.2f}"
        )
    return None


def states_credit_figures(ctx: CheckContext) -> bool:
    """Whether the copy states a credit figure of its own: an APR, term, down or monthly payment.

    "Only $150 a month" or "easy monthly payments over 18 months" promote a financing offer's
    credit, which needs the offer's disclosure; "Pay over time with <card>" states no figure.
    Figures inside a usable approved claim or a standing statement are not the copy's own.

    Args:
        ctx: The check context.

    Returns:
        True when some field states such a figure.
    """
    for name, text in ctx.fields.items():
        masked = [(h.start, h.end) for h in ctx.claim_hits if h.usable and h.field == name]
        masked.extend(ctx.statement_spans.get(name, []))
        if any(not overlaps(f.start, f.end, masked) for f in financing_figures(text.folded)):
            return True
    return False
