"""Offer exclusions under ``offer_terms``: a promotion is never said of what its terms exclude.

An offer's terms or disclosure often name what the offer does not cover: "it does not apply
to <plan>", "excludes gift cards", "not valid on sale items", "excluding <product>". A
promotional mention whose own sentence names that excluded thing ("Save 10% on <plan>") says
the offer of something it does not cover. The sentence that states the exclusion itself is
the condition, not a promise. An offer only for *additional* items ("each additional bike",
"your second line") is not said of every one: "10% off every bike" widens it; nor is an offer
of a free *fourth* night said of the third ("your third and fourth nights are free").
"""

from __future__ import annotations

import re
from functools import lru_cache

from nextbest.brand_context.models import Offer
from nextbest.tools.compliance.kinds.base import CheckContext, RuleLike, violation
from nextbest.tools.compliance.kinds.offer_mentions import Mention
from nextbest.tools.compliance.normalise import plain
from nextbest.tools.compliance.verdict import Violation

_EXCLUSION = re.compile(
    r"\b(?:(?:does|do|is|are) not|doesn't|don't|isn't|aren't|not)\s+(?:apply|applicable|valid|"
    r"available)\s+(?:to|on|for|with)\s+(?P<a>[^.;:,()]{3,60})"
    r"|\b(?:excludes?|excluding|except(?: for)?)\s+(?P<b>[^.;:,()]{3,60})",
    re.IGNORECASE,
)
"""An exclusion in an offer's wording and what it excludes (up to the clause's end), however
it is capitalised: a sentence of the terms may open with it ("Excludes <product>, gift cards
…")."""
_ADDITIONAL = re.compile(
    r"\b(?:each |every |any |your |a |the )?(?:additional|second|extra|another|added) "
    r"(?P<noun>[a-z]{3,})\b"
)
"""An offer limited to additional items (plain view): the item noun."""
_ORDINALS = re.compile(
    r"\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|6th|7th)\b"
)
"""Ordinals of a free item (plain view); "first" is too common ("your first order") to read."""
_EVERY = r"\b(?:every|each|all|any|all your|all of your) (?:of your )?{noun}s?\b"
_NEGATION = re.compile(
    r"\b(?:not|n't|exclud\w*|except|nao|no|sin|sans|ohne|nicht|hors)\b", re.IGNORECASE
)
_FILLER = frozenset({"the", "a", "an", "any", "your", "our", "its", "their", "other"})
_MAX_WORDS = 4
"""Words of an excluded thing kept (the clause often goes on: "gift cards or shipping")."""


@lru_cache(maxsize=256)
def excluded_things(wording: str) -> tuple[str, ...]:
    """What an offer's wording excludes, each as plain words ("loyalty points").

    Args:
        wording: The offer's terms and disclosure.

    Returns:
        Each excluded thing's first content words (alternatives joined by "or" / "and" are
        separate things).
    """
    found: list[str] = []
    for match in _EXCLUSION.finditer(wording):
        clause = match.group("a") or match.group("b") or ""
        for part in re.split(r"\s+(?:or|and|nor)\s+", clause):
            words = [w for w in plain(part).split() if w not in _FILLER][:_MAX_WORDS]
            if words and any(len(w) >= 4 for w in words):
                found.append(" ".join(words))
    return tuple(found)


def _wrong_ordinal(
    rule: RuleLike,
    ctx: CheckContext,
    offer: Offer,
    mentions: list[Mention],
    ordinals: set[str],
) -> list[Violation]:
    """A violation when a free mention's sentence names an ordinal the offer does not give."""
    if not ordinals:
        return []
    for mention in mentions:
        if mention.kind != "free":
            continue
        text = ctx.fields[mention.field]
        start, end = text.sentence_at(mention.start)
        stated = set(_ORDINALS.findall(plain(text.original[start:end])))
        extra = sorted(stated - ordinals)
        if extra:
            words = text.original[mention.start : mention.end]
            return [
                violation(
                    rule,
                    f"{words!r} is said of the {', '.join(extra)}, but offer {offer.id!r} gives "
                    f"the {', '.join(sorted(ordinals))} free.",
                    field=mention.field,
                    span=(mention.start, mention.end),
                    evidence=text.original[start:end].strip(),
                    fix_hint=f"State the offer exactly as approved: {offer.terms}",
                )
            ]
    return []


def excluded_mentions(
    rule: RuleLike, ctx: CheckContext, offer: Offer, mentions: list[Mention]
) -> list[Violation]:
    """A violation for the first promotion whose sentence names a thing the offer excludes.

    Args:
        rule: The ``offer_terms`` rule to report under.
        ctx: The check context.
        offer: The message's offer.
        mentions: The promotional mentions found.

    Returns:
        One violation, or none.
    """
    wording = " ".join(w for w in (offer.terms, offer.disclosure) if w)
    things = excluded_things(wording)
    nouns = {m.group("noun").rstrip("s") for m in _ADDITIONAL.finditer(plain(wording))}
    ordinals = set(_ORDINALS.findall(plain(f"{wording} {offer.name}")))
    found = _wrong_ordinal(rule, ctx, offer, mentions, ordinals)
    if found or (not things and not nouns):
        return found
    for mention in mentions:
        if mention.kind in ("code", "promo"):
            continue
        text = ctx.fields[mention.field]
        start, end = text.sentence_at(mention.start)
        sentence = text.original[start:end]
        if _NEGATION.search(sentence):
            continue  # the exclusion itself, restated
        said = f" {plain(sentence)} "
        if not _ADDITIONAL.search(said):
            for noun in nouns:
                if re.search(_EVERY.format(noun=re.escape(noun)), said):
                    words = text.original[mention.start : mention.end]
                    return [
                        violation(
                            rule,
                            f"{words!r} is said of every {noun}, but offer {offer.id!r} is "
                            f"for each additional {noun} only.",
                            field=mention.field,
                            span=(mention.start, mention.end),
                            evidence=sentence.strip(),
                            fix_hint=f"State the offer exactly as approved: {offer.terms}",
                        )
                    ]
        for thing in things:
            if f" {thing} " in said:
                words = text.original[mention.start : mention.end]
                return [
                    violation(
                        rule,
                        f"{words!r} is said of {thing!r}, which offer {offer.id!r} excludes.",
                        field=mention.field,
                        span=(mention.start, mention.end),
                        evidence=sentence.strip(),
                        fix_hint=f"State the offer exactly as approved: {offer.terms}",
                    )
                ]
    return []
