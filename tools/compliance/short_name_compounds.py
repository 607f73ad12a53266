"""A product's short name inside a longer proper name: not the product.

The catalogue finds a product named "Gold Extras" (category ``extras``) by its short name
"Gold" too (:func:`~nextbest.tools.compliance.catalogue.short_name`). Followed by another
capitalised word in running text, the short name is the first word of some other name: "our
Gold Coast members' centre" names a place, "the Silver Line bus" a route. In a title-case line
("Switch to Gold Today") every word is capitalised, so the next word's capital says nothing and
the short name keeps naming the product.

Likewise a product's bare alias that opens another product's name ("Kite" for the drone
"Kite Pro", beside the "Kite Spare Battery"): in a message that names that other product in
full and never the aliased product by a name of its own, the bare alias is ambiguous between
the two (:func:`opens_named_product`); a wording required per mention of the product is not
called for by it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from nextbest.brand_context.models import Product
from nextbest.tools.compliance.normalise import plain

if TYPE_CHECKING:
    from nextbest.tools.compliance.catalogue import ProductHit

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


def opens_named_product(
    hit: ProductHit, hits: Sequence[ProductHit], originals: Mapping[str, str]
) -> bool:
    """Whether a bare alias is ambiguous with another product the message names in full.

    Args:
        hit: A product mention.
        hits: Every product mention in the message (all fields).
        originals: Field name → original text of the field.

    Returns:
        True when the mention is an alias that is the opening word(s) of another product
        named in the message by a longer name, and no mention of the product itself is
        unambiguous (by a name that opens no other named product's mention).
    """
    words = plain(originals[hit.field][hit.start : hit.end])
    if not words or words == plain(hit.product.name):
        return False
    longer = [
        plain(originals[h.field][h.start : h.end]) for h in hits if h.product.id != hit.product.id
    ]
    if not any(other.startswith(words + " ") for other in longer):
        return False
    for own in hits:
        if own.product.id != hit.product.id:
            continue
        said = plain(originals[own.field][own.start : own.end])
        if not any(other.startswith(said + " ") for other in longer):
            return False  # the product is named unambiguously somewhere in the message
    return True
