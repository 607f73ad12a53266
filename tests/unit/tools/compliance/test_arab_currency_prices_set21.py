"""Prices in dirhams, riyals and dinars ("AED 399", "399 درهم") are read (issue 17, set 21).

Sahra Outdoor, a camping shop in Dubai invented for these tests, lists a tent at AED 450 and has
one approved price offer of AED 399. A price written with an Arab state's currency was no price
to the offer rule, so the tent offered below its list price with no offer, in English or Arabic
copy, or set against a false reference price, went through. The list price stays a fact.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 4, 14)
_CONDITIONS = "Online only, 10-20 April 2027."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Sahra Outdoor", "en-AE", "Asia/Dubai"),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {
                    "id": "tent",
                    "name": "Dune Tent",
                    "aliases": ["خيمة ديون"],
                    "list_price": 450,
                    "currency": "AED",
                }
            ],
            "offers": [
                {
                    "id": "tent-399",
                    "name": "Spring price: Dune Tent AED 399, was AED 450",
                    "terms": "Dune Tent for AED 399 (normal price AED 450). " + _CONDITIONS,
                    "disclosure": _CONDITIONS,
                    "discount_type": "price",
                    "discount_amount": 399,
                    "currency": "AED",
                    "channels": ["email"],
                    "products": ["tent"],
                    "valid_from": "2027-04-10",
                    "valid_until": "2027-04-20",
                }
            ],
        },
        source="test",
    )


def _fired(body: str, offer_id: str | None = None) -> set[str]:
    message = Message(
        channel="email",
        subject="Camping season",
        body=body,
        send_time=datetime(2027, 4, 14, 6, 0),
        offer_id=offer_id,
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_price_below_the_list_without_an_offer_blocks() -> None:
    assert "offers" in _fired("The Dune Tent is now AED 379.")
    assert "offers" in _fired("The Dune Tent is now 379 AED.")
    assert "offers" in _fired("The Dune Tent is now Dhs 379.")
    assert "offers" in _fired("خيمة ديون الآن بـ 379 درهم فقط.")


def test_the_list_price_is_a_fact() -> None:
    assert "offers" not in _fired("The Dune Tent: AED 450, room for four.")
    assert "offers" not in _fired("خيمة ديون: 450 درهم.")


def test_a_false_reference_price_blocks() -> None:
    body = f"Spring price: Dune Tent AED 399, was AED 550. {_CONDITIONS}"
    assert "offers" in _fired(body, "tent-399")
    body = f"Spring price: Dune Tent AED 399, was AED 450. {_CONDITIONS}"
    assert "offers" not in _fired(body, "tent-399")
