"""Amounts in copy that state what a prize is worth, not what something costs.

A prize draw lists its prizes with their value: "Grand Prize (1): a <boat> plus a $2,500
check (ARV $9,500)", "First prize: a $500 gift card", "Runner-up prizes worth $50 each". The
amounts are the value of what is won; nobody pays them, so they are neither a price nor a
price cut for the offer-terms check to compare with the catalogue. Whether a stated prize
value is the right one is a question for the draw's own rules.

An amount counts as a prize's value when its sentence speaks of a prize ("prize", "ARV",
"approximate retail value", a sweepstakes, giveaway, raffle or prize draw) and of nothing
bought: no word of buying, paying or saving (``buy``, ``purchase``, ``spend``, ``order``,
``price``, ``save``, ``off``, ``sale``) shares the sentence, and no cue of a sale price
(``only``, ``just``, ``now``, ``was``) leads into the amount.
"""

from __future__ import annotations

import re

_PRIZE = re.compile(
    r"\b(?:prizes?|arv|approximate(?:\s+retail)?\s+values?|sweepstakes|giveaways?|raffles?|"
    r"prize\s+draws?|to\s+be\s+won)\b",
    re.IGNORECASE,
)
"""Words that make a sentence the description of a prize."""
_BOUGHT = re.compile(
    r"\b(?:buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|spend(?:s|ing)?|spent|orders?|"
    r"ordering|price[sd]?|pay(?:s|ing)?|paid|costs?|save|saving|savings|off|sale|discount(?:s|ed)?|"
    r"deals?)\b",
    re.IGNORECASE,
)
"""Words that tie an amount to something bought: then it may be a price after all."""
_SALE_CUE = re.compile(r"\b(?:only|just|now|was|from|for)\s*:?\s*$", re.IGNORECASE)
"""A cue right before an amount that makes it an asking price ("only $5", "for $20")."""


def prize_value(text: str, sentence: tuple[int, int], start: int) -> bool:
    """Whether the amount at ``text[start:]`` is the value of a prize its sentence describes.

    Args:
        text: The original text of the field.
        sentence: The span of the amount's sentence in ``text``.
        start: Where the amount starts.

    Returns:
        True when the sentence describes a prize, speaks of nothing bought, and no sale cue
        leads into the amount.
    """
    s_start, s_end = sentence
    words = text[s_start:s_end]
    if _PRIZE.search(words) is None or _BOUGHT.search(words) is not None:
        return False
    return _SALE_CUE.search(text[max(s_start, start - 12) : start]) is None
