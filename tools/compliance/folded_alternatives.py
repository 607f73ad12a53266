"""Regular-expression alternatives of words as the folded view of copy writes them.

Word lists of a language or a currency are written as copy writes them ("රුපියල්", "дин",
"lekë"); the checks match the folded view, which drops combining marks, lower-cases and maps
some look-alike letters. Each list is folded once, when its module is imported.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import fold


def folded_alternatives(*words: str) -> str:
    """Alternatives (no group) of words as the folded view writes them, escaped, longest first.

    Args:
        *words: The words as copy writes them.

    Returns:
        ``"a|b|…"``, ready to be put inside a group; the longest form first, so a longer word is
        preferred over its own prefix.
    """
    forms = {fold(word).text for word in words}
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
