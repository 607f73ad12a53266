"""Longevity claims: "gives up to three extra years to your cat's life" is a health claim.

A promise that something lengthens a life (a person's, a pet's) is among the strongest health
claims there are, and it is often said without any of the built-in health words: "adds years
to your cat's life", "helps your dog live longer", "a longer, healthier life". It needs an
approved wording like any other health statement. Only a life (of the reader, a person or an
animal) counts: "extends the life of your boiler", "longer battery life" and "a longer shelf
life" speak of a product's service life, not of health.
"""

from __future__ import annotations

from nextbest.brand_context.models import ClaimCategory

_LIVING = (
    "pet", "dog", "cat", "puppy", "puppies", "kitten", "horse", "bird", "rabbit", "child",
    "children", "kid", "kids", "baby", "family", "partner", "parent", "parents", "companion",
    "friend", "loved one",
)  # fmt: skip
"""Who a life may belong to, written with a possessive ``'s`` (skeleton: ``dog s``)."""

_WHOSE = (
    r"(?:(?:your|their|his|her|our|a|the|every) )?(?:(?:furry |four legged |best )?(?:"
    + "|".join(_LIVING)
    + r") s )?"
)
"""An optional determiner and a living owner before ``life``: "your dog's", "a", nothing."""

_LIFE = (
    r"(?:life|lives|lifespan|lifespans|life span|life expectancy)(?![a-z0-9])"
    r"(?! of(?![a-z0-9]))"
)
"""A life, not "the life of <a thing>" ("extends the life of your boiler")."""

_AMOUNT = (
    r"(?:(?:up to|as many as|as much as|an extra|extra|a few|several|many|over|more than) )?"
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|ten|a few|several|many)? ?"
    r"(?:(?:extra|more|healthy|happy|good) )?(?:years?|months?)"
)

LONGEVITY_PATTERN = (
    r"(?<![a-z0-9])(?:"
    # "gives up to three extra years to your cat's life", "add years to their lives"
    r"(?:add|adds|adding|added|give|gives|giving|gave) "
    + _AMOUNT
    + r" (?:on )?to "
    + _WHOSE
    + _LIFE
    # "extends your pet's life", "prolongs their lives", "lengthens the lifespan"
    + r"|(?:extend|extends|extending|extended|lengthen|lengthens|lengthening|prolong|prolongs|"
    r"prolonging|prolonged|increase|increases|increasing|boost|boosts|boosting) "
    + _WHOSE
    + _LIFE
    # "live longer", "helps your dog live longer"
    + r"|(?:live|lives|living) (?:a )?longer(?![a-z0-9])(?! than(?![a-z0-9]))"
    # "a longer, healthier life", "longer lives"
    + r"|longer (?:and )?(?:(?:healthier|happier|fuller) (?:and )?)*(?:life|lives|lifespans?)"
    r"(?![a-z0-9])(?! of(?![a-z0-9]))"
    r")"
)
"""A lengthened life, on the skeleton view (case folded, punctuation as spaces)."""

LONGEVITY_TRIGGERS: dict[ClaimCategory, tuple[str, ...]] = {
    ClaimCategory.HEALTH: (LONGEVITY_PATTERN,)
}
"""Per category, trigger patterns added to the built-in ones."""
