"""The sender denying a banned statement of itself (a rule of language).

A banned phrase is a statement the brand must not make. When the copy says the statement is
false of the sender, the phrase is present but the statement is not made:

- the sender says it does not do the thing: "We do not settle student loans", "We never charge
  a setup fee", "Our team won't ask for your PIN" (a subject of the first person, then a negated
  auxiliary right before the phrase);
- the copy denies that the sender is the thing, with an article between: "We are not a
  government program", "This is not an investment" (the bare negated copula, "are not covered
  by", is handled by the banned-phrase rule itself).

An imperative ("Don't miss out") or a statement about the reader ("You don't pay a setup fee
until …") is no denial by the sender. Nor is a bare "no" before the phrase ("No miracle
needed", "No upfront fees"): a ban of vocabulary (hype, shaming words) still sees the word, and
the phrase list cannot say which kind of ban it is.
"""

from __future__ import annotations

import re

_REACH = 60
"""How far before a phrase its denial is looked for (characters)."""

_SENDER_DOES_NOT = re.compile(
    r"\b(?:we|i|our\s+[a-z]+)\s+"
    r"(?:do\s+not|don[’']t|does\s+not|doesn[’']t|did\s+not|didn[’']t|never|will\s+never|"
    r"will\s+not|won[’']t|would\s+never|cannot|can[’']t|can\s+not)\s+(?:ever\s+)?$",
    re.IGNORECASE,
)
"""The sender's own negated auxiliary right before the phrase ("we do not settle …")."""

_IS_NOT_A = re.compile(
    r"\b(?:(?:is|are|was|were)\s+not|(?:is|are|was|were)n[’']t|[’'](?:re|s)\s+not|"
    r"(?:is|are)\s+never)\s+(?:(?:a|an|any|part\s+of\s+(?:a|an|any))\s+)$",
    re.IGNORECASE,
)
"""A negated copula and an article right before the phrase ("we are not a …")."""


def sender_denies(text: str, start: int) -> bool:
    """Whether the copy denies the banned statement starting at ``start``.

    Args:
        text: The field's original text.
        start: Where the banned phrase starts.

    Returns:
        True for "settle" in "We do not settle student loans", "government program" in "We
        are not a government program"; False for "Don't miss out", "You can't miss it" or
        "No upfront fees".
    """
    reach = max(0, start - _REACH)
    return any(
        pattern.search(text, reach, start) is not None for pattern in (_SENDER_DOES_NOT, _IS_NOT_A)
    )
