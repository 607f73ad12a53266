"""Offer breadth under ``offer_terms``: an offer on some products is not said of "any" one.

An offer limited to products ("50% profit boost on one <bet type>", "20% off <product>")
is widened when its promotion is said of *any*, *all* or *every* thing ("50% profit boost on
any bet", "20% off everything") in a sentence that names none of the offer's products. What
follows the quantifier is read by its head noun, the last word before a pause: when the
offer's promise (its name, its terms less its conditions) uses it ("20% off every <family>"
for "20% off <family> mattresses"), or says "any", "all" or "every" itself, the words are the
offer's own. A percentage "boost" ("50% profit boost") is a percent mention
(:mod:`~nextbest.tools.compliance.kinds.offer_mentions`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from nextbest.brand_context.models import Offer
from nextbest.tools.compliance.kinds.base import CheckContext, RuleLike
from nextbest.tools.compliance.kinds.offer_mentions import CONTEXT_KINDS, Mention
from nextbest.tools.compliance.kinds.offer_scope import out_of_scope
from nextbest.tools.compliance.normalise import plain
from nextbest.tools.compliance.verdict import Violation

_WIDE = re.compile(
    r"\b(?:on|off|for|to|with)\s+(?:(?:any|all|every)\b(?P<what>(?:\s+[\w'-]+){0,3})"
    r"|everything\b|anything\b)"
    r"|\b(?:sitewide|storewide|site-wide|store-wide)\b",
    re.IGNORECASE,
)
"""A promotion said of everything (original text), with up to three words after it."""
_STOP = frozenset(
    {
        "and", "or", "in", "at", "on", "for", "with", "from", "this", "that", "you",
        "et", "ou", "de", "du", "des", "pour", "avec", "dans", "en", "chez", "och", "eller",
        "med", "i", "hos", "und", "oder", "mit", "bei", "y", "o", "con", "para", "e",
        "per", "em", "com", "op", "voor", "met",
    }
)  # fmt: skip
"""Words that end the noun phrase after the quantifier (in the languages the engine reads)."""


QUANTIFIERS: frozenset[str] = frozenset(
    {
        "any", "all", "every", "everything", "anything", "sitewide", "storewide", "tous",
        "toutes", "tout", "todos", "todas", "todo", "tutti", "tutte", "tutto", "tudo", "alle",
        "alles", "alla", "allt",
    }
)  # fmt: skip
"""Words by which an offer's own promise says it is on everything (plain view)."""


@lru_cache(maxsize=256)
def wording_words(wording: str) -> frozenset[str]:
    """The words of an offer's wording (plain view)."""
    return frozenset(plain(wording).split())


def head_noun(what: str) -> str:
    """The head noun of the words after a quantifier: the last before a stop word."""
    head = ""
    for word in plain(what).split():
        if word in _STOP:
            break
        head = word
    return head


def uses_noun(words: frozenset[str], noun: str) -> bool:
    """Whether ``words`` hold ``noun`` in some inflection ("mattress" for "mattresses")."""
    return any(
        (w.startswith(noun) or noun.startswith(w)) and abs(len(w) - len(noun)) <= 2
        for w in words
        if len(w) >= 3
    )


def widened_mentions(
    rule: RuleLike, ctx: CheckContext, offer: Offer, mentions: list[Mention]
) -> list[Violation]:
    """A violation for the first promotion said of anything, for an offer on some products.

    Args:
        rule: The ``offer_terms`` rule to report under.
        ctx: The check context.
        offer: The message's offer.
        mentions: The promotional mentions found.

    Returns:
        One violation, or none.
    """
    if not offer.products:
        return []
    promise = offer.terms.replace(offer.disclosure, " ") if offer.disclosure else offer.terms
    words = wording_words(f"{offer.name} {promise}")  # its promise, not its conditions
    if words & QUANTIFIERS:
        return []
    for mention in mentions:
        if mention.kind in CONTEXT_KINDS or mention.kind in ("code", "promo"):
            continue
        text = ctx.fields[mention.field]
        start, end = text.sentence_at(mention.start)
        wide = _WIDE.search(text.original, start, end)
        if wide is None:
            continue
        head = head_noun(wide.group("what") or "")
        if head and uses_noun(words, head):
            continue
        named = {
            h.product.id
            for h in ctx.product_hits
            if h.field == mention.field and start <= h.start < end
        }
        if not named.isdisjoint(offer.products):
            continue
        said = text.original[mention.start : mention.end]
        span = (mention.start, mention.end)
        return [out_of_scope(rule, offer, mention.field, span, said, repr(wide.group(0).strip()))]
    return []
