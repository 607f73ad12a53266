"""A one-word product name written in lower case is the everyday word (a rule of language).

Product names are proper names and are written with a capital ("Meander", "Cirrus", "Quartz").
When the same letters appear in copy all in lower case ("let the path meander", "a
cirrus cloud"), the copy uses the everyday word, not the name: English capitalises names,
and a writer who means the product writes its name. Names of several words ("Trail Kit") and
names the pack itself writes in lower case ("kettlebell") are left alone: only a single word
the catalogue writes with a capital counts.
"""

from __future__ import annotations

from collections.abc import Iterable

from nextbest.brand_context.models import Product


def capitalised_one_word_names(products: Iterable[Product]) -> frozenset[str]:
    """The lower-cased one-word names and aliases that the catalogue writes with a capital.

    Args:
        products: The pack's products.

    Returns:
        E.g. ``{"meander"}`` for a product named "Meander Original" with the alias "Meander".
    """
    return frozenset(
        name.strip().lower()
        for product in products
        for name in product.names
        if len(name.split()) == 1 and name.strip() != name.strip().lower()
    )


def everyday_word(text: str, start: int, end: int, names: frozenset[str]) -> bool:
    """Whether ``text[start:end]`` is a one-word product name written as an everyday word.

    Args:
        text: The field's original text.
        start: Start of the match.
        end: End of the match.
        names: From :func:`capitalised_one_word_names`.

    Returns:
        True when the match, all in lower case, is one of ``names``.
    """
    words = text[start:end]
    return words.islower() and words in names
