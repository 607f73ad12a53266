"""The Maltese helping vowel ``i-`` that a word loses after a vowel.

Maltese writes a helping ``i`` before a word that begins with a doubled consonant or before the
article's consonant, and drops it after a word ending in a vowel: "ikkanċellat" (cancelled) is
"ġie kkanċellat" (was cancelled), "il-vjaġġ" (the sailing) is "dwar l-vjaġġ" (about the
sailing), "it-taxxa" is "bla t-taxxa". A word listed with its helping vowel is therefore also
written without it. No other language the engine reads begins a word with a doubled consonant
or a lone consonant and hyphen, so the shortened form names nothing else.
"""

from __future__ import annotations

import re

_HELPING_VOWEL = re.compile(r"i(?=([b-df-hj-np-tv-z])(?:\1|-))")
"""A word's first letter ``i`` (folded) before a doubled consonant or a consonant and hyphen."""


def elidable(word: str) -> str:
    """A pattern for a folded word, its Maltese helping vowel optional.

    Args:
        word: One word of the folded view ("ikkancellat", "il-vjagg").

    Returns:
        The word escaped for a pattern, with a helping vowel it begins with made optional
        (``i?kkancellat``); other words escaped as they are.
    """
    if _HELPING_VOWEL.match(word) is None:
        return re.escape(word)
    return "i?" + re.escape(word[1:])
