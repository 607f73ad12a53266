"""A spaced em dash before a percentage is punctuation, not a minus sign.

The folded view writes every dash as a hyphen, so "-30%" (thirty percent off) and "Wool coat —
80% wool" read alike there. A minus sign is glued to its figure or typed as a hyphen, en dash
or minus; an em dash followed by a space sets off what follows ("Felt slippers — 70% wool,
30% felt"): a composition or a share, no reduction.
"""

from __future__ import annotations

_EM_DASHES = frozenset("\u2014\u2015")
"""The em dash and the horizontal bar: punctuation dashes, never typed as a minus sign."""


def spaced_dash(original: str, start: int) -> bool:
    """Whether a mention read as "-<figure>%" begins with an em dash and a space in the copy.

    Args:
        original: The field's original text.
        start: Where the mention starts in it (at its dash).

    Returns:
        True for "Coat — 80% wool" (the dash at ``start``, a space after it); False for
        "-30%", "– 30%" and "—30%".
    """
    return (
        start + 1 < len(original)
        and original[start] in _EM_DASHES
        and original[start + 1].isspace()
    )
