"""How a sentence around a claim is cut: clauses, prices, and a claim's neighbouring words.

A claim often shares its sentence with something else: another clause (``BPA-free: that's
<product>``, ``rated 4.8 out of 5 — thanks, Denver``), a price (``for $4.99 a month``), or a
next clause with its own quantifier (``…, and every batch is tested``). These helpers cut the
sentence so that :mod:`~nextbest.tools.compliance.kinds.claim_wording` and
:mod:`~nextbest.tools.compliance.kinds.claim_grounding` compare the claim with its own words.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import plain

_CLAUSE_BREAK = re.compile(
    r"\s*[:;]\s+|\s+[\u2014\u2013-]\s+|\u2014|,\s+(?:and|but|so|while)\s+|\s*[()]\s*"
    r"|,\s+(?=(?:a|an|the|just|only|right|about|with|from|near|next)\s)"
    r"|\s+(?:and|but|so)\s+(?=we(?:['\u2019](?:ll|re|ve|d))?\s)"
)
"""Where a sentence splits into clauses: a colon or semicolon, a dash between spaces (or an
em dash), a comma before a conjunction, a parenthesis, a comma before an appositive or an
added place (", a short ride from …", ", next to …"), a conjunction before "we" opening the
brand's own clause ("Finish the course and we report your completion …")."""

PRICE = re.compile(
    r"(?:\b(?:for|at|from|just|only)\s+)?"
    r"(?:[$\u20ac\u00a3]\s?\d[\d.,]*|\b\d[\d.,]*\s?(?:\u20ac|\$|\u00a3|eur\b|usd\b"
    r"|\u20ab|\u0111(?!\w)|vn\u0111(?!\w)|vnd\b))"
    r"(?:\s*(?:a|an|per|/)\s*(?:month|mo|year|yr|night|day|week|person|guest))?",
    re.IGNORECASE,
)
"""A price with its attaching word and period (``for $4.99 a month``, ``26,52 €``, a Vietnamese
``50.000đ`` or ``50.000 VNĐ``)."""


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ``text[start:end]`` (see :data:`_CLAUSE_BREAK`).

    Args:
        text: The field's original text.
        start: Start of the sentence.
        end: End of the sentence (exclusive).

    Returns:
        ``(start, end)`` spans in ``text``, one per non-empty clause; a single span when the
        sentence does not split.
    """
    spans: list[tuple[int, int]] = []
    position = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if text[position : match.start()].strip():
            spans.append((position, match.start()))
        position = match.end()
    if text[position:end].strip():
        spans.append((position, end))
    return spans


def price_spans(text: str) -> list[tuple[int, int]]:
    """Spans of prices in ``text``: a product's price next to its claim is not part of it.

    Args:
        text: A field's original text.

    Returns:
        ``(start, end)`` spans of each price with its attaching word and period.
    """
    return [m.span() for m in PRICE.finditer(text)]


CLAUSE_END = re.compile(r"[,;:()\u2013\u2014]")
"""Punctuation that ends the clause an approved wording stands in."""

NEIGHBOURS = 2
"""Words before and after an approved wording searched for strengtheners (``always``…)."""


def neighbours(
    text: str, sentence: tuple[int, int], start: int, end: int
) -> tuple[list[str], list[str]]:
    """The :data:`NEIGHBOURS` words before and after ``text[start:end]`` in its own clause.

    A clause break ends the reach ("…, and every batch" is another clause), unless what lies
    beyond it is itself that short ("Guaranteed: …", "…, always.").

    Args:
        text: A field's original text.
        sentence: The ``(start, end)`` span of the sentence holding the wording.
        start: Start of the wording.
        end: End of the wording (exclusive).

    Returns:
        ``(before, after)`` skeleton words.
    """
    heads = CLAUSE_END.split(text[sentence[0] : start])
    tails = CLAUSE_END.split(text[end : sentence[1]])
    head, tail = heads[-1], tails[0]
    if len(heads) > 1 and len(plain(heads[-2]).split()) <= NEIGHBOURS:
        head = f"{heads[-2]} {head}"
    if len(tails) > 1 and len(plain(tails[1]).split()) <= NEIGHBOURS:
        tail = f"{tail} {tails[1]}"
    return plain(head).split()[-NEIGHBOURS:], plain(tail).split()[:NEIGHBOURS]
