"""Amounts of money in copy that are moved, exchanged or earned, not what something costs.

Money-transfer, banking and payment copy states sums the customer moves: "Send $300 by cash
pickup to Colombia", "transfer €500 to your savings", "they receive $300", "$300 sent, $300
received", and exchange rates: "today 1 USD = 3,950 COP". Those figures are the money itself
(what is sent, received, deposited or withdrawn) or the two sides of a rate; neither is the
price of the service that moves them, so a rule about prices or fees has nothing to read in
them, and the offer-terms check no price to compare with the catalogue.

An amount is moved when a verb of moving money leads into it ("send", "transfer", "wire",
"remit", "deposit", "withdraw", in English and Spanish, with an optional "up to" or "only")
or follows it as a participle ("$300 sent", "$300 received"), or a passive of paying in says
it has reached an account ("your €6.40 payout (principal and interest) has been paid into your
wallet", French "… a été versé", German "… wurde überwiesen"). "Receive" does not lead into a
moved amount: "receive $25 when you refer a friend" is a bonus. It is one side of
an exchange rate when an equals sign joins it to another figure. Money paid to someone for
work is no price either: a salary, wage or income ("median starting salary of $61,500",
"earn $25 an hour", "$52,000 salary") is what a person is paid, not what the advertised
service costs. A percentage is never pay: "earn 4% interest" or "the account earns 3.1%"
states a rate of return, which a rule about rates or percentages reads.
"""

from __future__ import annotations

import re

_MOVE_BEFORE = re.compile(
    r"\b(?:send(?:s|ing)?|sent|transfer(?:s|red|ring)?|wir(?:e|es|ed|ing)|remit(?:s|ted|ting)?|"
    r"deposit(?:s|ed|ing)?|withdraw(?:s|n|ing)?|withdrew|"
    r"env[ií](?:a|as|e|en|ar|o|ó|amos)|transfier(?:e|es|en)|transferir|"
    r"deposit(?:a|ar|as|ó)|retir(?:a|ar|as|ó))"
    r"(?:\s+(?:up\s+to|as\s+little\s+as|only|just|hasta|solo|sólo))?\s*$",
    re.IGNORECASE,
)
_MOVE_AFTER = re.compile(
    r"\s*(?:sent|transferred|wired|remitted|deposited|withdrawn|received|"
    r"enviados?|recibidos?|depositados?)\b",
    re.IGNORECASE,
)
_PAID_IN_AFTER = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s+(?:has|have|was|were|a|ont|wurde|wurden)\s+"
    r"(?:been\s+|été\s+)?(?:paid\s+(?:in|into|out|to)|transferred|deposited|"
    r"versée?s?|virée?s?|transférée?s?|überwiesen|ausgezahlt)(?!\w)",
    re.IGNORECASE,
)
_EARNED_BEFORE = re.compile(
    r"\b(?:salar(?:y|ies)|wages?|income|incomes|earnings|paycheck|stipend|compensation|"
    r"earn(?:s|ed|ing)?)\s+(?:of\s+|at\s+)?(?:about\s+|around\s+|over\s+|nearly\s+|"
    r"up\s+to\s+|at\s+least\s+|an?\s+(?:average|median)\s+of\s+)?$",
    re.IGNORECASE,
)
_EARNED_AFTER = re.compile(
    r"(?:\s*(?:/|a|an|per)\s*(?:year|yr|hour|hr|month|mo))?\s+(?:salary|salaries|wages?|"
    r"income|in\s+(?:salary|wages|earnings|income))\b",
    re.IGNORECASE,
)
_RATE_AFTER = re.compile(r"\s*=\s*[$£€]?\s*\d")
_RATE_BEFORE = re.compile(r"=\s*$")
_PERCENT = re.compile(r"%|\bper\s*cent\b|\bpercent\b", re.IGNORECASE)
_CURRENCY = re.compile(r"[$£€¥₦₹₩₱]")


def _is_percentage(amount: str) -> bool:
    """Whether ``amount`` is a percentage (``12%``, ``4 per cent``), not a sum of money."""
    return bool(_PERCENT.search(amount)) and not _CURRENCY.search(amount)


def moved_amount(text: str, start: int, end: int, *, pay: bool = True) -> bool:
    """Whether the amount at ``text[start:end]`` is money moved or one side of a rate.

    Args:
        text: The original text of the field.
        start: Where the amount starts.
        end: Where it ends.
        pay: Whether pay for work counts (False under a rule whose subject is pay itself:
            "a pay figure in copy carries the earnings disclaimer").

    Returns:
        True when a verb of moving money leads into the amount or its participle follows
        it, when it is pay for work, or when an equals sign joins it to another figure.
    """
    before = text[max(0, start - 30) : start]
    if (
        _MOVE_BEFORE.search(before)
        or _MOVE_AFTER.match(text, end)
        or _PAID_IN_AFTER.match(text, end)
    ):
        return True
    if (
        pay
        and not _is_percentage(text[start:end])
        and (_EARNED_BEFORE.search(before) or _EARNED_AFTER.match(text, end))
    ):
        return True  # "a starting salary of $68,000": pay for work, no price
    return bool(_RATE_AFTER.match(text, end) or _RATE_BEFORE.search(before))
