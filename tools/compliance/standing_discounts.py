"""A discount named by whom it belongs to, which a standing statement gives them.

A pack's standing statement may give a class of customer a standing reduction ("Members get
15% off all classes.", "Students save 10% on every ticket."). Copy that names that benefit by
its holder, without its figure ("a member's discount at the juice bar", "the discount for
students applies online too"), speaks of the standing benefit, not of a promotion that needs an
approved offer. The holder is the statement's first word (its subject); the copy's word before
"discount" (a possessive or a noun: "members'", "member") or after "discount for|to" must be
that word, the clause of the discount states no figure the statement does not, and nothing in
its sentence makes it temporary or conditional ("this week", "code", "when you join").
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import BrandPack, EntryStatus
from nextbest.tools.compliance.kinds.offer_mentions import MENTION_PATTERNS
from nextbest.tools.compliance.normalise import fold, plain

_REDUCTION = re.compile(
    "(?:" + MENTION_PATTERNS["percent"] + ")|(?:" + MENTION_PATTERNS["amount"] + r")|\bdiscounts?\b"
)
"""A reduction a statement gives (folded view): "15% off", "£5 off", "a discount"."""
_DISCOUNT = frozenset({"discount", "discounts"})
_HOLDER_BEFORE = re.compile(r"([a-z]+)(?:'s|s'|')?\s+$")
_HOLDER_AFTER = re.compile(r"^\s+(?:for|to)\s+(?:all\s+|our\s+|your\s+)?([a-z]+)\b")
_CLAUSE_BREAK = re.compile(r"[,;:()\n]")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


def _singular(word: str) -> str:
    """``word`` without a plural ``-s`` (``members`` → ``member``)."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def standing_discount_holders(pack: BrandPack) -> dict[str, frozenset[str]]:
    """Who the pack's standing statements give a reduction to, with each statement's figures.

    Args:
        pack: The brand pack.

    Returns:
        The holder (the statement's first word, singular) → the figures its statements state.
    """
    holders: dict[str, set[str]] = {}
    for statement in pack.standing_statements:
        if statement.status == EntryStatus.RETIRED:
            continue
        if _REDUCTION.search(fold(statement.text).text) is None:
            continue
        words = plain(statement.text).split()
        if words:
            figures = holders.setdefault(_singular(words[0]), set())
            figures.update(_FIGURE.findall(statement.text))
    return {holder: frozenset(figures) for holder, figures in holders.items()}


def standing_discount(
    original: str,
    sentence: tuple[int, int],
    start: int,
    end: int,
    holders: dict[str, frozenset[str]],
    temporary: re.Pattern[str],
) -> bool:
    """Whether the "discount" at ``original[start:end]`` names a holder's standing discount.

    Args:
        original: The field's original text.
        sentence: The span of the sentence holding the word.
        start: Where the word starts.
        end: Where it ends.
        holders: :func:`standing_discount_holders` of the pack.
        temporary: Wording that makes a promotion temporary or conditional (folded view).

    Returns:
        True for "a members' discount in the shop" beside the statement "Members get 15% off
        in the shop.", with no figure of its own and nothing temporary in its sentence.
    """
    if not holders or original[start:end].lower() not in _DISCOUNT:
        return False
    s_start, s_end = sentence
    if temporary.search(original[s_start:s_end].lower()) is not None:
        return False
    before = _HOLDER_BEFORE.search(original[max(s_start, start - 30) : start].lower())
    after = _HOLDER_AFTER.match(original[end:s_end].lower())
    holder = next((_singular(m.group(1)) for m in (before, after) if m is not None), None)
    if holder is None or holder not in holders:
        return False
    breaks = list(_CLAUSE_BREAK.finditer(original, s_start, start))
    c_start = breaks[-1].end() if breaks else s_start
    brk = _CLAUSE_BREAK.search(original, end, s_end)
    clause = original[c_start : brk.start() if brk is not None else s_end]
    return set(_FIGURE.findall(clause)) <= holders[holder]
