"""Prices in copy that are not what a product costs.

A rule that asks for a line beside a product's price ("a plan price carries the service-call
fee", "the care plan's price says medication is extra") reads what the product costs. Two
figures in currency are something else:

- an amount off: "$30 off your first month", "save $30", "20 € Rabatt", "5 € de remise" is a
  reduction, not the price paid;
- a benefit limit: "covers repairs up to $3,000 per year", "pays up to £500 a claim" is what
  the product pays out, not what it costs: "up to" (``bis zu``, ``jusqu'à``, ``hasta``,
  ``fino a``, ``upp till``) before the figure in a clause with a verb of covering or paying;
  likewise a loan amount ("Borrow up to $35,000", "Låna upp till 250 000 kr"): what is lent,
  not a cost figure of the credit.

The words are general words of commerce in English, German, French, Spanish, Italian,
Portuguese, Dutch and Swedish ("spara 200 kr", "50 kr i rabatt", "täcker upp till 5 000 kr").
"""

from __future__ import annotations

import re

_OFF_AFTER = re.compile(
    r"\s*(?:off|discount|rebate|cash\s?back|(?:bill\s+|account\s+)?credit|rabatt|nachlass"
    r"|de\s+(?:remise|r[ée]duction|descuento|desconto)|di\s+sconto|korting|i\s+rabatt|avdrag)\b",
    re.IGNORECASE,
)
_OFF_BEFORE = re.compile(
    r"\b(?:save|saving|spare|sparen?|spar|spara|sparar|bespaar|bespaart|economize"
    r"|[ée]conomisez|ahorra|ahorre|risparmia)"
    r"(?:\s+(?:up\s+to|an\s+extra|an?|extra|bis\s+zu|jusqu['’]à|hasta|fino\s+a|upp\s+till"
    r"|tot|até))?\s*$",
    re.IGNORECASE,
)
_UP_TO_BEFORE = re.compile(
    r"\b(?:up\s+to|bis\s+zu|jusqu['’]à|hasta|fino\s+a|upp\s+till|tot|até)\s*$", re.IGNORECASE
)
_PAYS_OUT = re.compile(
    r"\b(?:cover(?:s|ed|ing)?|pays?|paid|reimburses?|reimbursed|protects?|insures?"
    r"|übernimmt|erstattet|deckt|couvre|rembourse|cubre|reembolsa|copre|rimborsa"
    r"|täcker|ersätter|betalar\s+ut|vergoedt|dekt|cobre)\b",
    re.IGNORECASE,
)
_LENDS = re.compile(
    r"\b(?:borrow|borrowing|lends?|låna|lånar|empruntez|emprunter|prêt|presta|préstamo"
    r"|prestito|leihen|lenen|lening|empréstimo)\b"
    r"|\w*(?:lån(?:et|en)?|kredit(?:en)?|darlehen|loans?)\b",
    re.IGNORECASE,
)
"""A word of lending: "up to" an amount after it is what is lent ("Borrow up to $35,000")."""
_CLAUSE_START = re.compile(r"[.;!?\n:]")
_PER_PERIOD = re.compile(
    r"\s*(?:/\s*|per\s+|a\s+|an\s+|i\s+|par\s+|al\s+|por\s+|pro\s+|im\s+)"
    r"(?:mo|month|mån|månad|månaden|mois|mes|mês|mese|monat|maand|year|yr|år|week|day)\b",
    re.IGNORECASE,
)
"""A period right after the figure: a recurring cost, not an amount lent."""


def not_a_product_price(text: str, start: int, end: int) -> bool:
    """Whether the price at ``text[start:end]`` is an amount off or a benefit limit.

    Args:
        text: The original text of the field.
        start: Where the price starts.
        end: Where it ends.

    Returns:
        True when a word of reduction follows the price or "save" leads into it, or when "up
        to" leads into it in a clause that says what the product covers or pays, or what is
        lent (not a payment per period).
    """
    before = text[max(0, start - 40) : start]
    if _OFF_AFTER.match(text, end) or _OFF_BEFORE.search(before):
        return True
    if not _UP_TO_BEFORE.search(before):
        return False
    clause_start = max((m.end() for m in _CLAUSE_START.finditer(text, 0, start)), default=0)
    if _PAYS_OUT.search(text, clause_start, start) is not None:
        return True
    if _PER_PERIOD.match(text, end):
        return False  # "loan payments up to $400 a month": a cost per period
    return _LENDS.search(text, clause_start, start) is not None
