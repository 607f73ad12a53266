"""Names the copy gives an individual: a pet or a person, not the brand of the same name.

A competitor's name is often also a first name or a pet's name: "This week's star walker
is Pickle, a 4-year-old spaniel" speaks of a dog, not of the company "Pickle". The copy
says so itself when it introduces the name as an individual:

- an appositive right after the name, an article and a living being ("Pickle, a spaniel",
  "Pickle, our rescue pup") or an age ("Pickle, a 6-year-old …", "Max, an 8-month-old …");
- a living being right before it, with a possessive ("my dog Pickle", "our cat Max") or
  "named" / "called" ("a puppy named Pickle");
- "the" and a living being right after it ("Pickle the spaniel").

Once introduced, the name is that individual throughout the text: "Pickle naps by the door
every afternoon now" further down is the same dog. A name never introduced that way ("Pickle's
fresh food", "unlike Pickle, we …") stays the brand.
"""

from __future__ import annotations

import re

BEINGS: frozenset[str] = frozenset(
    {
        "dog", "pup", "puppy", "cat", "kitten", "kitty", "pet", "pooch", "rescue", "mutt",
        "beagle", "labrador", "lab", "retriever", "terrier", "poodle", "spaniel", "collie",
        "shepherd", "bulldog", "husky", "dachshund", "corgi", "boxer", "chihuahua", "pug",
        "greyhound", "whippet", "schnauzer", "doodle", "labradoodle", "goldendoodle",
        "cockapoo", "tabby", "horse", "pony", "rabbit", "bunny", "boy", "girl", "son",
        "daughter", "baby", "toddler", "grandson", "granddaughter",
    }
)  # fmt: skip
"""Nouns of living beings a name may be introduced as (pets and family members)."""

_BEING = r"(?:" + "|".join(sorted(BEINGS, key=len, reverse=True)) + r")"
_AGE = r"\d+[- ](?:year|month|week)s?[- ]old"
_WORD = r"[\w’'-]+"
_ENDS_PHRASE = r"(?=\s*(?:$|[,.;:!?)\n–—]|(?:from|who|whose|that|in|with|and|of|at|on)\b))"
"""The being ends its noun phrase: "a spaniel from Tucson", not "a dog food brand"."""


def _introductions(name: str) -> re.Pattern[str]:
    """A pattern for the ways the copy introduces ``name`` as an individual."""
    term = r"\s+".join(re.escape(w) for w in name.split())
    return re.compile(
        rf"(?<!\w){term},\s+(?i:(?:a|an|our|my|your|their|his|her)\s+"
        rf"(?:{_AGE}|(?:{_WORD}\s+){{0,2}}?{_BEING}s?{_ENDS_PHRASE}))|"
        rf"(?i:\b(?:my|our|your|their|his|her)\s+(?:{_WORD}\s+)?{_BEING}\s+|"
        rf"\b{_BEING}\s+(?:named|called)\s+){term}(?!\w)|"
        rf"(?<!\w){term}\s+(?i:the\s+{_BEING})\b"
    )


def named_individual(text: str, name: str) -> bool:
    """Whether the text introduces ``name`` as a pet or a person somewhere.

    Args:
        text: A field's original text.
        name: The name as written in the rule (its letter case kept).

    Returns:
        True for "Pickle" in "… is Pickle, a 4-year-old spaniel" (and so for every
        "Pickle" of that text); False for "Switching from Pickle?" or "Pickle, a fresh food
        brand" or "Pickle, a dog food brand".
    """
    return _introductions(name).search(text) is not None
