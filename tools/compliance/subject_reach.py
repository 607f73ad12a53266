"""A subject that states the offer's reach wrongly: on everything, or for members only.

A subject may say what the offer gives, not widen who or what it is for:

- **Scope.** "-30 % sur toutes vos montures" above an offer on one range of lenses, "20% off
  all furniture" above an offer on sofas: the subject says the promotion holds for every thing
  of a kind ("on any / all / every …", "sur tous / toutes les …", "en todos los …", "auf alle
  …", "på alla …", "sitewide"; Mongolian "бүх …", Bengali "সব …" and Amharic "በሁሉም …")
  when the offer is limited to some products, the subject names none of them, the
  quantifier is over things (not people or days: "$50 spa credit for every guest" is per
  person), the offer's own promise neither uses that noun nor says "all"
  itself, and no other field says the same (a body that repeats the wide wording is the
  offers rule's to read). See :mod:`~nextbest.tools.compliance.kinds.offer_breadth` for the
  head noun.
- **Audience.** "Specialpris bara för medlemmar", "Members-only rate", "Prix réservé aux
  adhérents" above an offer open to everyone: the subject says the price is reserved to
  members when the offer requires no recipient flag and neither the offer's wording nor the
  other fields say so.
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import Offer
from nextbest.tools.compliance.kinds.offer_breadth import (
    QUANTIFIERS,
    head_noun,
    uses_noun,
    wording_words,
)
from nextbest.tools.compliance.normalise import plain

_ARTICLES = (
    r"(?:\s+(?:les|vos|nos|ses|leurs|los|las|tus|sus|nuestros|nuestras|i|gli|le|os|as|die|"
    r"deine|ihre|unsere|de|je|onze|dina|era|våra|our|your|the))?"
)
WIDE = re.compile(
    r"\b(?:on|off|for|to|with|sur|pour|à|en|su|em|auf|op|på)\s+"
    r"(?:(?:any|all|every|tous|toutes|todos|todas|tutti|tutte|alle|alla|allt)"
    + _ARTICLES
    + r"\b(?P<what>(?:\s+[\w'-]+){0,3})"
    r"|(?:everything|anything|tout|todo|tutto|tudo|alles|allt)\b)"
    r"|\b(?:sitewide|storewide|site-wide|store-wide)\b",
    re.IGNORECASE,
)
"""A promotion said of everything, in the languages the engine reads (original text), with up
to three words after the quantifier and its article."""
WIDE_BARE = re.compile(
    r"(?<!\w)(?:бүх|সব|সকল|[በለከ]?ሁሉም)\s+(?P<what>[^\s\d.,;:!?()]+)", re.IGNORECASE
)
"""A quantifier right before its noun, as Mongolian ("бүх бүтээгдэхүүнд", on all products) and
Bengali ("সব পণ্যে") write it without a preposition, and Amharic with the preposition glued to
the quantifier ("በሁሉም ዕቃዎች", on all goods): the noun after it is the head."""

NOT_GOODS: frozenset[str] = frozenset(
    {
        # people: "$50 spa credit for every guest" is per person, not on every product
        "guest", "guests", "person", "persons", "people", "passenger", "passengers",
        "traveller", "travellers", "traveler", "travelers", "customer", "customers", "client",
        "clients", "member", "members", "friend", "friends", "family", "families", "kid",
        "kids", "child", "children", "adult", "adults", "visitor", "visitors", "patient",
        "patients", "personne", "personnes", "cliente", "clientes", "membre", "membres",
        "invite", "invites", "invitee", "invitees", "adherent", "adherents", "ami", "amis",
        "enfant", "enfants", "adulte", "famille", "familles", "persona", "personas", "socio",
        "socios", "huesped", "huespedes", "invitado", "invitados", "gast", "gaste", "kunde",
        "kunden", "personen", "mitglied", "mitglieder", "kund", "kunder", "personer", "medlem",
        "medlemmar", "gaster",
        # time: "every Monday", "tous les jours" say when, not on what
        "day", "days", "night", "nights", "week", "weeks", "month", "months", "year", "years",
        "time", "times", "weekend", "weekends", "monday", "mondays", "jour", "jours", "nuit",
        "nuits", "semaine", "semaines", "mois", "an", "ans", "annee", "annees", "dia", "dias",
        "noche", "noches", "semana", "semanas", "mes", "meses", "tag", "tage", "monat",
        "monate", "jahr", "jahre", "dag", "dagar", "natt", "natter", "vecka", "veckor",
        "manad", "manader", "ar",
        # Amharic: customers, people, members, guests, families, children; days, weeks, months
        "ደንበኛ", "ደንበኞች", "ደንበኞቻችን", "ሰው", "ሰዎች", "አባላት", "እንግዶች", "ቤተሰቦች", "ልጆች",
        "ቀን", "ቀናት", "ሳምንት", "ሳምንታት", "ወር", "ወራት", "ዓመት", "ዓመታት",
    }
)  # fmt: skip
"""Head nouns of a quantifier that say who or when, not on which products (plain view)."""

MEMBERS_ONLY = re.compile(
    r"\b(?:members? only|only for (?:our )?members|for (?:our )?members only|exclusive(?:ly)? "
    r"(?:to|for) (?:our )?members|members? (?:price|prices|pricing|rate|rates|deal|deals|"
    r"offer|offers|discount|discounts)|club (?:price|prices|pricing)"
    r"|(?:bara|endast|enbart|exklusivt) (?:for|till) (?:vara )?(?:klubb)?medlemmar"
    r"|(?:medlems|klubb|klub)pris(?:er|et|erna)?|medlemserbjudande(?:n|t)?"
    r"|kun for (?:vores )?medlemmer"
    r"|(?:reserve|reservee|reserves|reservees|exclusivement|uniquement|seulement) "
    r"(?:aux|a nos|pour les|pour nos) (?:membres|adherents)"
    r"|(?:prix|offre|tarif)s? (?:membres?|adherents?|club)"
    r"|nur fur (?:unsere )?mitglieder|exklusiv fur (?:unsere )?mitglieder"
    r"|mitglied(?:er|s)preis(?:e|en)?|clubpreis(?:e|en)?"
    r"|(?:solo|exclusivo|exclusiva) para (?:socios|miembros)|precios? (?:de )?(?:socios?|miembros?)"
    r"|solo per (?:i )?(?:soci|membri|iscritti)|prezzi? (?:soci|riservati? ai soci)"
    r"|(?:so|apenas|exclusivo) para (?:socios|membros)|precos? (?:de )?(?:socios?|membros?)"
    r"|alleen voor (?:onze )?leden|ledenprijs(?:en)?)\b"
)
"""A subject that reserves a price or offer to members (skeleton view: folded, no accents)."""


def widened_scope(
    subject: str, others: list[str], offer: Offer | None, named: set[str]
) -> str | None:
    """The wide wording of a subject that says the offer holds for everything of a kind.

    Args:
        subject: The subject as written.
        others: The other fields as written.
        offer: The message's offer.
        named: Products the subject names.

    Returns:
        The wide wording ("sur toutes vos montures"), or None when the subject keeps to the
        offer's scope.
    """
    if offer is None or not offer.products or named & set(offer.products):
        return None
    wide = WIDE.search(subject) or WIDE_BARE.search(subject)
    if wide is None:
        return None
    promise = offer.terms.replace(offer.disclosure, " ") if offer.disclosure else offer.terms
    words = wording_words(f"{offer.name} {promise}")
    if words & QUANTIFIERS:
        return None  # the offer itself is on everything of a kind
    head = head_noun(wide.group("what") or "")
    if head in NOT_GOODS:
        return None  # "for every guest", "tous les jours": per person or per day
    if head and uses_noun(words, head):
        return None  # "20% off every Hybrid mattress" of an offer on Hybrid mattresses
    for text in others:
        for again in (*WIDE.finditer(text), *WIDE_BARE.finditer(text)):
            if head_noun(again.group("what") or "") == head:
                return None  # the body says it too: the offers rule reads it there
    return wide.group(0).strip()


def members_only_unbacked(subject: str, others: list[str], offer: Offer | None) -> bool:
    """Whether a subject reserves the offer to members when it is open to everyone.

    Args:
        subject: The subject (skeleton view).
        others: The other fields (skeleton view).
        offer: The message's offer.

    Returns:
        True when the subject says members only and nothing in the offer or the other fields
        does.
    """
    if offer is None or offer.required_flags or MEMBERS_ONLY.search(subject) is None:
        return False
    if any(MEMBERS_ONLY.search(text) for text in others):
        return False
    wording = " ".join(w for w in (offer.name, offer.terms, offer.disclosure) if w)
    return MEMBERS_ONLY.search(plain(wording)) is None
