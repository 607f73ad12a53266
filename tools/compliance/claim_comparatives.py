"""Comparative claims in Dutch, German, Danish and Polish copy: a comparative before *than*.

The built-in lexicon reads English comparatives ("goes further than", "cheaper than"). Dutch
and German form them the same way, with their own word for *than*: "rijdt verder dan een
<rival>", "goedkoper dan de rest", "schneller als andere Räder", "besser als". Danish puts an
``-ere`` comparative (or ``bedre``, ``større``) before "end", often with its noun between
("hurtigere fiber end hos <rival>"); Polish a ``-szy`` / ``-iej`` comparative before "niż"
("tańsze niż w markecie", "szybciej niż kurier"). A brand that writes in those languages is
checked as strictly.

Words that end in ``-er`` without being comparatives, or that compare nothing the brand
claims, are left out: "meer dan" / "mehr als" (*more than*, a count: "meer dan 100 winkels"),
"eerder dan" / "later dan" / "liever dan" / "ander dan" (time, preference, *other than*) and
German "aber", "oder", "wieder", "immer", "über", "weder", "hier", "später", "früher",
"lieber", "anders", "eher" before "als" (*but*, *or*, *again*, *when*…); Danish "mere",
"flere", "færre", "mindre" (counts), "tidligere", "senere", "hellere" (time, preference) and
the English words in ``-ere`` ("there", "where", "were") before "end"; Polish "więcej", "mniej"
(counts), "wcześniej", "później" (time) before "niż".

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


_NOT_COMPARED_DA = (
    "mere", "flere", "faerre", "mindre", "tidligere", "senere", "hellere", "andre",
    "there", "where", "here", "were", "mere", "severe", "sincere", "sphere", "atmosphere",
    "interfere", "adhere", "revere", "persevere", "cashmere", "premiere",
)  # fmt: skip
_IRREGULAR_DA = ("bedre", "storre", "vaerre", "aeldre")
"""Danish comparatives without ``-ere``: *better*, *bigger*, *worse*, *older*."""
_NOT_COMPARED_PL = ("wiecej", "mniej", "wczesniej", "pozniej", "dalej")


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

_DANISH = (
    r"(?<![a-z0-9])(?!(?:" + _alternatives(_NOT_COMPARED_DA) + r") )"
    r"(?:[a-z]{2,}ere|" + _alternatives(_IRREGULAR_DA) + r") (?:[a-z]+ )?end(?![a-z0-9])"
)
"""A Danish comparative and "end", with at most one word between: "hurtigere end", "billigere
fiber end", "bedre end"."""

_POLISH = (
    r"(?<![a-z0-9])(?!(?:" + _alternatives(_NOT_COMPARED_PL) + r") )"
    r"[a-z]{2,}(?:szy|sza|sze|szego|szej|szym|szych|si|iej) (?:[a-z]+ ){0,2}?niz(?![a-z0-9])"
)
"""A Polish comparative and "niż" (folded "niz"): "tańsze niż", "szybciej niż", "świeższe
warzywa niż"."""

_UNLIKE_RIVALS = (
    r"(?<![a-z0-9])unlike (?:some|many|a lot of|plenty of|the big|the large|big|large|"
    r"traditional|typical|conventional|ordinary|regular) (?:[a-z]+ ){0,2}?[a-z]+s(?![a-z0-9])"
)
"""English "unlike" and a group of rivals: "Unlike some storage firms, we …", "unlike the big
banks" (the lexicon reads "unlike other(s)"). "Unlike most …" is read as a ranking already."""

COMPARATIVE_PATTERNS: dict[ClaimCategory, tuple[str, ...]] = {
    ClaimCategory.COMPARATIVE: (_DUTCH, _GERMAN, _DANISH, _POLISH, _UNLIKE_RIVALS),
}
"""Per governed category, skeleton patterns of comparatives in Dutch, German, Danish and Polish
copy and of
English comparisons with a group of rivals."""
