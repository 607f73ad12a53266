"""Things the copy adds to a product ("everything in <A> plus <B>"): not said of that product.

A product name followed by an additive word ("plus", "+", Spanish "más", Portuguese "mais",
Italian "più", German "sowie" / "zuzüglich", French "en plus de") introduces what comes on top
of the product: "The Deluxe box holds all of the Classic box plus a tasting glass" says the
glass is *not* part of the Classic box. Every item listed after the additive word in the same
clause ("plus a glass and a coaster") is such an addition.
"""

from __future__ import annotations

import re

_ADDED = re.compile(
    r"\s*,?\s*(?:\+|plus|más|mais|più|sowie|zuzüglich|en\s+plus\s+de|as\s+well\s+as)\s",
    re.IGNORECASE,
)
"""An additive word right after a product's name ("<A> plus", "<A> + ", "<A> más")."""

_CLAUSE_BREAK = re.compile(r"[;.!?\n]")


def added_to(text: str, name_end: int, start: int) -> bool:
    """Whether the words at ``start`` are added on top of the product named up to ``name_end``.

    Args:
        text: The field's original text.
        name_end: Where the product's name ends (exclusive).
        start: Where the item's words start (after ``name_end``).

    Returns:
        True for "tasting glass" in "all of the Classic box plus a tasting glass" or "todo el
        Kit Clásico más una copa y un posavasos" (the item after the copa too); False in "the
        Classic box has a tasting glass" or "the Classic box. Plus a tasting glass" (another
        sentence).
    """
    if start < name_end:
        return False
    match = _ADDED.match(text, name_end, start)
    return match is not None and _CLAUSE_BREAK.search(text, name_end, start) is None
