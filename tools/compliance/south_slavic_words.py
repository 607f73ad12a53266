"""Bosnian, Croatian and Serbian (Latin script) function words for the language reader.

:mod:`~nextbest.tools.compliance.language_id` reads a language by its function words. Copy in
these three languages shares short words with Czech and Slovak (``je``, ``na``, ``za``,
``od``, ``se``, ``ako``, ``su``), so read without lists of their own it is Slovak or Czech copy
and blocks a rule that allows only them. Each of the three lists the same words: those shared
with the West Slavic languages (their vote is split) and those of the three alone: ``ili``,
``koji``, ``što``, ``kada``, ``gdje``, ``nije``, ``će``, ``već``, ``još``, ``uz``, ``prema``,
``kod``, ``prije``, ``kroz``, ``jer``, ``zbog``, ``svi``, ``ovaj``, ``takođe``, with the
commonest also as SMS copy writes them without diacritics (``vec``, ``jos``, ``moze``). Left
out are the words Slovenian writes the same and uses often (``samo``, ``ima``, ``ali``,
``svoj``), so that copy in Slovenian, which the reader does not list, gains few votes here.

:data:`POOLED` names the three as one family: where none of them is allowed their votes count
together, and where one is allowed the words the three share weigh for every member, so copy
in one is never plainly foreign to a rule that allows another.
"""

from __future__ import annotations

_SHARED = "i je u na za od do se iz bez pri po su ako "
_OWN = (
    "ili koji koja koje kojeg kojem kojim kojima kojoj kojih što šta kada kad gdje gde nije "
    "nisu biti bit će ćete ćemo ću već još uz prema kod nakon prije kroz između jer niti može "
    "možete mogu imaju bio vrlo jako više sada ovdje ovde ovaj ova ovo ove ovog ovim ovom svi "
    "svih svim svaki svaka svako sve svoju svojim vaš vaša vaše vašu vašeg vašim vašoj naš "
    "naša naše našu našeg našim našoj tokom tijekom putem zbog osim umjesto također takođe "
    "dok iako "
    "vec jos cete izmedju takodje moze mozete vise"
)

WORDS: dict[str, str] = {code: _SHARED + _OWN for code in ("bs", "hr", "sr")}
"""Bosnian, Croatian and Serbian function words (case-folded), one list for the three."""

POOLED: tuple[frozenset[str], ...] = (frozenset({"bs", "hr", "sr"}),)
"""The family whose votes count together where none of its languages is allowed."""
