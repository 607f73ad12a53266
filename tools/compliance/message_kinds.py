"""Promotional words that name a kind of message, not an offer.

"Don't want our promo e-mails any more? Unsubscribe here" and the opt-out line of a language
that puts the adjective after the noun (Indonesian "tidak ingin menerima email promo lagi?",
French "pour ne plus recevoir nos e-mails promo") call the messages themselves promotional:
the word sorts the mail, it announces no discount. A brand's footer carries it in every
e-mail, offer or not.

In English word order ("promo e-mails", "promotion texts") the compound is always the kind of
message. After the noun ("e-mail promo") English can also mean a promotion run by e-mail
("this e-mail promo ends Sunday"), so that order is read as the kind of message only as the
object of a verb of receiving, stopping or subscribing ("receive e-mail promo", "stop SMS
promo").

The patterns are regular expressions over the skeleton view (case folded, punctuation as
spaces); their spans join the everyday senses of a field
(:attr:`~nextbest.tools.compliance.kinds.base.FieldText.everyday_senses`): a promotional
mention inside one of them is not a promotion. A field without "promo" is not scanned.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import NormalisedText

_MESSAGES = (
    r"e ?mails?|e ?mailings?|mails?|mailings?|newsletters?|messages?|texts?|text messages?|sms|"
    r"notifications?|push notifications?|push|alerts?|"
    # Indonesian / Malay
    r"surel|pesan|notifikasi|buletin|"
    # French, Spanish, Italian, Portuguese
    r"courriels?|correos?|mensajes?|mensagens?|messaggi|notifiche|notificaciones|notificacoes"
)
"""Nouns naming a message sent to a recipient."""

_RECEIVING = (
    r"receive|receiving|received|get|getting|stop|stopping|unsubscribe(?: from)?|"
    r"opt out (?:of|from)|sign up (?:for|to)|subscribe to|"
    # Indonesian / Malay
    r"menerima|terima|mendapat|mendapatkan|dapat|berhenti(?: dari)?|berlangganan|"
    # French, Spanish, Italian, Portuguese
    r"recevoir|ne plus recevoir|recibir|ricevere|receber"
)
"""Verbs whose object is a kind of message: receiving, stopping or subscribing to it."""

_DETERMINERS = r"(?:(?:our|your|the|any|these|nos|vos|les|des|nuestros|i|nostri|os|nossos) )?"

_MESSAGE_KIND = re.compile(
    # "promo e-mails", "promotion texts": the messages are promotional
    rf"\bpromo(?:tion)? (?:{_MESSAGES})\b"
    # "receive e-mail promo", "menerima email promo", "recevoir nos e-mails promo"
    rf"|\b(?:{_RECEIVING}) {_DETERMINERS}(?:{_MESSAGES}) promo\b"
)
"""A promotional word that sorts messages, not a promotion."""


def message_kind_spans(view: NormalisedText) -> list[tuple[int, int]]:
    """Original spans where a promotional word names a kind of message.

    Args:
        view: A skeleton view of one field.

    Returns:
        ``(start, end)`` spans in the original text ("promo e-mails", "receive SMS promo").
    """
    if "promo" not in view.text:
        return []
    return [view.original_span(*m.span()) for m in _MESSAGE_KIND.finditer(view.text)]
