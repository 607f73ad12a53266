"""Vehicle registration numbers written as on a number plate: a person's data without a label.

A vehicle's registration number identifies its owner: "your bike KA05 MN 7310 is due a
service" carries it as plainly as "registration number KA05 MN 7310" does. The label-led reader
of :mod:`~nextbest.tools.compliance.kinds.personal_data` finds only the second, so a number
written without its label is found by its shape. Only a shape that cannot be mistaken for a
model code or a date is read: an Indian registration mark, a state or union territory code
(``MH``, ``KA``, ``DL``…), a district number (Delhi adds a category letter: ``DL 3C``), one to
three series letters and a four-digit number, as written in capitals, with or without spaces or
hyphens (``KA05 MN 7310``, ``KA-01-MX-0420``, ``DL3CAB1234``).
"""

from __future__ import annotations

import re

_STATES = (
    "AN AP AR AS BR CG CH DD DL DN GA GJ HP HR JH JK KA KL LA LD MH ML MN MP MZ NL OD OR PB PY "
    "RJ SK TN TR TS UK UP WB"
)
INDIAN_PLATE = re.compile(
    r"(?<![\w-])(?:" + "|".join(_STATES.split()) + r")[ -]?\d{1,2}[A-Z]?[ -]?[A-Z]{1,3}[ -]?\d{4}"
    r"(?![\w-])"
)
"""An Indian vehicle registration mark (case-sensitive: plates are written in capitals)."""


def plate_spans(text: str) -> list[tuple[int, int]]:
    """Where registration marks stand in ``text``.

    Args:
        text: The original text of a field.

    Returns:
        The ``(start, end)`` span of each mark.
    """
    return [m.span() for m in INDIAN_PLATE.finditer(text)]
