"""Words of a banned phrase that belong to a larger compound, which gives them another sense.

Two rules of English word formation (not brand knowledge):

- **A privative "-free" suffix.** In "interest-free credit", "sugar-free", "hands-free" the word
  "free" is the second half of a compound meaning "without X", so "interest-free credit" does not
  contain the claim "free credit" (credit at no cost). When X is itself the cost ("cost-free",
  "fee-free", "charge-free"), "X-free" does mean "at no cost" and the phrase stands.
- **A modifier of an appraisal noun.** In "a free boiler check" or "free boiler inspection" the
  adjective "free" qualifies the whole compound "boiler check": the check is free, not a boiler. A
  "free …" phrase followed at once by a noun for looking something over ("check", "inspection",
  "estimate", "quote", "assessment") names that free service, not the phrase's own thing.
- **A modifier of a threat noun.** In "Protect yourself from Pension Service scams" the name
  modifies "scams": the copy warns about impostors, it does not say a message comes "from
  Pension Service". A phrase followed at once by a word such as "scams", "fraud" or
  "impostors" names the threat.
"""

from __future__ import annotations

import re

COST_WORDS: frozenset[str] = frozenset(
    {
        "cost", "costs", "charge", "charges", "fee", "fees", "commission", "commissions",
        "payment", "payments", "rent", "price",
    }
)  # fmt: skip
"""First halves of "X-free" that make it mean "at no cost" ("fee-free", "cost-free")."""

THREAT_NOUNS: frozenset[str] = frozenset(
    {
        "scam", "scams", "scammer", "scammers", "fraud", "frauds", "fraudster", "fraudsters",
        "impostor", "impostors", "imposter", "imposters", "impersonator", "impersonators",
        "impersonation", "phishing", "spoofing", "robocall", "robocalls", "hoax", "hoaxes",
    }
)  # fmt: skip
"""Nouns that a preceding name or phrase only qualifies ("pension scams", "bank fraud")."""

APPRAISAL_NOUNS: frozenset[str] = frozenset(
    {
        "check", "checks", "checkup", "checkups", "inspection", "inspections", "estimate",
        "estimates", "quote", "quotes", "assessment", "assessments", "evaluation", "evaluations",
        "appraisal", "appraisals", "survey", "surveys", "audit", "audits", "consultation",
        "consultations", "review", "reviews", "diagnostic", "diagnostics", "analysis",
    }
)  # fmt: skip
"""Head nouns of a service of looking something over: a "free <thing> check" is a free check."""

_FREE = re.compile(r"free\b", re.IGNORECASE)
_HYPHENATED_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+)[-\u2010\u2011]$")
"""A word joined by a hyphen to what follows it ("interest-")."""
_NEXT_WORD = re.compile(r"[ \t-]+([^\W\d_]+)")
"""The word right after a phrase, on the same line and with no punctuation between."""


def privative_free(text: str, start: int) -> bool:
    """Whether a phrase starting with "free" at ``start`` is the tail of an "X-free" compound.

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True for "free credit" in "interest-free credit"; False for "free credit" alone, in
        "fee-free credit" (the cost itself is absent: at no cost) or in "sign-up free credit"
        written with a space.
    """
    if not _FREE.match(text, start):
        return False
    match = _HYPHENATED_BEFORE.search(text, max(0, start - 30), start)
    return match is not None and match.group(1).lower() not in COST_WORDS


def names_threat(text: str, end: int) -> bool:
    """Whether the phrase ending at ``end`` qualifies a threat noun right after it.

    Args:
        text: The field's original text.
        end: Where the phrase ends (exclusive).

    Returns:
        True for "from Pension Service" in "Stay safe from Pension Service scams"; False in "a
        letter from Pension Service about scams" (other words between) or at a sentence end.
    """
    match = _NEXT_WORD.match(text, end)
    return match is not None and match.group(1).lower() in THREAT_NOUNS


def free_appraisal(text: str, start: int, end: int) -> bool:
    """Whether a "free …" phrase only qualifies an appraisal noun right after it.

    Args:
        text: The field's original text.
        start: Where the phrase starts.
        end: Where the phrase ends (exclusive).

    Returns:
        True for "free boiler" in "A free boiler check"; False for "free boiler" alone, in "a free
        boiler and a check" (other words between) or in "the boiler check is free".
    """
    if not _FREE.match(text, start):
        return False
    match = _NEXT_WORD.match(text, end)
    return match is not None and match.group(1).lower() in APPRAISAL_NOUNS
