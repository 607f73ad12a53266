"""A product's short name inside a longer proper name: not the product.

The catalogue finds a product named "Gold Hospital" (category ``hospital``) by its short name
"Gold" too (:func:`~nextbest.tools.compliance.catalogue.short_name`). Followed by another
capitalised word in running text, the short name is the first word of some other name: "our
Gold Coast members' centre" names a place, "the Silver Line bus" a route. In a title-case line
("Switch to Gold Today") every word is capitalised, so the next word's capital says nothing and
the short name keeps naming the product.
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import Product
from nextbest.tools.compliance.normalise import plain

_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Z][A-Za-z]*)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")


def _title_case(sentence: str) -> bool:
    """Whether every word of four letters or more in ``sentence`` starts with a capital."""
    words = _WORD.findall(sentence)
    return bool(words) and all(w[0].isupper() for w in words)


def in_longer_name(product: Product, text: str, start: int, end: int, sentence: str) -> bool:
    """Whether the product mention at ``text[start:end]`` is a short name opening another name.

    Args:
        product: The product the mention was found for.
        text: The original text of the field.
        start: Where the mention starts.
        end: Where it ends.
        sentence: The mention's sentence (read for title case).

    Returns:
        True when the mention is none of the product's catalogue names (its short name), a
        capitalised word follows it directly, and the sentence is not written in title case.
    """
    if plain(text[start:end]) in {plain(n) for n in product.names}:
        return False
    if _NEXT_WORD.match(text, end) is None:
        return False
    return not _title_case(sentence)
