"""Mobile numbers written as one unbroken run of figures ("07911234567", "9123456780").

Copy often writes a mobile number with no spaces at all: the national form with its trunk
``0`` and nine or ten more figures (``0`` then ``7``, ``8`` or ``9`` in much of Africa, Europe
and Asia), or the ten figures of a mobile number that starts with ``6`` to ``9`` without a
trunk ``0`` (as South Asian numbers are written). A run of another length, or one that starts
otherwise (a registration, tax, tracking or customer number: ``KRS 0000123456``, a twelve-figure
waybill), is left to the other tests of the personal-data rule. Only ASCII figures are read: a
postcode in Persian or Devanagari figures is no phone number.
"""

from __future__ import annotations

import re

BARE_MOBILE = re.compile(r"(?<![\w+.,/#№-])(?:0[1-9][0-9]{8,9}|[6-9][0-9]{9})(?![\w/-]|[.,]?[0-9])")
"""An unbroken national mobile number: a trunk ``0`` and nine or ten figures, or ten figures
from ``6`` to ``9`` first; not a part of a longer number, a code or a decimal."""
_TEN_FIGURES = re.compile(r"[0-9]{10}")
"""The cheap test before :data:`BARE_MOBILE`: ten figures in a row somewhere."""


def bare_mobile_spans(text: str) -> list[tuple[int, int]]:
    """Where an unbroken mobile number stands in ``text``.

    Args:
        text: The field's original text.

    Returns:
        The ``(start, end)`` of each number, in order.
    """
    if _TEN_FIGURES.search(text) is None:
        return []
    return [m.span() for m in BARE_MOBILE.finditer(text)]
