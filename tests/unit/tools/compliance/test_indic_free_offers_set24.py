"""A Tamil, Sinhala or Hindi "free" is a promotion to the offer rule (issue 17, set 24).

Ranwala Herbal Spa, a spa invented for these tests, has a price offer on its steam bath and a
free foot massage with any treatment. A "free" written in Sinhala ("නොමිලේ"), Tamil ("இலவசம்")
or Hindi ("मुफ़्त") was no mention at all: a message promising something free under the price
offer, or with no offer, went through.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, invented_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 3, 9)
_PRICE_TERMS = "ඖෂධ වාෂ්ප ස්නානය රු. 3,900. 2027 මාර්තු 31 දක්වා."
_FREE_TERMS = "ඕනෑම ප්‍රතිකාරයක් සමඟ පාද සම්බාහනය නොමිලේ. 2027 මාර්තු 31 දක්වා."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": invented_brand("ranwala"),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "offers": [
                {
                    "id": "bath-price",
                    "name": "ඖෂධ වාෂ්ප ස්නානය රු. 3,900",
                    "terms": _PRICE_TERMS,
                    "discount_type": "price",
                    "discount_amount": 3900,
                    "currency": "LKR",
                    "channels": ["email"],
                    "valid_from": "2027-03-01",
                    "valid_until": "2027-03-31",
                },
                {
                    "id": "foot-massage",
                    "name": "පාද සම්බාහනය නොමිලේ",
                    "terms": _FREE_TERMS,
                    "discount_type": "free_gift",
                    "channels": ["email"],
                    "valid_from": "2027-03-01",
                    "valid_until": "2027-03-31",
                },
            ],
        },
        source="test",
    )


def _fired(body: str, offer_id: str | None) -> set[str]:
    return email_fired(
        _pack(),
        body,
        subject="ගාල්ලේ සුවය",
        send_time=datetime(2027, 3, 9, 4, 0),
        as_of=_DAY,
        offer_id=offer_id,
    )


def test_a_free_under_a_price_offer_is_no_approved_offer() -> None:
    body = f"හිස සම්බාහනය නොමිලේ!\n\n{_PRICE_TERMS}"
    assert "offers" in _fired(body, "bath-price")


def test_a_free_without_an_offer_is_no_approved_offer() -> None:
    assert "offers" in _fired("தலை மசாஜ் இலவசம்!", None)
    assert "offers" in _fired("सिर की मालिश मुफ़्त!", None)


def test_the_free_offer_keeps_its_free() -> None:
    assert "offers" not in _fired(_FREE_TERMS, "foot-massage")
