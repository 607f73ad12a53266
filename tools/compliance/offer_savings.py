"""A share saved on the reader's running costs is no discount of the brand's.

"Fit our smart shower head and save 35% on your water bills" promises what the product does
to the reader's bills (an efficacy claim, :mod:`~nextbest.tools.compliance.claim_savings`),
not a reduction of any price the brand charges: no offer gives it, so it is no offer mention.
"Save 20% on AC tune-ups" still is one.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.claim_savings import SAVINGS_PATTERN
from nextbest.tools.compliance.kinds.base import FieldText

_SAVING = re.compile(SAVINGS_PATTERN)


def running_cost_saving(text: FieldText, start: int, end: int) -> bool:
    """Whether the words at ``text.original[start:end]`` save a share of a running cost.

    Args:
        text: The field.
        start: Where the mention starts in the original text.
        end: Where it ends.

    Returns:
        True when a running-cost saving ("save 35% on your water bills") holds the words.
    """
    for match in _SAVING.finditer(text.skel.text):
        m_start, m_end = text.skel.original_span(*match.span())
        if m_start <= start and end <= m_end:
            return True
    return False
