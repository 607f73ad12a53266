"""A thing the copy says something does not replace: named to deny it (a rule of language).

"This clarifier does not replace your disinfectant." names the disinfectant to say the
clarifier is not one: the words are no claim that the clarifier disinfects, and a disclosure
required with such a claim has nothing to go with. The same denial is read in Spanish ("no
sustituye a tu desinfectante"), Portuguese ("não substitui"), French ("ne remplace pas"),
Italian ("non sostituisce") and German ("ersetzt nicht"), and as "is not a substitute for" /
"is no replacement for". The thing must end its clause ("… your disinfectant, but …"): "does
not replace your disinfectant tablets with …" says something else.
"""

from __future__ import annotations

import re

_NOT_REPLACING = re.compile(
    r"(?:(?:"
    r"\b(?:does|do|did|will|would|can|could|should|must)\s*(?:not\s+|n[’']t\s+)"
    r"|\b(?:won[’']t|cannot|can[’']t|never)\s+"
    r")(?:replaces?|substitutes?\s+for|stands?\s+in\s+for|takes?\s+the\s+place\s+of)\s+"
    r"|\b(?:is|are)(?:\s+not|n[’']t)\s+(?:a\s+)?(?:replacement|substitute)\s+for\s+"
    r"|\b(?:is|are)\s+no\s+(?:replacement|substitute)\s+for\s+"
    r"|\bno\s+(?:sustituyen?|reemplazan?|remplazan?)\s+(?:a\s+|al\s+)?"
    r"|\bn[ãa]o\s+substitu(?:i|em)\s+"
    r"|\bne\s+remplacen?t?\s+pas\s+"
    r"|\bnon\s+sostituisc(?:e|ono)\s+"
    r"|\bersetz(?:t|en)\s+(?:nicht|kein(?:e|en)?)\s+"
    r")(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""A negated verb of replacing right before the thing, perhaps with a determiner or two
("does not replace your", "isn't a substitute for the", "no sustituye a tu")."""

_CLAUSE_END = re.compile(
    r"\s*(?:$|[,.;:!?)\n\u2013\u2014]|(?:and|but|y|pero|e|mas|et|mais|ma|und|aber|or|o)\s)",
    re.IGNORECASE,
)
"""What may follow the thing: the clause's end or the next clause."""

REACH = 48
"""Characters before the thing searched for the denial."""


def denied_substitute(text: str, start: int, end: int) -> bool:
    """Whether the copy names the thing at ``start:end`` only to say something does not replace it.

    Args:
        text: The field's original text.
        start: Where the thing's words start.
        end: Where they end (exclusive).

    Returns:
        True for "disinfectant" in "It does not replace your disinfectant." or "No sustituye
        a tu desinfectante, pero …"; False in "It replaces your disinfectant.", "A
        disinfectant that works" or "does not replace your disinfectant tablets with …".
    """
    return (
        _NOT_REPLACING.search(text, max(0, start - REACH), start) is not None
        and _CLAUSE_END.match(text, end) is not None
    )
