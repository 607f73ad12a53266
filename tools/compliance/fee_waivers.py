"""A fee waived for a limited time: a promotion, like a price cut.

"No booking fees this week", "zero fees until Sunday", "sin comisiones este fin de semana":
a fee the customer normally pays is waived for a while, or the brand pays the customer's
share ("in January we cover your copay", "im Januar übernehmen wir Ihren Eigenanteil"), or
the sales tax is taken off ("this weekend, prices without VAT", "precios sin IVA"). That
is a price promotion (the fee is cut to nothing) and needs an approved offer like any other.
Said without a time limit, the same words state how the product is priced ("Pause online
anytime: no forms, no fees", "No fee unless we win", "refundable within 14 days with no
fee"): a standing fact, not a promotion, and whether the fact is true is for the brand's own
rules (a banned "fee-free", a claim rule).

:data:`FEE_WAIVER` finds the words on the folded view (lower case, accents removed);
:func:`time_limited` tells whether a sentence limits them in time.
"""

from __future__ import annotations

import re

FEE_WAIVER = (
    r"\b(?:no|zero|0)\s+(?:[a-z]+\s+)?fees?\b|\bfee[- ]free\b"
    r"|\bsin\s+(?:comisiones|comision|cargos|tarifas?)\b|\bsans\s+frais\b"
    r"|\bkeine\s+(?:[a-z]+)?gebuhren\b|\bgebuhrenfrei\b"
    # the brand paying the customer's share: "we'll cover your copay", "übernehmen wir Ihre
    # Zuzahlung", "wir zahlen Ihre Versandkosten"
    r"|\bwe(?:'ll|\s+will)?\s+(?:pay|cover|waive)\s+(?:your|the)\s+(?:[a-z-]+\s+)?"
    r"(?:fees?|co-?pays?|co-?payments?|deductibles?)\b"
    r"|\b(?:(?:ubernehmen|erlassen|zahlen|erstatten)\s+wir|wir\s+(?:ubernehmen|erlassen|zahlen|"
    r"erstatten))\s+(?:ihnen\s+)?(?:ihre?n?|die|den)\s+(?:[a-z]+\s+)?"
    r"(?:zuzahlung(?:en)?|[a-z]*gebuhr(?:en)?|versandkosten|eigenanteil)\b"
    # the sales tax taken off the price: "precios sin IVA", "sans TVA", "ohne MwSt", "VAT-free"
    r"|\b(?:sin\s+iva|sans\s+(?:la\s+)?tva|ohne\s+(?:mwst|mehrwertsteuer)|senza\s+iva|"
    r"without\s+(?:the\s+)?vat|no\s+vat|vat[- ]free)\b"
)
"""Words that waive a fee (folded view)."""

_TIME_LIMIT = re.compile(
    r"\b(?:this\s+(?:week(?:end)?|month|season|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    r"today|tonight|tomorrow|until|till|through|thru|ends?|ending|limited[- ]time|"
    r"for\s+a\s+limited\s+time|for\s+\d+\s+days|(?:week(?:end)?|day)\s+only|"
    r"esta\s+semana|este\s+fin\s+de\s+semana|hoy|hasta|cette\s+semaine|jusqu|"
    r"diese\s+woche|heute|bis\s+(?:zum|sonntag|montag|ende)|"
    r"(?:in|im|en)\s+(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|januar|februar|m(?:ä|a)rz|mai|juni|juli|oktober|dezember|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    r"diciembre))\b",
    re.IGNORECASE,
)


def time_limited(sentence: str) -> bool:
    """Whether a sentence limits what it says to a time ("this week", "until", "today").

    Args:
        sentence: The sentence of a fee waiver.

    Returns:
        True when a word of limited time occurs in it.
    """
    return _TIME_LIMIT.search(sentence) is not None
