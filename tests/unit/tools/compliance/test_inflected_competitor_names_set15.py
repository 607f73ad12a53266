"""Competitor names in the forms Polish and Danish give them (issue 17, set 15).

The brand is Rynek Pod Lipą, a Polish grocer invented for these tests; its rivals "Kaczorka"
and "Grotmart" must not be named. Polish declines names ("do Kaczorki", "w Kaczorce", "przez
Grotmarta"), Danish adds a genitive "-s" ("Grotmarts priser"): each form still names the
rival. The everyday lower-case word and an unrelated longer word stay fine.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.name_cases import copy_language, inflected_forms

_BRAND: dict[str, Any] = {
    "name": "Rynek Pod Lipą",
    "legal_name": "Rynek Pod Lipą sp. z o.o.",
    "postal_address": "ul. Długa 3, 30-001 Kraków",
    "sender_addresses": {"email": "sklep@rynekpodlipa.example", "sms": "RynekPL", "push": "rpl"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/Warsaw",
    "website_domains": ["rynekpodlipa.example"],
    "locales": ["pl-PL"],
}


def _pack() -> Any:
    rival = rule("competitor", "case_sensitive_term", {"terms": ["Kaczorka", "Grotmart"]})
    return parse_pack({"brand": _BRAND, "rules": [rival]}, source="test")


def test_declined_rival_names_are_found(check: Any) -> None:
    for body in (
        "Po co jechać do Kaczorki w deszczu?",
        "W Kaczorce tego nie kupisz.",
        "Taniej niż przez Grotmarta.",
    ):
        verdict = check(_pack(), channel="email", subject="Zakupy", body=body, locale="pl-PL")
        assert "competitor" in fired(verdict), body


def test_everyday_words_and_other_words_stay_fine(check: Any) -> None:
    for body in (
        "Mała kaczorka i dwie kaczorki na podwórku.",
        "Grotmartwy sezon już za nami.",
    ):
        verdict = check(_pack(), channel="email", subject="Zakupy", body=body, locale="pl-PL")
        assert "competitor" not in fired(verdict), body


def test_forms_follow_the_copy_language() -> None:
    assert "Kaczorce" in inflected_forms("Kaczorka", "pl")
    assert "Grotmarta" in inflected_forms("Grotmart", "pl")
    assert inflected_forms("Grotmart", "da") == ["Grotmarts"]
    assert inflected_forms("Grotmart", "en") == []
    assert inflected_forms("Two Words", "pl") == []
    assert copy_language(None, ["pl-PL"]) == "pl"
    assert copy_language("da-DK", ["pl-PL"]) == "da"
    assert copy_language(None, ["pl-PL", "en-GB"]) is None
