"""Words for "all" / "the whole" in languages other than English, in their plain form.

A claim said of some products only may not be said of a whole kind of thing: "all our loaves
are baked each morning" for a claim of one loaf widens the claim to every loaf. The English
quantifiers are :data:`~nextbest.tools.compliance.kinds.claim_wording.UNIVERSALS`; these are
the same words in Bulgarian ("целият", "цялата", "всички": all, the whole of) and Sinhala
("සියලුම", "සියලු": all), written as :func:`~nextbest.tools.compliance.normalise.plain` writes
them, so that copy and list compare. Words for "every" / "each" are left out: they also count
repeated times ("every morning") and are often part of a claim's own wording.

The Sinhala "all" also strengthens an approved claim it is slipped into, as English "all" does
(:data:`~nextbest.tools.compliance.lexicon.STRENGTHENERS`): "all our branches are certified"
for a claim of one branch.
"""

from __future__ import annotations

from nextbest.tools.compliance.normalise import plain

SINHALA_ALL: frozenset[str] = frozenset(plain(word) for word in ("සියලුම", "සියලු", "සියල්ලම"))
"""Plain forms of Sinhala "all" (before a noun, with and without the emphatic -ම; all of it)."""

WHOLE_QUANTIFIERS: frozenset[str] = SINHALA_ALL | frozenset(
    plain(word)
    for word in (
        # bg: the whole / all of (masculine full and short article, feminine, neuter, plural)
        "целият", "целия", "цялата", "цялото", "целите", "всички", "всичките",
    )
)  # fmt: skip
"""Plain forms of "all" / "the whole" before a noun, in Bulgarian and Sinhala."""
