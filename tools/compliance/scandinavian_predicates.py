"""A banned Scandinavian "<noun> <participle>" phrase said as a predicate (a rule of language).

A brand writing Norwegian, Danish or Swedish that bans "levering garantert" or "garantert
levering" (guaranteed delivery) bans the statement that the thing is guaranteed. Copy states
it with the noun in its definite form and the participle as a predicate, often after a fronted
adverbial that puts the copula first, and with the noun fixed by a clock time ("Hos oss er
leveringen kl. 12 garantert", "Leveringen er garantert"): the same promise. Only a pack phrase
of two words, one a participle ("-ert", "-et", "-ad"), is widened; a word between the noun and
the participle other than the copula and a clock time ("ikke", "inte") keeps it unmatched.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.name_cases import language_of
from nextbest.tools.compliance.normalise import plain

SCANDINAVIAN: frozenset[str] = frozenset({"sv", "da", "nb", "nn", "no"})
"""Languages read here."""

_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ert|eret|erad|et|ad)")
"""A past participle in the skeleton view ("garantert", "garanteret", "garanterad", "sikret")."""
_COPULA = r"(?:er|ar|blir|bliver)"
_CLOCK = r"(?:(?:kl|klokka|klokken|klockan) \d{1,2}(?: \d{2})? )"
"""A clock time in the skeleton view ("kl 10 00", "klokken 9")."""
_DEFINITE = r"(?:en|et|n|t|a|ene|erne|arna)?"


def predicate_pattern(phrases: list[str], locales: list[str]) -> re.Pattern[str] | None:
    """The predicative forms of banned "<noun> <participle>" phrases (skeleton view).

    Args:
        phrases: A rule's banned phrases.
        locales: The brand's locales (only a Scandinavian brand's phrases are widened).

    Returns:
        One pattern for "<noun>(definite) (clock time) (copula) <participle>", or
        None when the brand writes no Scandinavian language or no phrase has that shape.
    """
    if not any(language_of(locale) in SCANDINAVIAN for locale in locales):
        return None
    forms: list[str] = []
    for phrase in phrases:
        words = plain(phrase).split()
        if len(words) != 2 or not all(w.isalpha() for w in words):
            continue
        participles = [w for w in words if _PARTICIPLE.fullmatch(w)]
        if len(participles) != 1:
            continue
        participle = participles[0]
        noun = words[1] if words[0] == participle else words[0]
        if len(noun) < 4:
            continue
        forms.append(
            rf"{re.escape(noun)}{_DEFINITE} {_CLOCK}?(?:{_COPULA} )?"
            rf"{re.escape(participle)}"
        )
    if not forms:
        return None
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(forms) + r")(?![a-z0-9])")
