"""A unit rate that contradicts its own sentence's total and count.

"20 hours with the same tutor: the <pack> is $1,100, just $60 per hour" states three figures
that must agree: 20 hours at $60 an hour is $1,200, not $1,100. A mandated per-unit price
("$45 per hour") discloses the rate only when it is the rate of what the sentence sells; a
rate the sentence's own count and total contradict is a wrong rate, whatever wording it
copies. Read on the original text: a rate is a price followed by ``per <unit>``, ``/<unit>``
or ``a(n) <unit>``; a count is a number followed by that unit in the plural or singular
(``20 hours``, ``8-hour``); a total is any other price in the sentence. When the sentence
states an annual interest rate ("$14,000 financed at 7.9% APR for 48 months is $341/month")
the rate is a loan's payment: the count of payments at that rate repays the total with
interest (an annuity, to the whole currency unit), not the total divided by the count.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.offer_paraphrase import PRICE_TOLERANCE, read_number

_MONEY = r"[$£€¥₹]\s?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)"
_RATE = re.compile(_MONEY + r"\s?(?:per\s+|/\s?|an?\s+)([a-z]{3,12})\b", re.IGNORECASE)
_PRICE = re.compile(_MONEY)
_APR = re.compile(
    r"(\d{1,2}(?:\.\d{1,3})?)\s?%\s?(?:apr|a\.p\.r\.|annual percentage rate|interest|"
    r"fixed apr|variable apr)\b",
    re.IGNORECASE,
)
_PERIODS_A_YEAR = {"month": 12, "mo": 12, "week": 52, "year": 1, "yr": 1, "day": 365}
_PAYMENT_TOLERANCE = 0.51
"""Currency units a loan payment may differ by (payments are often rounded to the unit)."""


def _loan_payment(total: float, count: float, annual_rate: float, per_year: int) -> float:
    """The level payment that repays ``total`` in ``count`` payments at ``annual_rate`` %."""
    rate = annual_rate / 100 / per_year
    if rate <= 0:
        return total / count
    return float(total * rate / (1 - (1 + rate) ** -count))


def _repays_with_interest(
    sentence: str, value: float, unit: str, counts: list[float], totals: list[float]
) -> bool:
    """Whether ``value`` per ``unit`` is a loan payment repaying a total at a stated APR."""
    per_year = _PERIODS_A_YEAR.get(unit)
    if per_year is None:
        return False
    rates = [read_number(m.group(1)) for m in _APR.finditer(sentence)]
    return any(
        abs(_loan_payment(t, n, r, per_year) - value) <= _PAYMENT_TOLERANCE
        for r in rates
        for n in counts
        for t in totals
        if n >= 1
    )


def _singular(unit: str) -> str:
    """A unit word without its plural ``-s``."""
    unit = unit.lower()
    return unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit


def contradicted_rate(sentence: str, start: int, end: int) -> bool:
    """Whether the rate at ``sentence[start:end]`` disagrees with the sentence's count and total.

    Args:
        sentence: A sentence of copy (original text).
        start: Where the rate's wording starts in it.
        end: Where it ends.

    Returns:
        True when the wording holds a rate ("$60 per hour"), the sentence counts that unit
        ("20 hours") and states other prices, and no count times the rate is one of them.
    """
    rates = [m for m in _RATE.finditer(sentence) if start <= m.start() < end]
    if not rates:
        return False
    for rate in rates:
        value = read_number(rate.group(1))
        unit = _singular(rate.group(2))
        counts = [
            read_number(m.group(1))
            for m in re.finditer(
                r"(?<![\d.,$£€])(\d+(?:\.\d+)?)[\s-]+" + re.escape(unit) + r"s?\b",
                sentence,
                re.IGNORECASE,
            )
        ]
        totals = [
            read_number(m.group(1))
            for m in _PRICE.finditer(sentence)
            if not rate.start() <= m.start() < rate.end()
        ]
        totals = [t for t in totals if abs(t - value) > PRICE_TOLERANCE]
        if not counts or not totals:
            continue
        if any(abs(n * value - t) <= PRICE_TOLERANCE * n for n in counts for t in totals):
            continue
        if not _repays_with_interest(sentence, value, unit, counts, totals):
            return True
    return False
