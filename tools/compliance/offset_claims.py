"""A banned offsetting claim in its other wordings (a rule of language).

A pack that bans "offset your emissions", "carbon offset" or "emissions compensated" bans the
claim that emissions are made good by paying for removals elsewhere. The same claim is made with
another verb of cancelling and another name of what is emitted ("we plant a tree to balance out
the CO2 of your delivery", "compensate for your emissions"): each says the harm is cancelled by
offsetting. Only a pack phrase of that shape is widened.
"""

from __future__ import annotations

import re

_OFFSET_PHRASE = re.compile(
    r"\b(?:offset(?:s|ting)?|compensat(?:e|es|ed|ing|ion))\b.*\b(?:carbon|co2|climate|emissions)\b"
    r"|\b(?:carbon|co2|climate|emissions)\b.*\b(?:offset(?:s|ting)?|compensat(?:e|es|ed|ing|ion))\b",
    re.IGNORECASE,
)
"""A banned phrase naming offsetting and what is emitted ("offset your emissions",
"emissions compensated")."""

_VERBS = (
    "offset", "offsets", "balance out", "balances out", "balance", "balances",
    "compensate for", "compensates for", "cancel out", "cancels out", "neutralise",
    "neutralises", "neutralize", "neutralizes", "make up for", "makes up for",
)  # fmt: skip
_OWNERS = ("", "the ", "your ", "our ", "its ", "their ", "all the ", "all your ")
_EMITTED = (
    "carbon", "co2", "emissions", "carbon emissions", "co2 emissions", "carbon footprint",
    "footprint",
)  # fmt: skip


def offset_forms(phrases: list[str]) -> list[str]:
    """The other wordings of banned offsetting phrases.

    Args:
        phrases: A rule's banned phrases.

    Returns:
        "<verb of cancelling> (the / your …) <carbon, CO2, emissions, footprint>" for every
        such verb, when any phrase is an offsetting claim; no forms otherwise.
    """
    if not any(_OFFSET_PHRASE.search(p) for p in phrases):
        return []
    return [
        f"{verb} {owner}{emitted}" for verb in _VERBS for owner in _OWNERS for emitted in _EMITTED
    ]
