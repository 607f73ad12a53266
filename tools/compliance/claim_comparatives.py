"""Comparative claims in Dutch and German copy: an ``-er`` adjective before "dan" / "als".

The built-in lexicon reads English comparatives ("goes further than", "cheaper than"). Dutch
and German form them the same way, with their own word for *than*: "rijdt verder dan een
<rival>", "goedkoper dan de rest", "schneller als andere Räder", "besser als". A brand that
writes in those languages is checked as strictly.

Words that end in ``-er`` without being comparatives, or that compare nothing the brand
claims, are left out: "meer dan" / "mehr als" (*more than*, a count: "meer dan 100 winkels"),
"eerder dan" / "later dan" / "liever dan" / "ander dan" (time, preference, *other than*) and
German "aber", "oder", "wieder", "immer", "über", "weder", "hier", "später", "früher",
"lieber", "anders", "eher" before "als" (*but*, *or*, *again*, *when*…).

English copy compares the brand with a group of rivals with "unlike" too: "Unlike some
storage firms, we never …", "unlike the big banks" (see :data:`_UNLIKE_RIVALS`).
"""

from __future__ import annotations

from nextbest.brand_context.models import ClaimCategory

_NOT_COMPARED_NL = (
    "meer", "minder", "eerder", "later", "liever", "ander", "zeker", "weer",
    "meester", "winter", "zomer", "water", "kamer", "nummer", "eer", "per", "over", "onder",
    "achter", "voor",
)  # fmt: skip
_NOT_COMPARED_DE = (
    "aber", "oder", "wieder", "immer", "uber", "weder", "hier", "spater", "fruher", "lieber",
    "eher", "mehr", "weniger", "jeder", "einer", "keiner", "unser", "euer", "sicher",
    "wasser", "sommer", "winter", "nummer", "zimmer",
)  # fmt: skip


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


_DUTCH = (
    r"(?<![a-z0-9])(?!(?:" + _alternatives(_NOT_COMPARED_NL) + r") dan(?![a-z0-9]))"
    r"[a-z]{2,}er dan(?![a-z0-9])"
)
"""A Dutch ``-er`` comparative and "dan": "verder dan", "goedkoper dan", "sneller dan"."""

_GERMAN = (
    r"(?<![a-z0-9])(?!(?:" + _alternatives(_NOT_COMPARED_DE) + r") als(?![a-z0-9]))"
    r"[a-z]{2,}er als(?![a-z0-9])"
)
"""A German ``-er`` comparative and "als": "schneller als", "besser als", "günstiger als"."""

_UNLIKE_RIVALS = (
    r"(?<![a-z0-9])unlike (?:some|many|a lot of|plenty of|the big|the large|big|large|"
    r"traditional|typical|conventional|ordinary|regular) (?:[a-z]+ ){0,2}?[a-z]+s(?![a-z0-9])"
)
"""English "unlike" and a group of rivals: "Unlike some storage firms, we …", "unlike the big
banks" (the lexicon reads "unlike other(s)"). "Unlike most …" is read as a ranking already."""

COMPARATIVE_PATTERNS: dict[ClaimCategory, tuple[str, ...]] = {
    ClaimCategory.COMPARATIVE: (_DUTCH, _GERMAN, _UNLIKE_RIVALS),
}
"""Per governed category, skeleton patterns of comparatives in Dutch and German copy and of
English comparisons with a group of rivals."""
