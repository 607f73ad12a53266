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

A clause that ends in its "free" names no free thing: the one who goes free is its subject
("Members go free.", "Under-5s travel free."). When a statement gives something free to the
same subject, with a verb of going, entering or getting right after it ("Members get free
entry to every gallery."), the clause restates that standing benefit in other words.
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
_GOING_VERBS = frozenset(
    {
        "go", "goes", "get", "gets", "enter", "enters", "come", "comes", "ride", "rides",
        "travel", "travels", "stay", "stays", "eat", "eats", "visit", "visits", "are", "is",
        "get in", "gets in", "go in", "goes in", "come in", "comes in",
    }
)  # fmt: skip
"""Verbs between a subject and a postposed "free" ("Members go free", "Kids eat free")."""


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
    openings = _beneficiary_openings(clause)
    return any(
        (f" {clause} " in text or any(text.startswith(o) for o in openings))
        and figures <= set(_FIGURE.findall(text))
        for text in statements
    )


def _beneficiary_openings(clause: str) -> list[str]:
    """Statement openings that give something free to the subject of a clause ending in "free".

    Args:
        clause: A clause in plain text ("members go free").

    Returns:
        " <subject> <verb> " openings (space-padded) of the clause's subject with each going
        verb, when the clause is a subject, a going verb and a final "free"; else none.
    """
    words = clause.split()
    if len(words) < 3 or FREE_WORD.fullmatch(words[-1]) is None:
        return []
    for size in (2, 1):
        verb = " ".join(words[-1 - size : -1])
        subject = " ".join(words[: -1 - size])
        if verb in _GOING_VERBS and subject:
            return [f" {subject} {other} " for other in sorted(_GOING_VERBS)]
    return []
