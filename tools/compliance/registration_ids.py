"""Numbers labelled as the brand's company, tax or licence registration: not personal data.

A marketing e-mail's footer must often carry the sender's registration: the French trade
register (``RCS Nantes 823 456 789``, ``SIRET``, ``SIREN``), a VAT id (``N° TVA FR40…``,
``VAT No. GB…``), a company number (``Registered in England No. 01234567``, ``Company No.``,
``Reg. No.``, ``HRB``, ``KvK``, ``ABN``, ``EIN``) or a licence (``Lic. #``, ``License No.``,
``NMLS #``, ``DRE #``, ``CSLB #``), in the languages the engine reads: a Portuguese or
Brazilian company number (``NIPC 516 204 337``, ``CNPJ``), a VAT number (``IVA n.º``,
``BTW-nummer``, ``MwSt-Nr.``, ``P.IVA``, ``Partita IVA``), a register entry (``Handelsregister``,
``org.nr``, ``CVR``, ``UID``). Such a number looks like a phone or card number, but its label
says whose it is: the company's, not a person's — unless the words before the label make it the
reader's (``your licence number``, ``driver's license``, ``o seu NIF``, ``Ihre USt-IdNr.``).

A number in the footer line that carries the brand's legal name or postal address is the
sender's identity too (``Acme Ltd, 1 Main St, Leeds. 01234567``): :func:`identity_line_spans`.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import plain

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
    # Portuguese, Brazilian, Dutch, German, Italian, Nordic, Swiss registrations and VAT ids
    r"|nipc|cnpj|btw(?:-?(?:nummer|nr\.?|id))?|mwst(?:-?nr\.?)?|umsatzsteuer-?id(?:nr\.?)?"
    r"|p\.\s?iva|partita\s+iva|iva(?=\s*(?:n\.?\s?º|nº|no\b\.?|nr\b\.?|#|:))"
    r"|handelsregister(?:nummer)?|org\.?\s?nr\.?|organisa(?:tions|sjons)nummer"
    r"|cvr(?:-?nr\.?)?|uid(?:-?nr\.?)?(?=\s*(?:n\.?\s?º|nº|no\b\.?|nr\b\.?|#|:|[A-Z]))"
    r")"
)
_NUMBER_WORD = r"(?:no\b\.?|n\.?\s?º|n°|nr\b\.?|number|num\.?|#|id\b|:)"
_REGISTRATION = re.compile(
    rf"(?<!\w)(?:n°\s*|no\.?\s+)?(?P<label>{_LABEL})(?:\s*{_NUMBER_WORD}){{0,2}}\s*"
    r"(?-i:[A-Z]{1,4}[ -]?)?\d(?:[ .\-/]?[\dA-Z])*",
    re.IGNORECASE,
)
"""A registration label, then its number (an optional country or register prefix, digits)."""
_A_PERSONS = re.compile(
    r"(?:\byour|\bmy|\bdriver'?s|\bdriving|\bthe recipient'?s"
    # the reader's or one's own in Portuguese, Spanish, French, German, Dutch, Italian, Nordic
    r"|\b(?:seu|sua|teu|tua|vosso|vossa|meu|minha|su|tu|mi|vuestro|vuestra|votre|vos|ton|ta|mon"
    r"|ma|ihre?|ihrer|dein|deine|mein|meine|uw|je|jouw|mijn|suo|tuo|vostro|vostra|mio|mia"
    r"|din|ditt|dit|min|mitt))\s*$",
    re.IGNORECASE,
)
"""Words before a label that make it a person's (``your licence number``, ``driver's license``,
``o seu NIF``, ``Ihre USt-IdNr.``)."""
PERSONS_REACH = 20
"""Characters before a label searched for :data:`_A_PERSONS`."""


def registration_spans(text: str, personal: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Where numbers labelled as a company, tax or licence registration stand in ``text``.

    A label the pack names as a person's (``personal``: a Portuguese pack's ``NIF``, the
    citizen's tax number) is no company registration there, wherever else it may be one.

    Args:
        text: The original text of one field.
        personal: Skeletons (:func:`~nextbest.tools.compliance.normalise.plain`) of the labels
            the pack names as personal data.

    Returns:
        ``(start, end)`` of each label and its number.
    """
    return [
        m.span()
        for m in _REGISTRATION.finditer(text)
        if not _A_PERSONS.search(text[max(0, m.start() - PERSONS_REACH) : m.start()])
        and plain(m.group("label")) not in personal
    ]


_LINE = re.compile(r"[^\n]+")


def identity_line_spans(text: str, skeleton_hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of ``text`` that carry the brand's legal name or postal address.

    A footer line naming the advertiser ("Acme Ltd, 1 Main St, Leeds LS1 4AP. 01234567") is
    the sender's identity: a number in it is the company's (its registration, its switchboard),
    not a recipient's.

    Args:
        text: The original text of one field.
        skeleton_hits: Original ``(start, end)`` spans where the legal name or the postal
            address was found in the field.

    Returns:
        ``(start, end)`` of each line holding one of them.
    """
    if not skeleton_hits:
        return []
    return [
        m.span()
        for m in _LINE.finditer(text)
        if any(m.start() <= s < m.end() for s, _ in skeleton_hits)
    ]
