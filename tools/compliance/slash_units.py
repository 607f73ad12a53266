"""A required wording written as a slash and a unit ("/can") is a rate, not the unit's word.

A pack that accepts "per bottle" or "/bottle" next to a price asks for the basis of the price:
"$4.50/bottle". Read without punctuation, "/bottle" is just the word "bottle", which the copy
writes anyway in a product's name ("<brand> Cola 6-bottle pack, $12.99") or a sentence ("every
bottle is recycled"): that is no basis. A span found for such a wording counts only when a
slash comes right before it in the copy; a wording that some other required wording also spells
without a slash ("bottle" and "/bottle" both listed) is read as before.
"""

from __future__ import annotations

from functools import lru_cache

from nextbest.tools.compliance.normalise import plain


@lru_cache(maxsize=256)
def slash_units(wordings: tuple[str, ...]) -> frozenset[str]:
    """Plain forms of the wordings that begin with a slash and that no other wording has.

    Args:
        wordings: A rule's required wordings for one message.

    Returns:
        The plain forms ("bottle" of "/bottle").
    """
    slashed = {plain(w) for w in wordings if w.strip().startswith("/")}
    others = {plain(w) for w in wordings if not w.strip().startswith("/")}
    return frozenset(slashed - others)


def unit_without_slash(original: str, start: int, end: int, units: frozenset[str]) -> bool:
    """Whether a disclosure found at ``start:end`` is a slash wording's unit with no slash.

    Args:
        original: The field's original text.
        start: Where the span found starts.
        end: Where it ends.
        units: The rule's :func:`slash_units`.

    Returns:
        True for "bottle" in "6-bottle pack, $12.99" under the wording "/bottle"; False for
        "$4.50/bottle" or a span of another wording.
    """
    if not units or plain(original[start:end]) not in units:
        return False
    return not original[:start].rstrip().endswith("/")
