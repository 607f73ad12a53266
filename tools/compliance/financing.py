"""Financing figures in copy: APR, term, down payment and monthly payment.

An offer may carry its financing terms as fields (``apr``, ``term_months``, ``down_payment``,
``monthly_payment``). Copy that states one of these figures must state the offer's: "3.9% APR
for 60 months, $299/mo with $2,999 due at signing" is read as four figures, each compared with
the offer's field of the same kind. Terms are read only in a sentence that speaks of financing
(APR, financing, lease, loan, payments), so "a 12-month warranty" is not a term; terms written in
Azerbaijani or Turkish ("24 ayadək", "6 və ya 9 ay") are read too
(:mod:`~nextbest.tools.compliance.turkic_terms`). A UK lease's
upfront "initial rental" (or "advance rental", "initial payment") is its down payment.

Figures are found on the folded view (case folded); spans are in the original field text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from nextbest.brand_context.models import Offer
from nextbest.tools.compliance.normalise import NormalisedText, fold
from nextbest.tools.compliance.offer_paraphrase import read_number
from nextbest.tools.compliance.turkic_terms import TURKIC_CREDIT, TURKIC_TERM, term_months

FigureKind = Literal["apr", "term_months", "down_payment", "monthly_payment"]
"""Which financing field a figure states."""

_PERCENT = r"(?P<n>\d{1,2}(?:[.,]\d{1,3})?)\s?%"
_AMOUNT = (
    r"(?:[$£€]|\b(?:us\$|usd|gbp|eur|cad|aud)\s?)\s?"
    r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,7}(?:[.,]\d{1,2})?)(?![\d,.]\d)"
)
_PATTERNS: list[tuple[FigureKind, re.Pattern[str]]] = [
    (
        "apr",
        re.compile(
            _PERCENT + r"\s*(?:(?:intro(?:ductory)?|fixed|promotional|variable|standard|"
            r"purchase)\s+)?"
            r"(?:apr|a\.p\.r\.|annual percentage rate)\b"
        ),
    ),
    (
        "apr",
        re.compile(
            r"\b(?:apr|annual percentage rate)\s*(?:of|:|at|as low as)?\s*(?:as low as\s*)?"
            + _PERCENT
        ),
    ),
    (
        "monthly_payment",
        re.compile(
            _AMOUNT + r"\s*(?:/\s?mo(?:nth)?\b\.?|per month\b|a month\b|each month\b|"
            r"monthly\b|/\s?month\b)"
        ),
    ),
    (
        "down_payment",
        re.compile(_AMOUNT + r"\s*(?:down\b|due at signing\b|at signing\b|down payment\b)"),
    ),
    (
        "down_payment",
        re.compile(
            r"\b(?:down payment|due at signing|amount due at signing)\s*(?:of|:|is)?\s*" + _AMOUNT
        ),
    ),
    (  # a UK lease's upfront payment: "an initial rental of £1,500", "advance rental: £900"
        "down_payment",
        re.compile(
            r"\b(?:initial|advance) (?:rental|payment)\s*(?:of|:|is)?\s*(?:just|only)?\s*" + _AMOUNT
        ),
    ),
    ("down_payment", re.compile(_AMOUNT + r"\s*(?:initial|advance) (?:rental|payment)\b")),
]
_TERM = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,3})\s?-?\s?(?P<unit>months?|mos?\b\.?|monthly payments|years?|yrs?\b)"
)
_FINANCING_WORDS = re.compile(
    r"\b(?:apr|a\.p\.r\.|financ\w*|lease\w*|loan\w*|pay(?:ments?)?|instal+ments?|credit|"
    r"interest|signing|monthly|per month|a month)\b|/\s?mo\b"
)
_CREDIT_WORDS = re.compile(
    r"\b(?:apr|a\.p\.r\.|financ\w*|lease\w*|loan\w*|credit|interest|instal+ments?|"
    r"down|due at signing)\b"
)
_SENTENCE_END = re.compile(r"(?<!\bmo)(?<!\bmos)(?<!\bapprox)[.!?](?=\s|$)|\n")


@dataclass(frozen=True)
class FinancingFigure:
    """One financing figure stated in copy.

    Attributes:
        kind: The offer field it states.
        value: The figure (months for a term, even when written in years).
        start: Start in the original field text.
        end: End (exclusive) in the original field text.
    """

    kind: FigureKind
    value: float
    start: int
    end: int


def _sentence_bounds(text: str, index: int) -> tuple[int, int]:
    """The sentence (or line) around ``index`` in folded text ("$399/mo. for 36 months" is one)."""
    start, end = 0, len(text)
    for match in _SENTENCE_END.finditer(text):
        if match.end() <= index:
            start = match.end()
        elif match.start() >= index:
            end = match.start()
            break
    return start, end


def financing_figures(folded: NormalisedText) -> list[FinancingFigure]:
    """Every APR, term, down payment and monthly payment figure a field states.

    Args:
        folded: The field's folded view.

    Returns:
        Figures in order of appearance; a figure is read as one kind only.
    """
    text = folded.text
    found: list[tuple[FigureKind, float, int, int]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            n_start, n_end = match.span("n")
            if any(s < n_end and n_start < e for s, e in taken):
                continue
            taken.append((n_start, n_end))
            found.append((kind, read_number(match.group("n")), *match.span()))
    for match in _TERM.finditer(text):
        n_start, n_end = match.span("n")
        if any(s < n_end and n_start < e for s, e in taken):
            continue
        s_start, s_end = _sentence_bounds(text, match.start())
        if not _FINANCING_WORDS.search(text, s_start, s_end):
            continue
        months = float(match.group("n"))
        if match.group("unit").startswith("y"):
            months *= 12
        taken.append((n_start, n_end))
        found.append(("term_months", months, *match.span()))
    for match in TURKIC_TERM.finditer(text):  # "24 ayadək", "6 və ya 9 ay"
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        s_start, s_end = _sentence_bounds(text, match.start())
        if not TURKIC_CREDIT.search(text, s_start, s_end):
            continue
        taken.append(match.span())
        found.extend(("term_months", months, *match.span()) for months in term_months(match))
    figures = [
        FinancingFigure(kind, value, *folded.original_span(start, end))
        for kind, value, start, end in found
    ]
    return sorted(figures, key=lambda f: f.start)


def offer_figure(offer: Offer, kind: FigureKind) -> float | None:
    """The offer's value for a financing field, None when the offer does not set it."""
    value = getattr(offer, kind)
    return None if value is None else float(value)


