"""Galician function words for the language reader, and its pooling with Portuguese.

:mod:`~nextbest.tools.compliance.language_id` reads a language by its function words. Galician
copy shares its articles and their contractions with Portuguese (``o``, ``os``, ``a``, ``as``,
``do``, ``da``, ``na``, ``ao``, ``e``, ``é``, ``ou``), so read without a list of its own it is
Portuguese copy and blocks a Galician-only rule. The list here has those shared words (their vote
is split with Portuguese) and the words only Galician has: ``unha``, ``ata``, ``polo``,
``pola``, ``coa``, ``ás``, ``dun``, ``nunha``, ``xa``, ``tamén``, ``moi``, ``máis``, ``súa``,
``noso``, ``vostede``, ``dende``, ``cando``, ``nin``, ``lle``. Left out are the words Galician
shares with Spanish (``de``, ``que``, ``para``, ``por``, ``con``, ``este``, ``nos``), so that
Spanish copy under a Galician rule stays plainly Spanish; those it shares with another listed
language only (``non``, ``hai``, ``sen``), so that no other language's reading changes; and
those an unlisted language writes the same and uses often (``á``, an Icelandic preposition;
``nun``, a German adverb).

:data:`POOLED` names the two as one family. A word the family shares with other languages
gives the family one share, split between its members, so every other language's share is what
it was before Galician was listed; and where neither of the two is allowed, the family's votes
count together (under the one that leads), so Portuguese copy is as plainly foreign to, say, an
English rule as it always was. Where one of the two is allowed, each counts on its own: the
words they share weigh for both, and only each one's own words tell them apart.
"""

from __future__ import annotations

WORDS: dict[str, str] = {
    "gl": "o os a as do da dos das no na nas ao aos e é ou onde seu seus isto foi ser mais "
    "unha unhas ata polo pola polos polas coa coas ás dun dunha duns dunhas nunha "
    "nunhas deste desta destes destas neste nesta nestes nestas xa tamén moi máis súa súas "
    "túa túas noso nosa nosos nosas voso vosa vosos vosas vostede vostedes teñen dende cando "
    "nin lle lles xunto aínda",
}
"""Galician function words (case-folded): those shared with Portuguese and those of Galician
alone."""

POOLED: tuple[frozenset[str], ...] = (frozenset({"pt", "gl"}),)
"""Families of languages whose votes count together where none of the family is allowed."""
