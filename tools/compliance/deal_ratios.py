"""Multi-buy deals written as a ratio: "2x1", "3x2", "3 for 2".

Much of Europe writes a multi-buy deal as two figures around an ``x`` (Spanish and Catalan
"2x1", Italian "3x2", Portuguese "leve 3 pague 2" in short "3x2"): take the first number of
items, pay for the second. English writes "3 for 2". A subject that promises such a deal
promises that ratio, whatever the figures it is built of, so it is read as one figure
(:func:`deal_ratios`), which the body or the offer must give too. A dimension ("2x4",
"4x4") takes as many or more than it gives and is no deal; nor is a figure glued to a unit
("3x2m").
"""

from __future__ import annotations

import re

_DEAL = re.compile(
    r"(?<![\w.,])(?P<take>[2-9])\s?[x×]\s?(?P<pay>[1-8])(?![\w.,])"
    r"|(?<![\w.,])(?P<take2>[2-9]) for (?P<pay2>[1-8])(?![\w.,])"
)
"""A deal ratio in the folded view: "2x1", "3 x 2", "3 for 2"."""


def deal_ratios(folded: str) -> set[float]:
    """The multi-buy deals a folded text states, each as items taken per item paid.

    Args:
        folded: Text in the folded view (lower case).

    Returns:
        The ratios ("2x1": 2.0, "3x2": 1.5); none when the first figure does not exceed the
        second.
    """
    if "x" not in folded and "×" not in folded and " for " not in folded:
        return set()
    out: set[float] = set()
    for match in _DEAL.finditer(folded):
        take = int(match.group("take") or match.group("take2"))
        pay = int(match.group("pay") or match.group("pay2"))
        if take > pay:
            out.add(take / pay)
    return out