def describe(kind: FigureKind, value: float) -> str:
    """A financing figure in words, e.g. ``an APR of 3.9%``."""
    match kind:
        case "apr":
            return f"an APR of {value:g}%"
        case "term_months":
            return f"a term of {value:g} months"
        case "down_payment":
            return f"a down payment of {value:,.2f}".replace(".00", "")
        case _:
            return f"a monthly payment of {value:,.2f}".replace(".00", "")


def stated_figures(wordings: list[str]) -> frozenset[tuple[FigureKind, float]]:
    """The financing figures an offer's own wordings state (terms, disclosures).

    "0% APR for 12 months, then 19.99% APR" in an offer's disclosure makes 19.99% one of the
    offer's APR figures, even though its ``apr`` field is 0. A term written in Azerbaijani or
    Turkish counts in any sentence of the offer's wording ("… üçün, 6 və ya 9 ay.").

    Args:
        wordings: The offer's terms and disclosure texts.

    Returns:
        ``(kind, value)`` pairs.
    """
    stated = {(f.kind, f.value) for w in wordings for f in financing_figures(fold(w))}
    for wording in wordings:  # an offer's own wording speaks of its credit in every sentence
        for match in TURKIC_TERM.finditer(fold(wording).text):
            stated.update(("term_months", months) for months in term_months(match))
    return frozenset(stated)


def mismatches(
    figures: list[FinancingFigure],
    offer: Offer,
    stated: frozenset[tuple[FigureKind, float]] = frozenset(),
) -> list[tuple[FinancingFigure, float]]:
    """Figures whose kind the offer sets to a different value, with the offer's value.

    Args:
        figures: Figures found in the copy.
        offer: The message's offer.
        stated: Figures the offer's own wordings state (:func:`stated_figures`), also allowed.

    Returns:
        ``(figure, offer value)`` per disagreement, in order.
    """
    out: list[tuple[FinancingFigure, float]] = []
    for figure in figures:
        expected = offer_figure(offer, figure.kind)
        if expected is None or abs(expected - figure.value) <= 0.005:
            continue
        if any(k == figure.kind and abs(v - figure.value) <= 0.005 for k, v in stated):
            continue
        out.append((figure, expected))
    return out


def speaks_of_credit(text: str, index: int) -> bool:
    """Whether the sentence around ``index`` states credit terms.

    It does when it names credit (APR, financing, a lease, a loan, credit, interest,
    instalments, a down payment) or states a term ("$29/mo for 36 months"). A monthly price
    alone ("Plans from $29/mo") is a price, not credit.

    Args:
        text: A field's original text.
        index: A position in it (a price's start).

    Returns:
        True when the sentence speaks of credit.
    """
    folded = text.lower()
    start, end = _sentence_bounds(folded, index)
    if _CREDIT_WORDS.search(folded, start, end):
        return True
    return any(
        not match.group("unit").startswith("monthly")
        for match in _TERM.finditer(folded, start, end)
    )
