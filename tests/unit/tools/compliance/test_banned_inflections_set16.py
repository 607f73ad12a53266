"""Banned words in the inflected forms of the brand's language (issue 17, set 16).

Two brands invented for these tests: Fjällrök Snus, a Swedish pouch brand that bans lifestyle
words ("efterfest", "godis"), and Opticas Belle-Rive, a French optician that bans
"remboursé par la Sécu". Swedish writes "the" as an ending ("efterfesten", "godiset") and
French participles agree in number ("remboursés par la Sécu" of glasses): the same banned
words. Words that only start like them, other phrases, and brands writing other languages are
left alone.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.phrase_inflections import inflected_phrases


def _brand(name: str, locale: str, zone: str) -> dict[str, Any]:
    slug = name.lower().replace(" ", "").replace("ä", "a").replace("ö", "o")
    return {
        "name": name,
        "legal_name": f"{name} AB",
        "postal_address": "Storgatan 1, 111 22 Stockholm",
        "sender_addresses": {"email": f"hej@{slug}.example", "sms": "Brand", "push": "b"},
        "channels": ["email", "sms", "push"],
        "locales": [locale],
        "default_time_zone": zone,
        "website_domains": [f"{slug}.example"],
    }


def _swedish() -> Any:
    banned = rule("livsstil", "banned_phrase", {"phrases": ["efterfest", "godis", "fest"]})
    brand = _brand("Fjällrök Snus", "sv-SE", "Europe/Stockholm")
    return parse_pack({"brand": brand, "rules": [banned]}, source="test")


def _french() -> Any:
    banned = rule("remboursement", "banned_phrase", {"phrases": ["remboursé par la Sécu"]})
    brand = _brand("Opticas Belle-Rive", "fr-FR", "Europe/Paris")
    return parse_pack({"brand": brand, "rules": [banned]}, source="test")


def test_a_swedish_definite_form_is_the_banned_noun(check: Any) -> None:
    for body in (
        "Passar lika bra dagen efter efterfesten.",
        "Smakar som godiset du minns.",
        "Inför festen i helgen.",
    ):
        verdict = check(_swedish(), channel="email", subject="Nyhet", body=body)
        assert "livsstil" in fired(verdict), body


def test_other_swedish_words_pass(check: Any) -> None:
    for body in (
        "Festivalen i Jönköping är inställd.",
        "Vi har öppet hela veckan.",
    ):
        verdict = check(_swedish(), channel="email", subject="Nyhet", body=body)
        assert "livsstil" not in fired(verdict), body


def test_a_french_plural_participle_is_the_banned_phrase(check: Any) -> None:
    for body in (
        "Vos verres sont remboursés par la Sécu.",
        "Vos lentilles sont remboursées par la Sécu.",
        "Votre monture est remboursé par la Sécu.",
    ):
        verdict = check(_french(), channel="email", subject="Vos verres", body=body)
        assert "remboursement" in fired(verdict), body


def test_an_approved_french_wording_passes(check: Any) -> None:
    body = "Vos verres sont remboursés selon les garanties de votre complémentaire santé."
    verdict = check(_french(), channel="email", subject="Vos verres", body=body)
    assert "remboursement" not in fired(verdict)


def test_the_forms_follow_the_brand_language() -> None:
    assert "efterfesten" in inflected_phrases(["efterfest"], ["sv-SE"])
    assert "dosan" in inflected_phrases(["dosa"], ["sv-SE"])
    assert "cykeln" in inflected_phrases(["cykel"], ["sv-SE"])
    assert inflected_phrases(["efterfest"], ["en-GB"]) == []
    assert inflected_phrases(["ta en påse"], ["sv-SE"]) == []  # a phrase keeps its form
    assert "remboursés par la Sécu" in inflected_phrases(["remboursé par la Sécu"], ["fr-FR"])
    assert inflected_phrases(["remboursé par la Sécu"], ["en-US"]) == []
    assert inflected_phrases(["été"], ["fr-FR"]) == []  # too short to be read as a participle
