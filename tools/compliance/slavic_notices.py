"""Subjects in a Slavic language that read as an order, payment or booking notice.

A marketing message whose subject poses as a transactional notice ("Your order has shipped")
disguises itself; :mod:`~nextbest.tools.compliance.kinds.subject_honesty` reads such subjects in
English. This module reads them in Serbian, Croatian and Bosnian (Cyrillic and Latin script),
Russian and Ukrainian: a confirmation of a payment, order or booking ("Потврда ваше поруџбине",
"Potvrda narudžbe", "Подтверждение заказа", "Підтвердження оплати"), or an order, parcel or
payment that has been sent, confirmed, received or delivered ("Ваша поруџбина је послата",
"Ваш заказ отправлен"). Such a subject is honest only when the body or another field speaks of
a payment, order, booking, parcel or delivery too.

The patterns are written once in the original words and turned into the skeleton view, whose
homoglyph mapping writes some Cyrillic letters as their Latin look-alikes.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import skeleton


def _stems(*words: str) -> str:
    """Alternatives of word stems as the skeleton view writes them, escaped, longest first."""
    forms = {skeleton(word).text for word in words}
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


_CONFIRMATION = _stems("потврд", "potvrd", "подтвержд", "підтвердж")
"""A confirmation (Serbian and Croatian "потврда", "potvrda"; Russian "подтверждение";
Ukrainian "підтвердження")."""
_NOTICE_NOUNS = _stems(
    "уплат", "uplat", "плаћањ", "placanj", "поруџбин", "porudzbin", "наруџб", "narudzb",
    "резервациј", "rezervacij", "пошиљк", "posiljk", "испорук", "isporuk", "достав", "dostav",
    "оплат", "платеж", "платіж", "заказ", "замовлен", "бронирован", "бронюван", "посылк",
    "посилк",
)  # fmt: skip
"""Stems of a payment, order, booking, parcel or delivery in those languages."""
_DONE = _stems(
    "послат", "poslat", "потврђен", "potvrdjen", "potvrđen", "примљен", "primljen", "стигл",
    "stigl", "испоручен", "isporucen", "евидентиран", "evidentiran", "отправлен", "подтвержден",
    "получен", "доставлен", "принят", "відправлен", "підтверджен", "отриман", "доставлен",
    "прийнят",
)  # fmt: skip
"""Stems of "sent", "confirmed", "received", "arrived", "delivered", "recorded"."""

NOTICE_SUBJECT = re.compile(
    rf"(?<!\w)(?:{_CONFIRMATION})\w*(?: \w+){{0,2}} (?:{_NOTICE_NOUNS})\w*"
    rf"|(?<!\w)(?:{_NOTICE_NOUNS})\w*(?: \w+){{0,2}} (?:{_DONE})\w*"
)
"""A subject (skeleton view) that reads as a transactional notice in a Slavic language."""
NOTICE_WORD = re.compile(rf"(?<!\w)(?:{_NOTICE_NOUNS})")
"""A word of a body that speaks of a payment, order, booking, parcel or delivery."""


def unbacked_notice(subject: str, others: list[str]) -> str | None:
    """The notice a Slavic subject poses as when no other field speaks of one.

    Args:
        subject: The subject's skeleton view.
        others: The skeleton views of the message's other fields.

    Returns:
        The notice as the subject words it ("пotbpдa baшe пopyџбиhe"), or None when the subject
        reads as no notice or another field speaks of a payment, order, booking or delivery.
    """
    notice = NOTICE_SUBJECT.search(subject)
    if notice is None or any(NOTICE_WORD.search(text) for text in others):
        return None
    return notice.group()
