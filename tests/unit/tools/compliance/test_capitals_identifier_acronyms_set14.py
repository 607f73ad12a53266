"""Fourteenth-blind-set cause in the capitals rule (issue 17), on an invented brand.

The brand is Falésia Energia, a Portuguese energy retailer built here in code (not the sample
brand, not an eval brand). The name of an identifier ("IBAN") is an acronym, not shouting.
"""

from __future__ import annotations

from typing import Any

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

BRAND: dict[str, Any] = {
    "name": "Falésia Energia",
    "legal_name": "Falésia Energia Renovável, Lda.",
    "postal_address": "Rua do Almada 412, 4050-036 Porto, Portugal",
    "sender_addresses": {"email": "novidades@falesia.pt"},
    "channels": ["email"],
    "default_time_zone": "Europe/Lisbon",
    "website_domains": ["falesia.pt"],
}
CAPS: dict[str, Any] = {
    "id": "maiusculas",
    "kind": "capitals",
    "severity": "warn",
    "description": "No shouting.",
    "rationale": "tests",
    "source": "test suite",
}


def _pack() -> BrandPack:
    return parse_pack({"brand": BRAND, "rules": [CAPS]}, source="test")


def test_the_name_of_an_identifier_is_no_shouting(check) -> None:
    body = "A Falésia nunca lhe pede o IBAN nem o código SWIFT por e-mail."
    verdict = check(_pack(), channel="email", subject="Segurança", body=body)
    assert "maiusculas" not in verdict.fired_rule_ids, verdict.violations
    body = "A Falésia nunca lhe pede o IBAN. Mude JÁ para a tarifa solar."
    verdict = check(_pack(), channel="email", subject="Segurança", body=body)
    assert "maiusculas" not in verdict.fired_rule_ids  # "JÁ": too short to count
    body = "A Falésia nunca lhe pede o IBAN. Mude AGORA para a tarifa solar."
    verdict = check(_pack(), channel="email", subject="Segurança", body=body)
    assert "maiusculas" in verdict.fired_rule_ids
