"""Words for a promo code in languages whose word is not the English "code".

Copy quotes a code after its language's word for it: Haitian Creole "kòd" ("kòd SPRING20"),
Wolof and Estonian "kood", Indonesian and Malay "kode" or "kod", Polish, Czech and Turkish
"kod" / "kód", Finnish "koodi", Swahili "msimbo". The mention patterns read the word the code
follows, so a code the pack does not know ("kòd SPRING25" for an offer whose code is
"SPRING20") is still read as a code, and compared with the offer's. The words are written for
the folded view (:func:`~nextbest.tools.compliance.normalise.fold`: "kòd" and "kód" fold to
``kod``).
"""

from __future__ import annotations

WORDS = r"kod|kode|kood|koodi|msimbo"
"""Alternatives (no group) of the word before a promo code, folded."""
