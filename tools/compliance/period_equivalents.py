"""A periodic price restated per shorter period: the same price, not a lower one.

"The Quarterly Pass is $44.97 every 3 months, which works out to $14.99 a month" states
one price twice: $14.99 a month is the $44.97 quarterly list price spread over its three
months, not a cut below it. A price read here is such an equivalent when:

- it is stated per period ("$14.99 a month", "£10/week", "$5 per day");
- its sentence states another price per longer period ("$44.97 every 3 months", "£520 a
  year", "$240 per 12 months", "£34.99 for 7 days") that is one of the given list prices;
- the longer price divided into the shorter periods gives it, to the cent (a day is a
  365th of a year, or a 30th of a month: "44,99 €/mês, 1,50 € por dia").

Period words are read in English, Portuguese, Spanish, French, Italian, German, Dutch, the
Scandinavian languages and Polish ("por mês", "al mese", "pro Tag", "om måneden"), the
period right after its price. Read on the original text, case-insensitively. A sentence whose
prices do not divide ("$44.97 every 3 months, just $9.99 a month") states a lower price, and is
not read as an equivalent.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.offer_paraphrase import PRICE_TOLERANCE, read_number

_COUNTS = {"two": 2, "three": 3, "four": 4, "six": 6, "twelve": 12}
_UNITS = {
    "day": (
        "day",
        "days",
        "dia",
        "dias",
        "día",
        "días",
        "jour",
        "jours",
        "giorno",
        "giorni",
        "tag",
        "tage",
        "dag",
        "dagen",
        "dzień",
        "dni",
    ),
    "week": (
        "week",
        "weeks",
        "wk",
        "wks",
        "semana",
        "semanas",
        "semaine",
        "semaines",
        "settimana",
        "settimane",
        "woche",
        "wochen",
        "uge",
        "ugen",
        "uger",
        "tydzień",
        "tygodni",
    ),
    "month": (
        "month",
        "months",
        "mo",
        "mos",
        "mês",
        "meses",
        "mes",
        "mois",
        "mese",
        "mesi",
        "monat",
        "monate",
        "maand",
        "maanden",
        "måned",
        "måneden",
        "måneder",
        "månad",
        "månader",
        "miesiąc",
        "miesięcy",
    ),
    "quarter": ("quarter", "quarters", "trimestre", "trimestres", "quartal"),
    "year": (
        "year",
        "years",
        "yr",
        "yrs",
        "ano",
        "anos",
        "año",
        "años",
        "an",
        "ans",
        "anno",
        "anni",
        "jahr",
        "jahre",
        "jaar",
        "år",
        "året",
        "rok",
        "lat",
    ),
}
"""Period words per period, in the languages the engine reads."""
_MONTHS = {"day": 12 / 365, "week": 12 / 52, "month": 1.0, "quarter": 3.0, "year": 12.0}
"""Each period's length in months."""
_UNIT_OF = {word: unit for unit, words in _UNITS.items() for word in words}
_UNIT_WORDS = "|".join(sorted(map(re.escape, _UNIT_OF), key=len, reverse=True))
_PERIODIC = re.compile(
    r"(?:[$£€¥₹]\s?(?P<a>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
    r"|(?P<b>\d+(?:[.,]\d{1,2})?)\s?(?:[€£]|kr\.?|zł|zl)(?!\w))"
    r"\s*(?:/\s*|per\s+|an?\s+|each\s+|every\s+|for\s+|pour\s+|für\s+|por\s+|al\s+|ao\s+|à\s+|par\s+"
    r"|pro\s+|im\s+|il\s+|om\s+|pr\.\s*|na\s+|za\s+)"
    r"(?:(?P<count>\d{1,2}|two|three|four|six|twelve)[\s-])?"
    rf"(?P<unit>{_UNIT_WORDS})(?!\w)",
    re.IGNORECASE,
)
_DAYS_PER_MONTH = 30
"""The month a daily restatement may also divide by ("€44.99 a month, €1.50 a day")."""


def _periodic_prices(sentence: str) -> list[tuple[int, float, float]]:
    """(offset, price, period in months) of each price per period in ``sentence``."""
    found: list[tuple[int, float, float]] = []
    for match in _PERIODIC.finditer(sentence):
        figure = match.group("a") or match.group("b") or ""
        count_word = (match.group("count") or "1").lower()
        count = _COUNTS.get(count_word) or int(count_word)
        unit = _UNIT_OF[match.group("unit").lower()]
        found.append((match.start(), read_number(figure), _MONTHS[unit] * count))
    return found


def period_equivalent(sentence: str, offset: int, list_prices: set[float]) -> bool:
    """Whether the price at ``offset`` restates a list price of its sentence per shorter period.

    Args:
        sentence: The sentence, original text.
        offset: Where the price (its currency sign or first digit) starts in ``sentence``.
        list_prices: The catalogue list prices the longer price may be.

    Returns:
        True for "$14.99" in "$44.97 every 3 months, which works out to $14.99 a month" when
        $44.97 is a list price; False when the price has no period, no longer price of the
        sentence is a list price, or the division does not give it.
    """
    prices = _periodic_prices(sentence)
    own = next(((v, m) for s, v, m in prices if s <= offset <= s + 2), None)
    if own is None:
        return False
    value, months = own
    for _, other, other_months in prices:
        if other_months <= months or not any(abs(other - p) <= 0.01 for p in list_prices):
            continue
        shares = {other_months / months}
        if months == _MONTHS["day"]:
            shares.add(other_months * _DAYS_PER_MONTH)
        if any(abs(other / parts - value) <= PRICE_TOLERANCE for parts in shares):
            return True
    return False
