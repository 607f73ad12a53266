"""A banned superlative said as "no one comes close" (a rule of language).

A pack that bans "fastest fibre" or "das schnellste Netz" bans the claim that nothing
matches the thing; the copy makes the same claim when it says of the thing that nobody comes
close to it, matches it or beats it: "fibre no one in town can match", "ein Brot, an das
keine andere Bäckerei herankommt". Only the noun of a banned superlative (a word ending in
"-est" / German "-ste", "-sten", "-stes", "-ster", or "best") is read, and only with a
negative subject and a verb of matching after it in the same sentence.
"""

from __future__ import annotations

import re

_SUPERLATIVE = re.compile(r"[^\W\d_]{3,}(?:est|ste|sten|stes|ster|stem)|best|beste[nrsm]?", re.I)
"""A superlative adjective ("fastest", "schnellste", "beste"), written in lower case."""

_NOT_SUPERLATIVE = frozenset(
    {"interest", "honest", "modest", "harvest", "forest", "request", "contest", "protest",
     "suggest", "digest", "invest", "arrest", "manifest", "earnest", "conquest", "bequest",
     "unrest", "priest", "midwest", "southwest", "northwest", "inquest", "behest"}
)  # fmt: skip
"""Words ending in "-est" that are no superlative."""

_NOBODY = (
    r"(?:nobody|no\s+one|no-one|nothing|none|keiner|keine|niemand|nichts|kein\s+anderer|"
    r"personne|rien|niemand|geen\s+enkele)"
)
"""A negative subject."""

_MATCHES = (
    r"(?:comes?\s+close|can\s+(?:match|beat|touch|rival)|matches|beats|rivals|"
    r"(?:he)?rankommt|(?:he)?rankommen|heranreicht|mithalten\s+kann|schlägt|übertrifft|"
    r"n[’'](?:arrive|égale|bat)|kan\s+tippen|haalt|verslaat)"
)
"""A verb of matching or beating."""

_REACH = 60
"""Most characters between the noun and the negative subject, and between it and the verb."""


def _nouns(phrases: list[str]) -> list[str]:
    """The nouns a banned superlative is said of ("Netz" of "das schnellste Netz")."""
    nouns: list[str] = []
    for phrase in phrases:
        words = phrase.split()
        for word, noun in zip(words, words[1:], strict=False):
            if (
                word.islower()
                and _SUPERLATIVE.fullmatch(word)
                and word not in _NOT_SUPERLATIVE
                and noun.isalpha()
                and noun.casefold() not in nouns
            ):
                nouns.append(noun.casefold())
                break
    return nouns


def unmatched_pattern(phrases: list[str]) -> re.Pattern[str] | None:
    """The "<noun> … nobody … comes close" forms of a rule's banned superlatives (folded view).

    Args:
        phrases: A rule's banned phrases.

    Returns:
        One pattern for the nouns of its superlatives, or None when it bans none.
    """
    nouns = _nouns(phrases)
    if not nouns:
        return None
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, nouns)) + r")(?![\w-])"
        rf"[^.!?\n]{{0,{_REACH}}}?(?<![\w-]){_NOBODY}(?![\w-])"
        rf"[^.!?\n]{{0,{_REACH}}}?(?<![\w-]){_MATCHES}(?![\w-])",
        re.IGNORECASE,
    )
