"""Prices in Myanmar kyat ("၃,၅၀၀ ကျပ်", "2,500 kyat", "MMK 3,500") are read (issue 17, set 25).

Ayeyar Tea House, a tea shop invented for these tests, lists a tea set at 3,500 kyat and has
no offer. A kyat price was no price to the offer rule, so the set offered below its list price
went through, whether written in Myanmar or Latin digits. The list price stays lawful.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 2, 8)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Ayeyar Tea House",
                "legal_name": "Ayeyar Tea House Ltd",
                "postal_address": "No. 7, River Road, Mandalay",
                "sender_addresses": {"email": "tea@ayeyar.example"},
                "channels": ["email"],
                "locales": ["my-MM"],
                "default_time_zone": "Asia/Yangon",
                "website_domains": ["ayeyar.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {"id": "set", "name": "Green Leaf Set", "list_price": 3500, "currency": "MMK"},
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    return email_fired(
        _pack(), body, subject="Green Leaf Set", send_time=datetime(2027, 2, 8, 4, 0), as_of=_DAY
    )


def test_a_kyat_price_below_the_list_without_an_offer_blocks() -> None:
    assert "offers" in _fired("Green Leaf Set ၂,၉၀၀ ကျပ်သာ။")
    assert "offers" in _fired("Green Leaf Set 2,900 ကျပ်။")
    assert "offers" in _fired("Green Leaf Set now 2,900 kyat.")
    assert "offers" in _fired("Green Leaf Set now MMK 2,900.")


def test_the_list_price_in_kyat_stays_lawful() -> None:
    assert "offers" not in _fired("Green Leaf Set ၃,၅၀၀ ကျပ်။")
    assert "offers" not in _fired("Green Leaf Set 3,500 kyat.")
