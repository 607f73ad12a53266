"""A price said of a catalogue category: the list price of the products filed under it.

A price list names things by what they are as often as by name: "en dosa kostar 47 kr och en
stock med 10 dosor 420 kr", "a can is $4.50, a case $48", "une boîte coûte 39 €". When the
clause of a price (the words since the last comma, colon, conjunction or other price in its
sentence) names a catalogue category ("dosa", the category of the flavours listed at 47 kr)
and the price is the list price of a product of that category, the price is that list price,
whatever other product the sentence names beside it with its own price: 47 kr is the price of a
can, not a reduction of the 420 kr stock named after it. A clause that names a product says its
price of that product ("ett Tiopack med 10 dosor för 48 kr" prices the Tiopack, whatever it
holds).

The category word is read in its inflections ("dosor", "dosan" of "dosa"; "cans" of "can"):
the same stem, at most :data:`MAX_ENDING` letters longer.

A product's own name says what it is as well: a catalogue that lists a ticket type as a product
of its own ("Fjordview Funicular junior ticket", listed at a lower price than the ride) is priced by
a clause that names that type, here by the first half of the name's compound word as price lists
write it ("junior 6-15 years kr 95" of a "Fjordview Funicular juniorbillett"; "Kinder 6-14 Jahre
9 €" of a "Kinderkarte"): the price is that ticket's list price, not a reduction of the ride's.
A clause that names no type ("the ride from kr 95") says nothing of one.
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import Product
from nextbest.tools.compliance.normalise import plain

MAX_ENDING = 3
"""Letters an inflected category word may add to the category's stem."""

MIN_CATEGORY = 3
"""Shortest category word read in copy."""

_CLAUSE_BREAK = re.compile(
    r"[,;:()]|\s[-–]\s|\b(?:and|or|och|eller|og|et|ou|und|oder|y|o|e)\b"
    r"|\d(?:[.,]\d+)?\s?(?:kr|kronor|sek|nok|dkk|€|\$|£|eur|euros?)\b|[$£€]\s?\d",
    re.IGNORECASE,
)
"""What ends the clause a price belongs to (original text): punctuation, a conjunction
("och", "and", "et") or another amount."""


MIN_COMPOUND_PART = 4
"""Shortest half of a compound name word read as naming the product ("junior" + "billett")."""

_LINKING = ("", "e", "s")
"""Letters that may join the halves of a compound ("barnebillett", "Arbeitskarte")."""


def _compound_head(word: str, name_word: str) -> bool:
    """Whether a copy word is the first half of a compound name word ("junior" of "juniorkort").

    Args:
        word: A copy word (plain).
        name_word: A word of a product's name (plain).

    Returns:
        True when the name word is the copy word, a linking letter or none, and a second half
        of at least :data:`MIN_COMPOUND_PART` letters.
    """
    if len(word) < MIN_COMPOUND_PART or not name_word.startswith(word):
        return False
    rest = name_word[len(word) :]
    return any(
        rest.startswith(link) and len(rest) - len(link) >= MIN_COMPOUND_PART for link in _LINKING
    )


def _same_word(word: str, category: str) -> bool:
    """Whether a copy word is the category word in some inflection ("dosor" of "dosa")."""
    if word == category:
        return True
    stem = category[:-1] if len(category) > MIN_CATEGORY else category
    return word.startswith(stem) and len(word) - len(category) <= MAX_ENDING


def category_list_price(
    original: str,
    clause_start: int,
    price_start: int,
    value: float,
    products: list[Product],
    named: list[tuple[int, int]],
) -> bool:
    """Whether the price at ``price_start`` is the list price of a category its clause names.

    Args:
        original: The field's original text.
        clause_start: Where the price's sentence starts.
        price_start: Where the price starts.
        value: The price's figure.
        products: The catalogue's products.
        named: Spans of the product names the field writes.

    Returns:
        True when a product listed at ``value`` has a category word in the price's clause, or
        the first half of a compound word of its name, and the clause names no product ("ett
        Tiopack med 10 dosor för 48 kr" prices the Tiopack).
    """
    listed = [
        p for p in products if p.list_price is not None and abs(float(p.list_price) - value) < 0.01
    ]
    categories = {
        word
        for p in listed
        if p.category
        for word in plain(p.category).split()
        if len(word) >= MIN_CATEGORY
    }
    name_words = {
        word
        for p in listed
        for name in p.names
        for word in plain(name).split()
        if len(word) >= 2 * MIN_COMPOUND_PART
    }
    if not categories and not name_words:
        return False
    start = clause_start
    for brk in _CLAUSE_BREAK.finditer(original, clause_start, price_start):
        start = brk.end()
    if any(start <= n_start < price_start for n_start, _ in named):
        return False  # the clause names a product: the price is said of it
    words = plain(original[start:price_start]).split()
    return any(_same_word(w, c) for w in words for c in categories) or any(
        _compound_head(w, n) for w in words for n in name_words
    )
