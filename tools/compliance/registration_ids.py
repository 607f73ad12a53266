"""Numbers labelled as the brand's company, tax or licence registration: not personal data.

A marketing e-mail's footer must often carry the sender's registration: the French trade
register (``RCS Nantes 823 456 789``, ``SIRET``, ``SIREN``), a VAT id (``N° TVA FR40…``,
``VAT No. GB…``), a company number (``Registered in England No. 01234567``, ``Company No.``,
``Reg. No.``, ``HRB``, ``KvK``, ``ABN``, ``EIN``) or a licence (``Lic. #``, ``License No.``,
``NMLS #``, ``DRE #``, ``CSLB #``). Such a number looks like a phone or card number, but its
label says whose it is: the company's, not a person's — unless the words before the label
make it the reader's (``your licence number``, ``driver's license``).
"""

from __future__ import annotations

import re

_LABEL = (
    r"(?:"
    r"rcs(?:\s+[^\W\d_][\w'-]*){0,3}"
    r"|sire[nt]|tva(?:\s+intra-?communautaire)?|vat(?:\s+reg(?:istration)?\.?)?"
    r"|(?:company|firm|business|trade)\s+(?:registration\s+|reference\s+)?(?:no\b\.?|number|#|id)"
    r"|registered\s+in(?:\s+[^\W\d_]+){1,4}?(?=\s*(?:no\b\.?|number|n°|#|:|\d))"
    r"|registration|reg\.?(?=\s*(?:no\b\.?|number|#|:))"
    r"|licen[cs]e|lic\.?(?=\s*(?:no\b\.?|#|:))|permit(?=\s*(?:no\b\.?|number|#|:))"
    r"|nmls(?:\s+id)?|(?:ca\s+)?(?:dre|cslb|bre)|ein|abn|acn|ust-?id(?:nr)?\.?|hr[ab]|kvk"
    r"|fca(?:\s+firm)?(?:\s+reference)?|frn|cif|nif"
    r")"
)
_NUMBER_WORD = r"(?:no\b\.?|nº|n°|number|num\.?|#|id\b|:)"
_REGISTRATION = re.compile(
    rf"(?<!\w)(?:n°\s*|no\.?\s+)?{_LABEL}(?:\s*{_NUMBER_WORD}){{0,2}}\s*"
    r"(?-i:[A-Z]{1,4}[ -]?)?\d(?:[ .\-/]?[\dA-Z])*",
    re.IGNORECASE,
)
"""A registration label, then its number (an optional country or register prefix, digits)."""
_A_PERSONS = re.compile(
    r"(?:\byour|\bmy|\bdriver'?s|\bdriving|\bthe recipient'?s)\s*$", re.IGNORECASE
)
"""Words before a label that make it a person's (``your licence number``, ``driver's license``)."""
PERSONS_REACH = 20
"""Characters before a label searched for :data:`_A_PERSONS`."""


def registration_spans(text: str) -> list[tuple[int, int]]:
    """Where numbers labelled as a company, tax or licence registration stand in ``text``.

    Args:
        text: The original text of one field.

    Returns:
        ``(start, end)`` of each label and its number.
    """
    return [
        m.span()
        for m in _REGISTRATION.finditer(text)
        if not _A_PERSONS.search(text[max(0, m.start() - PERSONS_REACH) : m.start()])
    ]
