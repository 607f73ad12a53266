"""Where an Arabic word starts: after a space, or after the one-letter words joined to it.

Arabic writes a few short words as part of the word they lead into: the conjunctions و (and)
and ف (so), the prepositions ب (with), ل (for) and ك (like), and the article ال (the), alone or
stacked ("وبـ", "فال", "لل"). A phrase a compliance officer bans ("خصم", discount) is the same
word in "وبخصم" (and with a discount). Arabic letters are no word characters of the Latin skeleton's
word guard, so a banned word was also found inside a longer word whose first letters are not
such a prefix: a personal name that merely contains it ("عبدالمجيد" holds "المجيد"). A phrase
starting with an Arabic letter therefore starts a word only after a character that is no Arabic
letter, or after one of these prefixes standing at the start of the word.

The end of the phrase keeps no guard: Arabic joins its pronoun and plural endings to the word
("خصمنا", our discount), and those are the same word.
"""

from __future__ import annotations

import re

ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06fa-\u06fc\u06ff"
"""Character-class body (for ``[...]``) of the Arabic letters (no tatweel, digits or marks)."""

_PREFIXES: tuple[str, ...] = (
    "و", "ف", "ب", "ل", "ك",
    "وب", "ول", "وك", "فب", "فل", "فك", "ال", "لل",
    "وال", "فال", "بال", "كال", "ولل", "فلل",
)  # fmt: skip
"""The joined one-letter words and the article, alone and in the orders Arabic stacks them."""

_BY_LENGTH = sorted({len(prefix) for prefix in _PREFIXES})
ARABIC_WORD_START = (
    f"(?:(?<![{ARABIC_LETTERS}])"
    + "".join(
        f"|(?<=(?<![{ARABIC_LETTERS}])"
        + "(?:"
        + "|".join(p for p in _PREFIXES if len(p) == n)
        + "))"
        for n in _BY_LENGTH
    )
    + ")"
)
"""Guard before a phrase: no Arabic letter right before it, unless only joined prefixes (one
look-behind per prefix length, as a look-behind has a fixed width: the guard is tried at every
Arabic letter of the copy)."""

_ARABIC = re.compile(f"[{ARABIC_LETTERS}]")


def starts_arabic(text: str) -> bool:
    """Whether ``text`` starts with an Arabic letter.

    Args:
        text: A phrase in its skeleton form ('' is not).

    Returns:
        True when the first character is an Arabic letter.
    """
    return _ARABIC.match(text) is not None
