"""Countdowns to a trip or an event, which are not offer urgency.

"21 days to go: your pre-trip packing list", "your stay is 3 days away", "last chance to see the
fall colours before the pass closes": the time runs out on an occasion the reader has (a trip,
a game, a season), not on a promotion. Such wording is read as urgency only when its sentence
sells something (a price, a discount, "buy", "book"…). General English, not brand knowledge.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import plain

OCCASION_NOUNS: frozenset[str] = frozenset(
    {
        "trip", "trips", "cruise", "sailing", "voyage", "flight", "departure", "stay", "arrival",
        "visit", "vacation", "getaway", "journey", "tour", "game", "match", "kickoff", "show",
        "concert", "party", "wedding", "race", "festival", "tournament", "checklist",
        "itinerary", "embarkation",
        "appointment", "class", "camp", "reunion", "birthday", "anniversary", "colors",
        "colours", "foliage", "snow", "sunset", "road", "trail", "exhibit", "exhibition",
    }
)  # fmt: skip
"""Nouns for occasions a countdown may run to."""

EXPERIENCE_VERBS: frozenset[str] = frozenset(
    {
        "see", "catch", "watch", "visit", "enjoy", "hear", "experience", "ski", "hike", "ride",
        "drive", "walk", "swim", "explore", "meet", "join",
    }
)  # fmt: skip
"""Verbs after "last chance to …" that name an experience, not a purchase."""

COMMERCE_WORDS: frozenset[str] = frozenset(
    {
        "off", "sale", "save", "savings", "deal", "deals", "offer", "offers", "discount",
        "discounts", "price", "prices", "promo", "code", "coupon", "free", "bonus", "buy",
        "shop", "order", "book", "reserve", "purchase", "spend", "checkout", "cart", "stock",
        "subscribe", "upgrade", "credit", "rate", "rates", "fare", "fares", "apr", "financing",
        "bet", "bets", "claim", "boost", "boosts", "odds", "deposit", "join", "sign", "register",
        "enter", "apply", "redeem", "grab", "get", "win", "collection", "new", "arrivals",
    }
)  # fmt: skip
"""Words that make a sentence sell something: its urgency is about the offer."""

_MONEY = re.compile(r"[$€£%]|\d+\s?(?:eur|usd|gbp)\b")


def is_occasion_countdown(sentence: str, phrase_end: int) -> bool:
    """Whether urgency wording in ``sentence`` counts down to an occasion, not an offer.

    Args:
        sentence: The sentence holding the wording (original text).
        phrase_end: Where the wording ends in ``sentence``.

    Returns:
        True when the sentence holds no money sign and no :data:`COMMERCE_WORDS`, and either
        names an occasion (:data:`OCCASION_NOUNS`) or goes on with "to <experience verb>".
    """
    if _MONEY.search(sentence):
        return False
    words = plain(sentence).split()
    if any(w in COMMERCE_WORDS for w in words):
        return False
    following = plain(sentence[phrase_end:]).split()[:2]
    if len(following) == 2 and following[0] == "to" and following[1] in EXPERIENCE_VERBS:
        return True
    return any(w in OCCASION_NOUNS for w in words)
