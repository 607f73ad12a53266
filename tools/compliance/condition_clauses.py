"""A condition added after a claim: "No booking fee at our Leeds shop when you pay online".

A sentence may state an approved claim, or a narrower form of it, and then add a condition
that only limits it further ("… when you pay by card", "… if you book before noon", Filipino
"… kapag sa app ka nagbayad", when you pay in the app). Written without a comma, the claim's
clause runs on into the condition and the sentence is no longer made of the claim's words.
The condition is cut off here, at its subordinator, so the clause before it is compared with
the claim on its own. A claim whose own wording states a condition is not narrowed so: leaving
its condition out, or giving it another, would change the claim
(:func:`states_condition`).
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import plain

_SUBORDINATORS = frozenset(
    {"when", "whenever", "if", "kapag", "kung", "pag", "quand", "lorsque", "si", "cuando",
     "wenn", "falls", "se", "quando", "als", "wanneer", "om", "når", "ef", "þegar"}
)  # fmt: skip
"""Words opening a condition clause (en, tl, fr, es, de, it/pt, nl, sv/da/nb, is); an English
"even if" / "even when" concedes rather than limits, and is not cut."""

_CONDITION = re.compile(
    r"(?<!\beven)\s+(?=(?:" + "|".join(sorted(_SUBORDINATORS, key=len, reverse=True)) + r")\s)",
    re.IGNORECASE,
)


def main_clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The clause before a condition that closes ``text[start:end]``, or None.

    Args:
        text: The field's original text.
        start: Start of the clause or sentence.
        end: Its end (exclusive).

    Returns:
        ``(start, end)`` of the words before the first condition subordinator, when at least
        two words come before it; None when the span holds no condition.
    """
    match = _CONDITION.search(text, start, end)
    if match is None or len(text[start : match.start()].split()) < 2:
        return None
    return start, match.start()


def states_condition(wording: str) -> bool:
    """Whether an approved wording states a condition of its own (it has a subordinator)."""
    return bool(set(plain(wording).split()) & _SUBORDINATORS)
