"""Word boundaries in scripts written without spaces between words.

Japanese, Chinese, Thai, Lao, Khmer and Burmese copy runs its words together: 「毎朝しっかり保湿」
is four words and no space. A guard that wants a phrase to stand as a whole word (no word
character before or after it) never matches a phrase of such a script inside a sentence,
since the character next to it is a letter of the same script, nor a Latin word glued to such
a script (a product code right before a katakana noun). In those scripts a word boundary can
fall between any two characters, so a phrase's edge written in one needs no guard, and a
letter of one next to a Latin or digit edge is no letter of the same word.
"""

from __future__ import annotations

import re

UNSPACED_RANGES = (
    "\u0e00-\u0e7f"  # Thai
    "\u0e80-\u0eff"  # Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u3005-\u3007"  # ideographic iteration and closing marks, ideographic zero
    "\u3040-\u30ff"  # Hiragana, Katakana (with the prolonged sound mark)
    "\u31f0-\u31ff"  # Katakana phonetic extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\uff66-\uff9f"  # half-width Katakana
)
"""Character-class body (for ``[...]``) of the letters of scripts written without spaces."""

_UNSPACED = re.compile(f"[{UNSPACED_RANGES}]")

SPACED_WORD_CHAR = rf"[^\W{UNSPACED_RANGES}]"
r"""A word character (``\w``) of a script that separates its words with spaces, or a digit."""

SPACED_BEFORE = rf"(?<!{SPACED_WORD_CHAR})"
"""Guard: no word character of a spaced script right before (one of an unspaced one may be)."""

SPACED_AFTER = rf"(?!{SPACED_WORD_CHAR})"
"""Guard: no word character of a spaced script right after (one of an unspaced one may be)."""


def is_unspaced(char: str) -> bool:
    """Whether ``char`` is a letter of a script written without spaces between words.

    Args:
        char: One character ('' is not).

    Returns:
        True for a Han, Kana, Thai, Lao, Khmer or Myanmar letter.
    """
    return bool(char) and _UNSPACED.match(char) is not None


def has_unspaced(text: str) -> bool:
    """Whether ``text`` holds any letter of a script written without spaces.

    Args:
        text: Any text.

    Returns:
        True when one of its characters is such a letter.
    """
    return not text.isascii() and _UNSPACED.search(text) is not None


def word_guards(phrase: str) -> tuple[str, str]:
    r"""The guards that keep ``phrase`` a whole word, before and after it.

    An edge written in a script without spaces needs no guard (a word may end anywhere there);
    an edge that is a letter or digit of another script must not continue a word of a spaced
    script (``\w`` of any other script), while a letter of an unspaced script next to it
    starts another word. An edge that is punctuation needs no guard either.

    Args:
        phrase: The phrase as it will be matched (its first and last characters decide).

    Returns:
        ``(before, after)`` lookaround patterns, each possibly ''.
    """
    text = phrase.strip()
    if not text:
        return "", ""
    first, last = text[0], text[-1]
    before = "" if is_unspaced(first) or not first.isalnum() else SPACED_BEFORE
    after = "" if is_unspaced(last) or not last.isalnum() else SPACED_AFTER
    return before, after
