"""Fourteenth-blind-set cause in offer mentions (issue 17), on an invented brand.

The brand is Falésia Energia, a Portuguese energy retailer built here in code (not the sample
brand, not an eval brand). A free phone call to the brand ("(chamada gratuita)") is no free
offer; a free service still is.
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
    "support_contact": "800 11 22 33",
}
OFFERS: dict[str, Any] = {
    "id": "ofertas",
    "kind": "offer_terms",
    "description": "Promotions match an approved offer.",
    "rationale": "tests",
    "source": "test suite",
}


def _pack() -> BrandPack:
    return parse_pack({"brand": BRAND, "rules": [OFFERS]}, source="test")


def test_a_free_call_to_the_brand_is_no_free_offer(check) -> None:
    body = "Dúvidas sobre a sua fatura? Ligue 800 11 22 33 (chamada gratuita)."
    verdict = check(_pack(), channel="email", subject="A sua fatura", body=body)
    assert "ofertas" not in verdict.fired_rule_ids, verdict.violations
    body = "Mude para a Falésia: instalação gratuita do contador inteligente."
    verdict = check(_pack(), channel="email", subject="A sua fatura", body=body)
    assert "ofertas" in verdict.fired_rule_ids
