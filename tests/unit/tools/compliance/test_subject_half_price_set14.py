"""Fourteenth-blind-set cause in subject honesty (issue 17), on an invented brand.

The brand is Falésia Energia, a Portuguese energy retailer built here in code (not the sample
brand, not an eval brand). A half-price subject in another language than English ("a metade do
preço") promises 50 % off, which an offer of a smaller cut does not keep.
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
SUBJECT: dict[str, Any] = {
    "id": "assunto",
    "kind": "subject_honesty",
    "description": "Subjects promise only what the message gives.",
    "rationale": "tests",
    "source": "test suite",
}


def _pack() -> BrandPack:
    return parse_pack({"brand": BRAND, "rules": [SUBJECT]}, source="test")


def test_a_portuguese_half_price_subject_needs_half_the_price(check) -> None:
    cut = "Tarifa Solar por 30,00 €/mês nos primeiros 3 meses, depois 42,00 €/mês."
    half = "Tarifa Solar por 21,00 €/mês nos primeiros 3 meses, depois 42,00 €/mês."
    for subject in ("Tarifa Solar a metade do preço!", "Tarifa Solar a meio preço"):
        verdict = check(_pack(), channel="email", subject=subject, body=cut)
        assert "assunto" in verdict.fired_rule_ids, subject
        verdict = check(_pack(), channel="email", subject=subject, body=half)
        assert "assunto" not in verdict.fired_rule_ids, verdict.violations
