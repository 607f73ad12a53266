"""An amount the offer gives "up to" with a postposed तक / ਤੱਕ is not stated flat (set 27).

Roshan Cycles, a bicycle dealer invented for these tests, writes in Hindi and has one approved
exchange offer: a bonus of up to ₹3,000 ("₹3,000 तक") on an old bicycle, assessed at the shop.
Hindi, Punjabi and Urdu put their "up to" after the amount, so the offer rule saw no ceiling,
and copy promising a flat ₹3,000 bonus went through (issue 17). Copy that keeps the postposition,
or gives the range ("₹500 से ₹3,000 तक"), states the offer as approved.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 3, 9)
_TERMS = "कोड PURANI3। पुरानी साइकिल की जाँच के बाद ₹500 से ₹3,000 तक बोनस, 31-03-2027 तक।"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Roshan Cycles",
                "legal_name": "Roshan Cycles Pvt. Ltd.",
                "postal_address": "12 Station Road, Ambala, Haryana 133001",
                "sender_addresses": {"email": "news@roshancycles.example"},
                "channels": ["email"],
                "locales": ["hi-IN"],
                "default_time_zone": "Asia/Kolkata",
                "website_domains": ["roshancycles.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "offers": [
                {
                    "id": "exchange",
                    "name": "पुरानी साइकिल पर ₹3,000 तक बोनस",
                    "terms": _TERMS,
                    "code": "PURANI3",
                    "discount_type": "amount",
                    "discount_amount": 3000,
                    "currency": "INR",
                    "channels": ["email"],
                    "valid_from": "2027-03-01",
                    "valid_until": "2027-03-31",
                }
            ],
        },
        source="test",
    )


def _fired(subject: str, body: str) -> set[str]:
    message = Message(
        channel="email",
        subject=subject,
        body=f"{body}\n{_TERMS}",
        send_time=datetime(2027, 3, 9, 5, 0),
        offer_id="exchange",
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_the_ceiling_stated_as_a_flat_bonus_blocks() -> None:
    assert "offers" in _fired("नई साइकिल", "पुरानी साइकिल लाइए, पूरा ₹3,000 बोनस पाइए, कोड PURANI3।")
    assert "offers" in _fired("नई साइकिल", "हर पुरानी साइकिल पर ₹3,000 का बोनस, कोड PURANI3।")


def test_the_ceiling_with_its_postposition_passes() -> None:
    assert "offers" not in _fired("₹3,000 तक बोनस", "पुरानी साइकिल पर ₹3,000 तक बोनस, कोड PURANI3।")
    assert "offers" not in _fired("पुरानी साइकिल का बोनस", "कोड PURANI3 से बोनस पाइए।")
