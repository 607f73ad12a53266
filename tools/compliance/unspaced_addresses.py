"""Address words of scripts written without spaces, found inside a longer run of text.

An address token is a run of text between spaces. A postal address written in Chinese or
Japanese is often one such run ("北海市银湾区青石路7号2楼"), and a footer may glue it to the
company name before it or to a phone label after it with no space at all, or only with a mark
the skeleton keeps as a letter ("某某有限公司|北海市…"). The address then stands inside a longer
token and a token-for-token comparison never finds it, though a reader sees it whole. In a
script without spaces a word may end between any two letters, so such an address token counts
when it stands inside a longer token, provided an edge written in a spaced script (a digit, a
Latin letter) does not continue a word there (see
:func:`~nextbest.tools.compliance.unspaced_scripts.word_guards`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nextbest.tools.compliance.unspaced_scripts import has_unspaced, word_guards

MIN_GLUED_LENGTH = 4
"""The shortest address token looked for inside a longer one. A shorter token, such as a
syllable or a digit left alone where the skeleton dropped the vowel signs around it, stands
inside many words of the copy and says nothing of where the address is."""


def glued_token_patterns(tokens: Sequence[str]) -> list[re.Pattern[str]]:
    """Patterns for the address tokens that may stand glued inside a longer token.

    Args:
        tokens: An address's required tokens (see ``required_address_tokens``).

    Returns:
        One pattern (capturing the whole token) for each token of at least
        :data:`MIN_GLUED_LENGTH` characters holding a letter of a script written without
        spaces; none for the others.
    """
    patterns = []
    for token in dict.fromkeys(tokens):
        if len(token) < MIN_GLUED_LENGTH or not has_unspaced(token):
            continue
        before, after = word_guards(token)
        patterns.append(re.compile(f"{before}({re.escape(token)}){after}"))
    return patterns


def split_glued(words: Sequence[str], patterns: Sequence[re.Pattern[str]]) -> list[str]:
    """The message's address tokens with each glued address token split out of its run.

    Args:
        words: The message's address tokens, in order.
        patterns: From :func:`glued_token_patterns` for one written form of the address.

    Returns:
        The tokens, where a token holding an address token together with other text becomes
        the text before it, the address token and the text after it (empty parts dropped);
        the tokens themselves when ``patterns`` is empty.
    """
    if not patterns:
        return list(words)
    result: list[str] = []
    for word in words:
        pieces = [word]
        if has_unspaced(word):
            for pattern in patterns:
                pieces = [part for piece in pieces for part in pattern.split(piece) if part]
        result.extend(pieces)
    return result
