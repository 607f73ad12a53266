"""Luxembourgish function words for the language reader.

:mod:`~nextbest.tools.compliance.language_id` reads a language by its function words.
Luxembourgish copy shares many short words with German (``der``, ``an``, ``am``, ``bei``,
``zu``, ``bis``), so read without a list of its own it is German copy and blocks a
Luxembourgish-only rule. The list here has only the words Luxembourgish writes its own way:
``fir``, ``vun``, ``vum``, ``mat``, ``ass``, ``ouni``, ``keng``, ``méi``, ``elo``, ``eis``,
``dës``, ``Dir``'s possessives ``äert``, ``ären``, the pronoun ``iech``, ``awer``, ``wéi``,
``datt``, ``déi``, ``kënnt``, ``gëtt``, ``huet``, ``hunn``, ``nëmmen``, ``iwwer``, ``ënner``,
the ordinal ``éischt``. The formal possessive ``är`` ("your"), which Swedish writes for "is",
is listed too: it splits its vote with Swedish. Left out are the other words another listed
language writes the same and uses often (``och``, ``op``, ``dat``, ``wat`` of Swedish and
Dutch; ``un`` and ``d'`` of French; ``mir`` and ``dir`` of German), so that no other
language's reading changes.
"""

from __future__ import annotations

WORDS: dict[str, str] = {
    "lb": "är éischt éischte éischten fir vun vum vir virun mat ass sidd ouni keng kee keen "
    "méi elo hei äert ären ärer äre "
    "iech hir hien awer wéi datt déi deen där dës dësen dëser dësem dëst eis eisen eiser eist "
    "eise kënnt kënnen gëtt ginn gi huet hutt hunn hues nëmmen schonn ëmmer ënner iwwer "
    "tëscht géint bannent wou firwat eppes näischt zanter duerch net",
}
"""Luxembourgish function words (case-folded), all but ``är`` shared with no other listed
language."""
