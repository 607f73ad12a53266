"""A subject that opens the offer to everyone when the pack keeps some recipients out of it.

"A £20 bonus for every customer" above an offer the pack reserves to new customers, or keeps
from recipients of some flag, widens who the offer is for. The pack says the offer is not for
everyone when it names flags a recipient must carry (``required_flags``) or an ``audience`` rule
scoped to the offer blocks some recipients (``blocked_flags``). The subject says everyone with
"for everyone", "every customer", "all (our) customers" in the languages the engine reads:
Estonian "kõigile (klientidele)", Finnish "kaikille (asiakkaille)", German "für alle (Kunden)",
French "pour tous (les clients)", Spanish "para todos (los clientes)", Swedish "för alla
(kunder)", Dutch "voor iedereen / alle klanten". A body that says the same wide words is the
offer rule's to read; the subject then repeats the body.
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import AudienceRule, BrandPack, Offer

EVERYONE = re.compile(
    r"\b(?:(?:for|to) (?:everyone|everybody|all(?: (?:our|of our|existing))? "
    r"(?:customers|clients|members|users|subscribers|households))"
    r"|(?:every|each|any) (?:customer|client|member|user|subscriber|household)"
    r"|koigile(?: (?:meie )?(?:klientidele|kasutajatele|tarbijatele|kodutarbijatele))?"
    r"|koikidele(?: (?:klientidele|kasutajatele|tarbijatele))?|igale kliendile"
    r"|kaikille(?: (?:asiakkaille|kayttajille))?|jokaiselle asiakkaalle"
    r"|fur alle(?: (?:kunden|kundinnen|mitglieder|nutzer))?|fur jeden kunden"
    r"|pour tous(?: (?:les|nos) clients)?|pour tout le monde|a tous (?:les|nos) clients"
    r"|para todos(?: (?:los|nuestros) clientes)?|a todos (?:los|nuestros) clientes"
    r"|for alla(?: (?:kunder|medlemmar))?|voor iedereen|voor alle klanten)\b"
)
"""A subject that opens something to everyone (skeleton view: folded, no accents)."""


def restricted_offers(pack: BrandPack) -> frozenset[str]:
    """The ids of the offers the pack keeps from some recipients.

    Args:
        pack: The brand pack.

    Returns:
        Offers with ``required_flags``, and offers an ``audience`` rule scoped to them blocks
        flags for.
    """
    ids = {offer.id for offer in pack.offers if offer.required_flags}
    for rule in pack.rules:
        if isinstance(rule, AudienceRule) and rule.params.blocked_flags:
            ids |= set(rule.params.offers)
    return frozenset(ids)


def everyone_unbacked(
    subject: str, others: list[str], offer: Offer | None, restricted: frozenset[str]
) -> bool:
    """Whether a subject opens to everyone an offer the pack keeps from some recipients.

    Args:
        subject: The subject (skeleton view).
        others: The other fields (skeleton view).
        offer: The message's offer.
        restricted: The pack's restricted offers (:func:`restricted_offers`).

    Returns:
        True when the subject says everyone, the offer is restricted and no other field says
        everyone too.
    """
    if offer is None or offer.id not in restricted or EVERYONE.search(subject) is None:
        return False
    return not any(EVERYONE.search(text) for text in others)
