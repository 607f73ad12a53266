"""A percentage that is a deposit, not an amount off ("a 25% deposit is non-refundable").

An offer's terms and a message's conditions often say how much is paid up front: "25 %
deposit on booking", "a deposit of 30%", "acompte de 30 %", "Anzahlung 20 %", "३०% अग्रिम"
(Nepali: thirty per cent in advance). Such a share is no reduction: a subject that promises
"25% off" is not kept by it, and copy that says "25% off" does not restate the offer by it.
:func:`without_deposit_shares` blanks those percentages out of a folded text, keeping its
length, so that the figure readers see only the percentages that may be amounts off.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.folded_alternatives import folded_alternatives

_DEPOSIT_WORDS = folded_alternatives(
    # en, fr, de, nl, es, it, pt
    "deposit", "down payment", "upfront", "up front", "prepayment", "acompte", "arrhes",
    "anzahlung", "aanbetaling", "deposito", "anticipo", "sena", "acconto", "caparra", "sinal",
    # ne, hi: in advance, deposit
    "अग्रिम", "धरौटी",
)  # fmt: skip
"""Words for a share paid up front, folded."""

_PERCENT = r"\d+(?:[.,]\d+)?\s?%"

DEPOSIT_SHARE = re.compile(
    rf"(?P<a>{_PERCENT})\s+(?:(?:non-?refundable|of the (?:price|fare|total))\s+)?"
    rf"(?:{_DEPOSIT_WORDS})(?!\w)"
    rf"|(?<!\w)(?:{_DEPOSIT_WORDS})\s+(?:(?:of|de|von|van|di|do|da|del)\s+)?(?P<b>{_PERCENT})"
)
"""A percentage right before or after a deposit word ("25% deposit", "deposit of 25%")."""


def without_deposit_shares(text: str) -> str:
    """``text`` with each deposit's percentage blanked out (spaces, same length).

    Args:
        text: A folded text.

    Returns:
        The text with "25%" of "25% deposit" as spaces; the text itself when it holds no
        percent sign or no deposit share.
    """
    if "%" not in text:
        return text
    return DEPOSIT_SHARE.sub(_blanked, text)


def _blanked(match: re.Match[str]) -> str:
    """The match with its percentage replaced by as many spaces."""
    group = "a" if match.group("a") is not None else "b"
    start, end = match.span(group)
    whole = match.group()
    offset = match.start()
    return whole[: start - offset] + " " * (end - start) + whole[end - offset :]
