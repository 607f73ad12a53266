"""A fixed-price multi-buy's price is the offer's, even above the list (issue 17, set 21).

Pebble Pet Supplies, a pet shop invented for these tests, lists Chew Sticks at $9 a pack and
has an approved offer of 3 packs for $24. An e-mail carrying that offer said "3 packs for $24"
without the offer's conditions: the offer rule took $24, above the $9 list price, for a plain
price and asked for no conditions. The price the offer sells at is the offer's, and its
conditions must go with it.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 2, 10)
_TERMS = "3 packs of Chew Sticks for $24, 1-28 February 2027, while the offer lasts in store."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Pebble Pet Supplies", "en-US", "America/Chicago"),
            "rules": [rule("offers", "offer_terms")],
            "products": [{"id": "chew", "name": "Chew Sticks", "list_price": 9, "currency": "USD"}],
            "offers": [
                {
                    "id": "chew3",
                    "name": "3 packs of Chew Sticks for $24",
                    "terms": _TERMS,
                    "disclosure": _TERMS,
                    "discount_type": "price",
                    "discount_amount": 24,
                    "currency": "USD",
                    "channels": ["email"],
                    "products": ["chew"],
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
        subject="Stock up on Chew Sticks",
        body=body,
        send_time=datetime(2027, 2, 10, 15, 0),
        offer_id="chew3",
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_the_offer_price_without_its_conditions_blocks() -> None:
    assert "offers" in _fired("Chew Sticks: 3 packs for $24 at every store.")


def test_the_offer_price_with_its_conditions_passes() -> None:
    assert "offers" not in _fired(f"Chew Sticks: 3 packs for $24 at every store.\n\n{_TERMS}")
    assert "offers" not in _fired(f"Chew Sticks are $9 a pack.\n\n{_TERMS}")
