"""Bosnian, Croatian and Serbian (Latin script) function words for the language reader.

:mod:`~nextbest.tools.compliance.language_id` reads a language by its function words. Copy in
these three languages shares short words with Czech and Slovak (``je``, ``na``, ``za``,
``od``, ``se``, ``ako``, ``su``), so read without lists of their own it is Slovak or Czech copy
and blocks a rule that allows only them. Each of the three lists the same words, those of the
three alone: ``ili``,
``koji``, ``što``, ``kada``, ``gdje``, ``nije``, ``će``, ``već``, ``još``, ``uz``, ``prema``,
``kod``, ``prije``, ``kroz``, ``jer``, ``zbog``, ``svi``, ``ovaj``, ``takođe``, with the
commonest also as SMS copy writes them without diacritics (``vec``, ``jos``, ``moze``). Left
out are the words Slovenian writes the same and uses often (``samo``, ``ima``, ``ali``,
``svoj``), so that copy in Slovenian, which the reader does not list, gains few votes here.

The short words the three share with Czech, Slovak and Polish (``je``, ``na``, ``za``, ``od``,
``i``, ``u``; :data:`SHARED`) count for the family as well, without taking anything from the
languages that already have them: split, they would leave Polish copy (which the reader does
not list) too few votes for Czech or Slovak to be seen as foreign under, say, a German rule;
not counted, Bosnian copy dense in them stays plainly Slovak.

:data:`POOLED` names the three as one family: where none of them is allowed their votes count
together. As the reader cannot tell the three apart, a rule allowing one of them allows the
family (:func:`widened`): copy in one is never plainly foreign to a rule that allows another.
"""

from __future__ import annotations

_OWN = (
    "ili koji koja koje kojeg kojem kojim kojima kojoj kojih što šta kada kad gdje gde nije "
    "nisu biti bit će ćete ćemo ću već još uz prema kod nakon prije kroz između jer niti može "
    "možete mogu imaju bio vrlo jako više sada ovdje ovde ovaj ova ovo ove ovog ovim ovom svi "
    "svih svim svaki svaka svako sve svoju svojim vaš vaša vaše vašu vašeg vašim vašoj naš "
    "naša naše našu našeg našim našoj tokom tijekom putem zbog osim umjesto također takođe "
    "dok iako "
    "vec jos cete izmedju takodje moze mozete vise"
)

WORDS: dict[str, str] = {code: _OWN for code in ("bs", "hr", "sr")}
"""Bosnian, Croatian and Serbian function words (case-folded) of their own, one list for the
three."""

SHARED: frozenset[str] = frozenset(
    ["i", "je", "u", "na", "za", "od", "do", "se", "iz", "bez", "pri", "po", "su", "ako"]
)
"""Words the three share with Czech, Slovak or Polish: each also counts for the family, on top
of the other languages' votes, which stay as they were."""

POOLED: tuple[frozenset[str], ...] = (frozenset({"bs", "hr", "sr"}),)
"""The family whose votes count together where none of its languages is allowed."""


def widened(allowed: frozenset[str]) -> frozenset[str]:
    """``allowed`` with the whole family when it names one of the three.

    Args:
        allowed: ISO 639-1 codes a rule allows.

    Returns:
        The codes, with ``bs``, ``hr`` and ``sr`` all in when any one is.
    """
    family = POOLED[0]
    return allowed | family if allowed & family else allowed
