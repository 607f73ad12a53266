"""Albanian and Uzbek words for a discount beside a percentage are read (issue 17, set 24).

Two shops invented for these tests: Pishat Lulishte, a plant nursery with a 10% offer on
olive trees, and Qovun Bozori, a fruit stall with a 5% offer on melons. "15% zbritje" and
"15% chegirma" were no discount to the offer rule, so a wrong percentage went through.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 9, 14)


def _pack(name: str, locale: str, offer: dict[str, Any]) -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": name,
                "legal_name": f"{name} sh.p.k.",
                "postal_address": "Rruga e Kopshtit 9, Durrës",
                "sender_addresses": {"email": "info@shop.example"},
                "channels": ["email"],
                "locales": [locale],
                "default_time_zone": "Europe/Tirane",
                "website_domains": ["shop.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "offers": [
                {
                    **offer,
                    "id": "autumn",
                    "discount_type": "percent",
                    "channels": ["email"],
                    "valid_from": "2027-09-01",
                    "valid_until": "2027-09-30",
                }
            ],
        },
        source="test",
    )


_NURSERY_TERMS = "Deri më 30.09.2027, vetëm për ullinjtë në vazo."
_STALL_TERMS = "30.09.2027 gacha, faqat qovunlarga."


def _fired(pack: BrandPack, body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Vjeshtë",
        body=body,
        send_time=datetime(2027, 9, 14, 8, 0),
        offer_id="autumn",
    )
    return set(RuleEngine(pack).check(message, as_of=_DAY).fired_rule_ids)


def test_an_albanian_discount_must_be_the_offer_s() -> None:
    offer = {"name": "10% zbritje për ullinjtë", "terms": _NURSERY_TERMS, "discount_amount": 10}
    pack = _pack("Pishat Lulishte", "sq-AL", offer)
    assert "offers" in _fired(pack, f"15% zbritje për ullinjtë! {_NURSERY_TERMS}")
    assert "offers" not in _fired(pack, f"10% zbritje për ullinjtë! {_NURSERY_TERMS}")


def test_an_uzbek_discount_must_be_the_offer_s() -> None:
    offer = {"name": "Qovunlarga 5% chegirma", "terms": _STALL_TERMS, "discount_amount": 5}
    pack = _pack("Qovun Bozori", "uz-Latn-UZ", offer)
    assert "offers" in _fired(pack, f"Qovunlarga 15% chegirma! {_STALL_TERMS}")
    assert "offers" not in _fired(pack, f"Qovunlarga 5% chegirma! {_STALL_TERMS}")
