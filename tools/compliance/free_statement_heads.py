"""A "free" clause that restates the head of one of the pack's standing statements.

A standing statement may give something free to a class of customer and then name where it
applies ("Dogs under 10 kg ride free on the harbour ferry and the island bus."). Copy that writes
the statement's head word for word and leaves the tail off ("Dogs under 10 kg ride free (book
their ticket too).") states the same standing policy, in whatever language the brand writes: it
is no promotion. The clause of the "free" (from the start of its sentence to the next comma,
colon, bracket or the sentence end) must hold a "free" word and be the statement's words in the
statement's order, figures included; the rest of the sentence states no figure the statement does
not, and nothing temporary or conditional. "Dogs ride free" (the size band left out) or "Dogs
under 20 kg ride free" restate no statement and are read as before.
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import BrandPack, EntryStatus
from nextbest.tools.compliance.kinds.offer_mentions import FREE_WORD
from nextbest.tools.compliance.normalise import plain

_CLAUSE_END = re.compile(r"[,;:()\[\]]|\s[-–—]\s")
"""What ends the clause of a "free" (original text)."""
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
MIN_WORDS = 2
"""Fewest words the clause must have: a lone "free" restates nothing."""


def free_statements(pack: BrandPack, temporary: re.Pattern[str]) -> tuple[str, ...]:
    """The pack's standing statements that give something free outright, as plain text.

    Args:
        pack: The brand pack.
        temporary: Wording that makes a "free" temporary or conditional (folded view).

    Returns:
        Each statement's plain text, padded with a space at either end; statements scoped to
        products or offers, retired ones and those worded as temporary are left out.
    """
    texts: list[str] = []
    for statement in pack.standing_statements:
        if statement.status == EntryStatus.RETIRED or statement.products or statement.offers:
            continue
        text = plain(statement.text)
        if FREE_WORD.search(text) is not None and temporary.search(text) is None:
            texts.append(f" {text} ")
    return tuple(texts)


def restates_free_head(
    statements: tuple[str, ...],
    original: str,
    sentence: tuple[int, int],
    free_end: int,
    temporary: re.Pattern[str],
) -> bool:
    """Whether the "free" clause ending after ``free_end`` restates a free standing statement.

    Args:
        statements: The pack's :func:`free_statements`.
        original: The field's original text.
        sentence: The span of the sentence that holds the "free".
        free_end: Where the "free" mention ends.
        temporary: Wording that makes a "free" temporary or conditional (folded view).

    Returns:
        True when the clause, from its sentence start, is a run of words of one statement
        that holds a "free" word, and the sentence adds no figure and nothing temporary.
    """
    if not statements:
        return False
    start, end = sentence
    brk = _CLAUSE_END.search(original, free_end, end)
    clause_end = brk.start() if brk is not None else end
    clause = plain(original[start:clause_end])
    if len(clause.split()) < MIN_WORDS or FREE_WORD.search(clause) is None:
        return False
    rest = original[clause_end:end]
    if temporary.search(rest.lower()) is not None:
        return False
    figures = set(_FIGURE.findall(original[start:end]))
    return any(
        f" {clause} " in text and figures <= set(_FIGURE.findall(text)) for text in statements
    )
