"""A price per kilogram or litre of a package priced in the same sentence is no new price (set 26).

Gort & Grain, a Galway grocer invented for these tests, lists a 400 g cheddar at €6.00 and has
one approved price offer: its 50 cl cider at €4.50 instead of €6.00. The law asks for the
price per kilogram or litre beside a food's price; that unit price ("€15.00/kg" of €6.00 for
400 g) was read as a price of its own: below no list price it was promotional wording without
an offer, and beside the offer it was a figure the offer does not give. A unit price the
arithmetic does not give stays a figure of its own.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.measure_prices import measure_unit_prices

_DAY = date(2027, 3, 10)
_TERMS = "Gort Cider 50 cl for €4.50 instead of €6.00 from 1 to 31 March 2027."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Gort & Grain",
                "legal_name": "Gort & Grain Ltd",
                "postal_address": "4 Quay Lane, Galway H91 X2Y3, Ireland",
                "sender_addresses": {"email": "hello@gort.example"},
                "channels": ["email"],
                "locales": ["en-IE"],
                "default_time_zone": "Europe/Dublin",
                "website_domains": ["gort.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {
                    "id": "cheddar",
                    "name": "Farmhouse Cheddar",
                    "list_price": 6.0,
                    "currency": "EUR",
                },
                {"id": "cider", "name": "Gort Cider", "list_price": 6.0, "currency": "EUR"},
            ],
            "offers": [
                {
                    "id": "cider-march",
                    "name": "Gort Cider €4.50",
                    "terms": _TERMS,
                    "discount_type": "price",
                    "discount_amount": 4.5,
                    "currency": "EUR",
                    "channels": ["email"],
                    "products": ["cider"],
                    "valid_from": "2027-03-01",
                    "valid_until": "2027-03-31",
                }
            ],
        },
        source="test",
    )


def _fired(body: str, offer_id: str | None = None) -> set[str]:
    message = Message(
        channel="email",
        subject="This week at the shop",
        body=body,
        send_time=datetime(2027, 3, 10, 9, 0),
        offer_id=offer_id,
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_list_price_per_kilogram_is_no_promotion() -> None:
    assert "offers" not in _fired("Farmhouse Cheddar, 400 g: 6,00 € (15,00 €/kg).")
    assert "offers" not in _fired("Farmhouse Cheddar 400 g block, €6.00 (€1.50 per 100 g).")


def test_a_unit_price_the_arithmetic_does_not_give_is_still_read() -> None:
    assert "offers" in _fired("Farmhouse Cheddar, 400 g: €6.00 (€5.00/kg).")


def test_the_offer_price_per_litre_is_no_new_figure() -> None:
    body = "Gort Cider 50 cl: €4.50 instead of €6.00 (€9.00/l).\n\n" + _TERMS
    assert "offers" not in _fired(body, "cider-march")


def test_unit_prices_are_read_in_both_notations() -> None:
    assert measure_unit_prices("Sack of 2,5 kg: 3,99 € (1,60 €/kg)", [3.99]) == {1.6}
    assert measure_unit_prices("Tea 250 g, $5.00 ($2.00 per 100 g)", [5.0]) == {2.0}
    assert measure_unit_prices("Tea 250 g, $5.00 ($2.10 per 100 g)", [5.0]) == set()
    assert measure_unit_prices("Tea, $5.00 ($2.00 per 100 g)", [5.0]) == set()
