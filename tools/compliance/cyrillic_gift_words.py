"""Gifts and free things promised in copy written in Cyrillic script.

The subject rule reads its promise words ("free", "gift", "cadeau", "regalo") in Latin script
only, so a subject promising a gift in Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Kyrgyz,
Kazakh, Uzbek, Tajik or Mongolian above a body that gives none went through. The words are read
by their stems, which take the case and possessive endings of each language (Russian "в
подарок", "бесплатно"; Belarusian "падарунак", "бясплатна"; Kyrgyz "белек", "белеги", "бекер",
"акысыз", "тегин"; Kazakh "тегін"; Uzbek "совға", "бепул"; Tajik "тӯҳфа", "тӯҳфаи", "ройгон",
"бепул"; Mongolian "бэлэг", "үнэгүй"). A subject's gift is kept by any of these words in the
body or in the offer's own wording: a free thing is a gift given.

Not read: the Kyrgyz and Kazakh "сыйлык" / "сыйлық", which is as often an award won as a gift
given, nor the Serbian "поклон", the Russian word for a bow. The Belarusian gift is read from
"падарун", not "падар", which also begins "падарожжа", a journey.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nextbest.tools.compliance.folded_alternatives import folded_alternatives
from nextbest.tools.compliance.normalise import fold

_STEMS = folded_alternatives(
    "подар",  # Russian, Ukrainian, Bulgarian: подарок, подарунок, подарък
    "бесплатн",  # Russian, Serbian, Macedonian: бесплатно, бесплатный
    "безплатн",  # Bulgarian
    "безкоштовн",  # Ukrainian
    "падарун",  # Belarusian gift: падарунак, падарунка, падарункі
    "бясплатн",  # Belarusian free
    "белек",  # Kyrgyz gift
    "белег",  # Kyrgyz gift, possessive (белеги)
    "бекер",  # Kyrgyz free
    "акысыз",  # Kyrgyz free of charge
    "тегін",  # Kazakh free
    "тегин",  # Kyrgyz free
    "совға",  # Uzbek gift
    "бепул",  # Uzbek and Tajik free
    "тӯҳфа",  # Tajik gift, also with its izafat (тӯҳфаи)
    "туҳфа",  # Tajik gift, written without the macron
    "ройгон",  # Tajik free
    "бэлэг",  # Mongolian gift
    "үнэгүй",  # Mongolian free
)
GIFT = re.compile(rf"(?<!\w)(?:{_STEMS})\w*")
"""A gift or free word in the folded view, with any ending."""
_GIFT_STEMS = folded_alternatives(
    "подар", "падарун", "белек", "белег", "совға", "тӯҳфа", "туҳфа", "бэлэг"
)
"""The stems of the nouns for a gift (no "free" word: a standing free service is no offer)."""
_AS_A_GIFT = folded_alternatives("в подарок", "у подарунок")
GIVEN = (
    rf"(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:\w+\s)?(?:{_GIFT_STEMS})\w*"
    rf"|(?<!\w)(?:{_AS_A_GIFT})(?!\w)"
)
"""An amount given as a gift (folded view, no group): a quantity, perhaps its unit, and a
gift noun ("3 ГБ белек", "200 бонусов подарок"), or Russian and Ukrainian "as a gift" ("в
подарок", "у подарунок"): a promotion, as "in regalo" is in Italian."""
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
"""A Cyrillic letter: only text written in that script is read here."""


def gift_words(text: str) -> list[str]:
    """The Cyrillic gift and free words of ``text``, as the folded view writes them.

    Args:
        text: Copy as written.

    Returns:
        The words found, in order; empty for text without a Cyrillic letter.
    """
    if _CYRILLIC.search(text) is None:
        return []
    return [m.group() for m in GIFT.finditer(fold(text).text)]


def unbacked_gifts(subject: str, backing: Iterable[str]) -> list[str]:
    """The subject's Cyrillic gift words when neither the body nor the offer gives a gift.

    Args:
        subject: The subject (or push title) as written.
        backing: The body's fields and the offer's wording, as written.

    Returns:
        The subject's gift words, or an empty list when it promises none or one is given.
    """
    promised = gift_words(subject)
    if not promised or any(gift_words(text) for text in backing):
        return []
    return promised
