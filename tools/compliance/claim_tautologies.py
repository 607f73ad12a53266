"""Free-from words that only restate what their noun means: "alcohol-free mocktails".

The built-in lexicon reads "alcohol free", "dairy free" or "meat free" as claims about a
product's make-up ("Alcohol-free face mist"). Said of a noun that is free of that ingredient by
definition, the word adds nothing: a mocktail is a drink without alcohol, decaf a coffee
without caffeine, a vegan dish one without meat or dairy. "Three alcohol-free mocktails for a
barbecue", "a caffeine-free decaf", "dairy-free vegan brownies" describe a kind of thing; they
claim nothing of the brand's product ("alcohol-free face mist", "dairy-free chocolate" stay
claims).

The patterns run on the skeleton view and are added to the claim grounding rule's
exceptions (see :mod:`~nextbest.tools.compliance.claim_senses`).
"""

from __future__ import annotations

_DEFINED_BY: dict[str, str] = {
    "alcohol": r"(?:mocktails?|mock tails?|zero proof [a-z]+|non alcoholic [a-z]+)",
    "caffeine": r"(?:decaf|decafs|decaffeinated [a-z]+)",
    "meat": r"(?:vegetarian|vegan) [a-z]+",
    "dairy": r"vegan [a-z]+",
    "animal product": r"vegan [a-z]+",
}
"""Per ingredient, the nouns (or noun phrases) that are free of it by definition."""

TAUTOLOGY_PATTERN = (
    r"(?<![a-z0-9])(?:"
    + "|".join(f"{word} free (?:(?:a|an|the) )?{nouns}" for word, nouns in _DEFINED_BY.items())
    + r")(?![a-z0-9])"
)
"""A free-from word before a noun that is free of it by definition: "caffeine-free decaf"."""
