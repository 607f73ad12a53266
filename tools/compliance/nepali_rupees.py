"""The Nepali rupee's short form written without its full stop ("रु 4,500", "रू 900").

Nepali copy writes the rupee's short form before the figure with or without a full stop:
"रु. 4,500", "रु 4,500" and "रू 900" are all prices. The folded view
(:func:`~nextbest.tools.compliance.normalise.fold`) drops the vowel sign, so that "रु" is read
as ``र``, the same letter as the common Nepali word "र" (and): "र 2 दिन" (and two days) is no
price. The currency readers (:mod:`~nextbest.tools.compliance.rupee_scripts`) therefore read
the short form only with its full stop (``र.``). Where the copy as written has the vowel sign,
the folded view puts the full stop in (``र. 4,500``), taking the vowel sign's offset, so that
every reader sees the short form; the bare letter is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nextbest.tools.compliance.offset_splices import Splice, Spliced, splice

SHORT_FORMS: tuple[str, ...] = ("रु", "रू")
"""The short form as written, with either u vowel sign (cheap literal test on the original)."""

_VOWEL_SIGNS = frozenset("\u0941\u0942")
"""The Devanagari vowel signs u and uu, which the folded view drops."""

_BARE_SHORT_FORM = re.compile(r"(?<!\w)र(?=\s?\d)")
"""The folded short form with no full stop, right before a figure (a space may stand between)."""


def mark_rupee_short_forms(original: str, text: str, offsets: Sequence[int]) -> Spliced | None:
    """``text`` with a full stop after each rupee short form written without one.

    Args:
        original: The text as written.
        text: Its folded view (one offset per character into ``original``).
        offsets: The original index of each character of ``text``.

    Returns:
        The text with ``र 4,500`` as ``र. 4,500`` where the original wrote "रु" or "रू" (the
        full stop takes the offset of the vowel sign), and its offsets; None when ``text``
        holds no such short form.
    """
    if not any(form in original for form in SHORT_FORMS):
        return None
    splices = [
        Splice(match.start(), match.end(), "र.", [index, index + 1])
        for match in _BARE_SHORT_FORM.finditer(text)
        if (index := offsets[match.start()]) + 1 < len(original)
        and original[index + 1] in _VOWEL_SIGNS
    ]
    return splice(text, offsets, splices)
