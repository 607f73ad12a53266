"""An amount that is a term of a policy, not a price: "$250 excess", "a $500 deductible".

An insurance plan "is $329 per year with $250 excess": the $250 is what the holder bears of a
claim, a term of the cover, not what the plan costs nor a cut below its price. The amount is
such a term when the word for it follows (``excess``, ``deductible``, ``co-pay``) or leads into
it (``an excess of $250``, ``deductible: $500``). The words are the insurance words for the
holder's share in English, German, French, Spanish and Italian.
"""

from __future__ import annotations

import re

_SHARE = (
    r"(?:excess|deductible|co-?pay(?:ment)?|co-?insurance|selbstbeteiligung|selbstbehalt"
    r"|franchise|franquicia|franchigia)"
)
_AFTER = re.compile(r"\s?" + _SHARE + r"\b", re.IGNORECASE)
"""The share's word right after the amount ("$250 excess")."""
_BEFORE = re.compile(r"\b" + _SHARE + r"(?:\s+(?:of|von|de|di|is|:))?\s*[:=]?\s*$", re.IGNORECASE)
"""The share's word right before the amount ("an excess of $250", "deductible: $500")."""


def policy_amount(text: str, start: int, end: int) -> bool:
    """Whether the amount at ``text[start:end]`` is the holder's share of a claim.

    Args:
        text: The original text of a field.
        start: Where the amount starts (its currency sign or figure).
        end: Where it ends.

    Returns:
        True when a word for an excess or deductible follows or leads into it.
    """
    if _AFTER.match(text, end):
        return True
    return _BEFORE.search(text, max(0, start - 30), start) is not None
