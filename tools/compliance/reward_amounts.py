"""Money given or received as a reward, and the cap of a reduction: no product's price.

A rule that asks for a line beside a product's price ("a fare carries the estimate line")
reads what the product costs. Referral and bonus copy states other sums:

- money given or received: "Give $15, get $15", "you get $25 when they join", "earn up to $90
  in delivery credits": the figure is what changes hands as a reward, led by a verb of giving or
  receiving and followed by nothing that makes it a price (a clause end, "when", "after",
  "each", "this", …); "get $5 rides" keeps its price, the figure qualifying the noun after it;
- an amount of credit: "$15 in delivery credit", "$100 in bonus cash" is a balance, not a cost;
- the cap of a reduction: "50% off your first order, up to $20" or "save 15%, max $30" limits
  the amount off the clause states; it is not what anything costs.

The words are general words of commerce in English.
"""

from __future__ import annotations

import re

_GIVEN_BEFORE = re.compile(
    r"\b(?:give|gives|giving|gave|get|gets|getting|got|earn|earns|earning|earned|receive|"
    r"receives|receiving|received)(?:\s+(?:up\s+to|an\s+extra|an?|extra|another))?\s*$",
    re.IGNORECASE,
)
_GIVEN_AFTER = re.compile(
    r"(?:[ \t]*(?:$|[,.;:!?)\n]|\b(?:each|every|when|after|once|if|as|this|per\s+(?:friend|"
    r"referral|person)|for\s+(?:each|every)|to\s+spend|towards?|back)\b))",
    re.IGNORECASE,
)
_CREDIT_AFTER = re.compile(
    r"\s+in\s+(?:[a-z-]+\s+){0,2}(?:credits?|bonus(?:es)?|rewards?|cash|points)\b",
    re.IGNORECASE,
)
_CAP_BEFORE = re.compile(
    r"\b(?:up\s+to|max(?:imum)?\.?(?:\s+of)?|capped\s+at|limited\s+to)\s*$", re.IGNORECASE
)
_REDUCTION = re.compile(r"\b(?:off|save|saving|savings|discount|discounted)\b|%", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.;!?\n:]")


def reward_amount(text: str, start: int, end: int) -> bool:
    """Whether the amount at ``text[start:end]`` is a reward, a credit or a reduction's cap.

    Args:
        text: The original text of the field.
        start: Where the amount starts.
        end: Where it ends.

    Returns:
        True when a verb of giving or receiving leads into the amount and a clause end or a
        condition follows it, when "in <…> credit" follows it, or when a cap word ("up to",
        "max") leads into it in a clause that states an amount or share off.
    """
    before = text[max(0, start - 40) : start]
    if _CREDIT_AFTER.match(text, end):
        return True
    if _GIVEN_BEFORE.search(before) and _GIVEN_AFTER.match(text, end):
        return True
    if not _CAP_BEFORE.search(before):
        return False
    clause_start = max((m.end() for m in _CLAUSE_START.finditer(text, 0, start)), default=0)
    return _REDUCTION.search(text, clause_start, start) is not None
