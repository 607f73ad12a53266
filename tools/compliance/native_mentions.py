"""Promotional words of languages the offer rule's mention patterns do not read.

The mention patterns (:mod:`~nextbest.tools.compliance.kinds.offer_mentions`) want a word
boundary and list the "free" words of a few languages. Chinese runs its words together
(「免費試堂」, :mod:`~nextbest.tools.compliance.chinese_promotions`), and Basque "free"
(``doan``, ``doako``, :mod:`~nextbest.tools.compliance.basque_free_words`) is a word only
Basque copy reads so. Urdu "free" (``مفت``, :mod:`~nextbest.tools.compliance.urdu_promotions`)
is a word of a script those patterns do not read, as are Tamil, Sinhala, Hindi and Punjabi
"free" (``இலவசம்``, ``නොමිලේ``, ``मुफ़्त``, ``ਮੁਫ਼ਤ``,
:mod:`~nextbest.tools.compliance.indic_free_words`). All are
found here, as offer mention kinds.
"""

from __future__ import annotations

from nextbest.tools.compliance.basque_free_words import free_words
from nextbest.tools.compliance.chinese_promotions import chinese_promotions
from nextbest.tools.compliance.indic_free_words import free_words as indic_free_words
from nextbest.tools.compliance.urdu_promotions import free_words as urdu_free_words


def native_mentions(folded: str, basque: bool) -> list[tuple[str, int, int]]:
    """The promotional words of a folded text that the mention patterns leave unread.

    Args:
        folded: A field's folded text.
        basque: Whether the copy is Basque (its "free" words are read only then).

    Returns:
        ``(kind, start, end)`` in the folded text, ``free`` or ``half``, in order.
    """
    found = chinese_promotions(folded)
    found += [("free", start, end) for start, end in urdu_free_words(folded)]
    found += [("free", start, end) for start, end in indic_free_words(folded)]
    if basque:
        found += [("free", start, end) for start, end in free_words(folded)]
    return sorted(found, key=lambda f: f[1])
