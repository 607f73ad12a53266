"""A banned "safe for <vulnerable group>" claim in its other wordings (a rule of language).

A pack that bans "safe around kids", "safe for children" or "pet-safe" bans a claim that a
product is harmless to children or animals. The same claim is made with another preposition,
another word for the group or a verb of use between ("safe to use around toddlers and cats",
"safe near your dog"), or as the harm denied ("will not hurt toddlers", "does not harm
children"): each wording plays the hazard down alike. Only a pack phrase of that
shape is widened, and only to the groups such claims are made for; "safe for stone floors" or
"safe for worktops" stays as the pack wrote it.
"""

from __future__ import annotations

import re

_GROUPS = (
    "children", "child", "kids", "kid", "babies", "baby", "toddlers", "infants",
    "little ones", "pets", "pet", "dogs", "dog", "cats", "cat", "animals", "family",
)  # fmt: skip
"""Groups a safety claim is made for: the young and animals."""

_PREPOSITIONS = ("for", "around", "near", "with")
_USES = ("", "to use ", "to have ", "to keep ")

_NO_HARM = ("won't", "will not", "wont", "doesn't", "does not", "can't", "cannot", "never")
"""Negations of a harm verb that deny the hazard ("won't harm", "never hurts")."""
_HARMS = ("harm", "hurt", "harms", "hurts")

_GROUP = "|".join(g.replace(" ", r"\s+") for g in _GROUPS)
_SAFE_FOR = re.compile(
    rf"(?:(?:completely|totally|perfectly|100%)\s+)?safe\s+(?:to\s+use\s+)?"
    rf"(?:{'|'.join(_PREPOSITIONS)})\s+(?:your\s+|the\s+)?(?:{_GROUP})"
    rf"|(?:child|kid|pet|baby)[\s-]?safe",
    re.IGNORECASE,
)
"""A banned phrase claiming safety for a vulnerable group ("safe around kids", "pet-safe")."""


def safety_forms(phrases: list[str]) -> list[str]:
    """The other wordings of banned "safe for <group>" phrases.

    Args:
        phrases: A rule's banned phrases.

    Returns:
        "safe (to use) for / around / near / with (your) <group>" and "won't / does not / never
        harm / hurt (your) <group>" for every group, when any phrase is such a claim; no forms
        otherwise.
    """
    if not any(_SAFE_FOR.fullmatch(p.strip()) for p in phrases):
        return []
    forms = [
        f"safe {use}{preposition} {owner}{group}"
        for use in _USES
        for preposition in _PREPOSITIONS
        for owner in ("", "your ")
        for group in _GROUPS
    ]
    return forms + [
        f"{negation} {harm} {owner}{group}"
        for negation in _NO_HARM
        for harm in _HARMS
        for owner in ("", "your ", "the ")
        for group in _GROUPS
    ]
