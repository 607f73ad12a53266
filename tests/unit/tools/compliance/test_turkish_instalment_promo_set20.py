"""Turkish interest-free instalments are a promotion (issue 17, set 20).

Lale Mobilya, a furniture shop invented for these tests, approves no instalment campaign.
"Peşin fiyatına 9 taksit" (nine instalments at the cash price), "vade farksız" (no maturity
charge) and "faizsiz taksit" promote a credit offer the pack does not hold, and block; a plain
price does not.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Lale Mobilya",
                "legal_name": "Lale Mobilya A.Ş.",
                "postal_address": "Sanayi Caddesi 12, 16000 İnegöl/Bursa",
                "sender_addresses": {"email": "merhaba@lalemobilya.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/Istanbul",
                "website_domains": ["lalemobilya.example"],
            },
            "rules": [rule("kampanya", "offer_terms", {})],
        },
        source="test",
    )


def test_interest_free_instalments_without_an_offer_block(check: Any) -> None:
    for body in (
        "Yeni koltuk takımımız şimdi peşin fiyatına 9 taksit.",
        "Yemek masalarında vade farksız alışveriş.",
        "Tüm yataklarda faizsiz taksit fırsatı.",
    ):
        verdict = check(_pack(), channel="email", subject="Yeni sezon", body=body)
        assert "kampanya" in fired(verdict), body


def test_a_plain_price_passes(check: Any) -> None:
    body = "Yeni koltuk takımımız 24.900 TL; mağazada görebilirsiniz."
    verdict = check(_pack(), channel="email", subject="Yeni sezon", body=body)
    assert "kampanya" not in fired(verdict)
