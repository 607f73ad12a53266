"""Other forms of a verb a rule lists by its infinitive, in the languages that build them simply.

A compliance officer lists a trigger verb as the dictionary gives it, the infinitive: Danish
"fortryde" (*to withdraw*), Norwegian "angre". Copy addresses the reader in the imperative,
which Danish and Norwegian form by dropping the infinitive's final ``-e`` (and one of a doubled
consonant before it): "fortryd inden for 14 dage", "bestil i dag" of "bestille". A one-word
trigger ending in ``-e`` is therefore also found in that form in a brand writing in those
languages (its locales). Only stems of at least :data:`MIN_STEM` letters are added: a short
word ("rente" → "rent") is more likely another word than a verb's imperative.
"""

from __future__ import annotations

from nextbest.brand_context.models import BrandPack, DisclosureRule

IMPERATIVE_WITHOUT_E: frozenset[str] = frozenset({"da", "nb", "nn", "no"})
"""Languages whose imperative is the infinitive without its final ``-e``."""

MIN_STEM = 5
"""Fewest letters of an imperative added as a trigger."""

_VOWELS = frozenset("aeiouyæøå")


def imperative_forms(phrases: list[str], locales: list[str]) -> list[str]:
    """The imperatives of the one-word infinitive triggers, for a brand writing in ``locales``.

    Args:
        phrases: The rule's trigger phrases ("fortrydelsesret", "fortryde").
        locales: The brand's locales (``da-DK``).

    Returns:
        The imperative forms not already listed ("fortryd"); none for other languages.
    """
    languages = {loc.replace("_", "-").split("-", 1)[0].casefold() for loc in locales}
    if not languages & IMPERATIVE_WITHOUT_E:
        return []
    listed = {p.strip().casefold() for p in phrases}
    out: list[str] = []
    for phrase in phrases:
        word = phrase.strip()
        if len(word.split()) != 1 or not word.isalpha() or not word.casefold().endswith("e"):
            continue
        stem = word[:-1]
        if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1].casefold() not in _VOWELS:
            stem = stem[:-1]  # "bestille" -> "bestil"
        if len(stem) >= MIN_STEM and stem.casefold() not in listed:
            out.append(stem)
            listed.add(stem.casefold())
    return out


def with_imperatives(rule: DisclosureRule, pack: BrandPack) -> DisclosureRule:
    """A disclosure rule whose trigger phrases also hold their imperatives in the brand's language.

    Args:
        rule: The rule as the pack writes it.
        pack: The brand pack (its locales).

    Returns:
        The rule itself, or a copy with the imperative forms added to ``trigger_phrases``.
    """
    forms = imperative_forms(rule.params.trigger_phrases, list(pack.brand.locales))
    if not forms:
        return rule
    params = rule.params.model_copy(
        update={"trigger_phrases": [*rule.params.trigger_phrases, *forms]}
    )
    return rule.model_copy(update={"params": params})
