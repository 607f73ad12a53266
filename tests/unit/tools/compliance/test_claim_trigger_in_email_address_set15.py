"""A claim trigger inside an e-mail address is no statement (issue 17, set 15).

The brand is Fjordlys Telecom, a provider invented for these tests, whose pack governs
statements about its customer service ("kundeservice" is a trigger). "Skriv til
kundeservice@fjordlys.example" says where to write; "Vores kundeservice svarer altid inden for
et minut" states a service level and still needs an approved claim.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_BRAND: dict[str, Any] = {
    "name": "Fjordlys Telecom",
    "legal_name": "Fjordlys Telecom A/S",
    "postal_address": "Strandvej 12, 9000 Aalborg",
    "sender_addresses": {"email": "nyt@fjordlys.example", "sms": "Fjordlys", "push": "fj.app"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/Copenhagen",
    "website_domains": ["fjordlys.example"],
}


def _pack() -> Any:
    claims = rule(
        "claims",
        "claim_grounding",
        {"categories": ["service"], "extra_triggers": {"service": ["kundeservice"]}},
    )
    return parse_pack({"brand": _BRAND, "rules": [claims]}, source="test")


def test_address_words_state_nothing(check: Any) -> None:
    body = (
        "Fjordlys: Vi opgraderer nettet i nat. Har du spørgsmål, så skriv til "
        "kundeservice@fjordlys.example eller ring 70 11 22 33."
    )
    verdict = check(_pack(), channel="email", subject="Opgradering", body=body)
    assert "claims" not in fired(verdict)


def test_a_service_statement_beside_the_address_still_needs_a_claim(check: Any) -> None:
    body = (
        "Vores kundeservice svarer altid inden for et minut. Skriv til "
        "kundeservice@fjordlys.example."
    )
    verdict = check(_pack(), channel="email", subject="Opgradering", body=body)
    assert "claims" in fired(verdict)
