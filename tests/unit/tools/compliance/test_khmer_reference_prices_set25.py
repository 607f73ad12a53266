"""A Khmer reference price ("តម្លៃធម្មតា", normal price) is read as one (issue 17, set 25).

Mekong Kafe, a coffee-bean shop in Siem Reap invented for these tests, sells a bag of beans at
$9.00 and has one approved price offer of $7.50. A "normal price" written in Khmer before a
dollar figure, and the Khmer "now" (ឥឡូវ, ឥឡូវត្រឹម, now only) before the sale price, were not
read: a reference price above the real list price, set against the list price as the "now"
price, went through. Khmer writes these words straight against the words before them.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 3, 10)
_TERMS = "តម្លៃ $7.50 សម្រាប់កាហ្វេគ្រាប់ Mekong Roast ពី 01/03/2027 ដល់ 31/03/2027។"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Mekong Kafe",
                "legal_name": "Mekong Kafe Co., Ltd.",
                "postal_address": "ផ្លូវ ៦០ ក្រុងសៀមរាប",
                "sender_addresses": {"email": "hi@mekongkafe.example"},
                "channels": ["email"],
                "locales": ["km-KH"],
                "default_time_zone": "Asia/Phnom_Penh",
                "website_domains": ["mekongkafe.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {"id": "roast", "name": "Mekong Roast", "list_price": 9, "currency": "USD"},
            ],
            "offers": [
                {
                    "id": "roast-750",
                    "name": "Mekong Roast $7.50",
                    "terms": _TERMS,
                    "discount_type": "price",
                    "discount_amount": 7.5,
                    "currency": "USD",
                    "channels": ["email"],
                    "products": ["roast"],
                    "valid_from": "2027-03-01",
                    "valid_until": "2027-03-31",
                }
            ],
        },
        source="test",
    )


def _fired(body: str, offer_id: str | None = None) -> set[str]:
    return email_fired(
        _pack(),
        body,
        subject="កាហ្វេគ្រាប់ Mekong Roast",
        send_time=datetime(2027, 3, 10, 3, 0),
        as_of=_DAY,
        offer_id=offer_id,
    )


def test_a_false_khmer_normal_price_blocks() -> None:
    assert "offers" in _fired("កាហ្វេគ្រាប់ Mekong Roast តម្លៃធម្មតា $12.00 ឥឡូវត្រឹម $9.00!")
    assert "offers" in _fired("កាហ្វេគ្រាប់ Mekong Roastតម្លៃដើម $12.00 ឥឡូវនេះ $9.00។")


def test_the_true_khmer_normal_price_passes() -> None:
    body = f"កាហ្វេគ្រាប់ Mekong Roast តម្លៃធម្មតា $9.00 ឥឡូវត្រឹម $7.50!\n\n{_TERMS}"
    assert "offers" not in _fired(body, "roast-750")
    assert "offers" not in _fired("កាហ្វេគ្រាប់ Mekong Roast តម្លៃ $9.00។")
