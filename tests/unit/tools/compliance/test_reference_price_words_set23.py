"""Mongolian and Bengali words before a reference price are read (issue 17, set 23).

Tal Gutal, a felt-boot maker invented for these tests, has one approved price offer on its
boots and lists them at US$120. "хуучин үнэ" (old price) before a figure marks a reference
price, which must be the list price: a made-up higher "old price" went through, as the words
were not read. The list price as the old price passes.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 2, 10)
_TERMS = "Эсгий гутал US$99. 2027.02.28 хүртэл, нөөц дуустал."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Tal Gutal", "mn-MN", "Asia/Ulaanbaatar"),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 400})],
            "products": [
                {"id": "boot", "name": "Эсгий гутал", "list_price": 120, "currency": "USD"}
            ],
            "offers": [
                {
                    "id": "boot99",
                    "name": "Эсгий гутал US$99",
                    "terms": _TERMS,
                    "disclosure": _TERMS,
                    "discount_type": "price",
                    "discount_amount": 99,
                    "currency": "USD",
                    "products": ["boot"],
                    "channels": ["email"],
                    "valid_from": "2027-02-01",
                    "valid_until": "2027-02-28",
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Эсгий гутал",
        body=body,
        send_time=datetime(2027, 2, 10, 3, 0),
        offer_id="boot99",
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_an_old_price_that_is_not_the_list_price_blocks() -> None:
    assert "offers" in _fired(f"Эсгий гутал US$99 (хуучин үнэ US$150)!\n\n{_TERMS}")


def test_the_list_price_as_the_old_price_passes() -> None:
    assert "offers" not in _fired(f"Эсгий гутал US$99 (хуучин үнэ US$120)!\n\n{_TERMS}")
