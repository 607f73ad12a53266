"""Agreement forms of the other-language claim triggers.

French, Spanish, Italian and German participles agree with the noun they describe: French
*garanti* is *garantie* of a feminine noun ("qualité garantie") and *garantis* / *garanties* in
the plural; Spanish *garantizado* is *garantizada*, *garantizados*, *garantizadas*; Italian
*garantito* is *garantita*, *garantiti*, *garantite*; German *garantiert* takes *-e*, *-er*,
*-es*, *-en* before a noun. The lexicon lists each trigger once, in its base form; a claim said
of a feminine or plural noun is the same claim.

Only a phrase's last word is inflected, and only a participle ending of those languages
(folded, no accents): French ``-i``, Spanish ``-ado`` / ``-ido``, Italian ``-ato`` / ``-ito``,
German ``-iert``. French *-é* participles are left alone: folded, their ``-e`` cannot be told
from any other final ``e`` (the lexicon lists "prouve" and "prouvee" both).

A pack's English "never <verb> …" trigger ("never pay a penny") is read with a modal before
its verb too ("never have to pay a penny", "never need to pay a penny"): the same promise.
"""

from __future__ import annotations

from nextbest.brand_context.models import ClaimCategory
from nextbest.tools.compliance.lexicon import OTHER_LANGUAGE_TRIGGERS
from nextbest.tools.compliance.normalise import plain

_ENDINGS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("iert", 0, ("e", "er", "es", "en")),  # German: garantiert -> garantierte
    ("ado", 1, ("a", "os", "as")),  # Spanish: garantizado -> garantizada
    ("ido", 1, ("a", "os", "as")),
    ("ato", 1, ("a", "i", "e")),  # Italian: garantito -> garantita
    ("ito", 1, ("a", "i", "e")),
    ("i", 0, ("e", "s", "es")),  # French: garanti -> garantie
)
"""Participle endings: (ending, letters to drop, suffixes added after dropping them)."""

_ITALIAN_PLURALS = ("li", "ati", "iti", "uti")
"""Endings of Italian plurals, which the French ``-i`` would otherwise read as a participle."""


def agreement_forms(phrase: str) -> tuple[str, ...]:
    """The other forms of a phrase whose last word is a participle.

    Args:
        phrase: A folded trigger phrase ("qualite garanti", "cliniquement prouve").

    Returns:
        The phrase with its last word in the other genders and numbers; empty when the last
        word has no participle ending.
    """
    head, _, last = phrase.rpartition(" ")
    if last.endswith(_ITALIAN_PLURALS):
        return ()  # "risultati visibili": already a plural
    for ending, cut, suffixes in _ENDINGS:
        if len(last) > len(ending) + 2 and last.endswith(ending):
            stem = last[: len(last) - cut] if cut else last
            prefix = f"{head} " if head else ""
            return tuple(f"{prefix}{stem}{suffix}" for suffix in suffixes if suffix)
    return ()


INFLECTED_TRIGGERS: dict[ClaimCategory, tuple[str, ...]] = {
    category: tuple(
        form for phrase in phrases for form in agreement_forms(phrase) if form not in phrases
    )
    for category, phrases in OTHER_LANGUAGE_TRIGGERS.items()
}
"""Per category, the agreement forms of its other-language triggers the lexicon leaves out."""

_MODALS: tuple[str, ...] = ("have to", "has to", "need to", "needs to")
"""Modals that may stand between "never" and its verb without changing the promise."""

_NOT_A_VERB_AFTER_NEVER = frozenset({"have", "has", "had", "need", "needs", "be", "been", "ever"})
"""Words after "never" that are no plain verb a modal could be put before."""


def modal_forms(phrase: str) -> tuple[str, ...]:
    """The forms of an English "never <verb> …" trigger with a modal before the verb.

    "your tenants will never have to pay a penny" makes the promise of the trigger "never pay
    a penny": "have to" / "need to" between "never" and its verb changes nothing of it.

    Args:
        phrase: A trigger phrase as the pack writes it.

    Returns:
        The phrase with each modal after its "never"; empty when it has no "never" followed by
        a plain word.
    """
    words = plain(phrase).split()
    if "never" not in words:
        return ()
    at = words.index("never") + 1
    if at >= len(words) or words[at] in _NOT_A_VERB_AFTER_NEVER:
        return ()
    return tuple(" ".join([*words[:at], modal, *words[at:]]) for modal in _MODALS)
