"""Prices in African francs ("240 Frw", "RWF 6,500", "1 750 FCFA") are read (issue 17, set 27).

Kivu Filters, a water-filter seller invented for these tests, sells a Clay Filter on a daily plan
and must give its full price line with any price of it; a Steel Filter is sold through an offer
whose terms price its deposit for Clay Filter owners. A franc price was no price to the
disclosure rule, so a daily price with no price line went through. A figure that the message's
offer's terms price for its own product is that product's price, not the Clay Filter's, even
when the sentence names the Clay Filter's owners.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 3, 9)
_LINE = "Clay Filter: full price 84,000 Frw; 240 Frw a day for 350 days."
_TERMS = (
    "For Clay Filter owners: the Steel Filter deposit is 7,000 Frw instead of 19,000 Frw "
    "until 30/04/2027."
)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Kivu Filters",
                "legal_name": "Kivu Filters Ltd",
                "postal_address": "12 Lake Road, Gisenyi, Rwanda",
                "sender_addresses": {"email": "hello@kivufilters.example"},
                "channels": ["email"],
                "locales": ["en-RW"],
                "default_time_zone": "Africa/Kigali",
                "website_domains": ["kivufilters.example"],
            },
            "rules": [
                rule(
                    "clay-price",
                    "disclosure",
                    {
                        "trigger_products": ["clay"],
                        "trigger_prices": ["any"],
                        "prices_of_products": True,
                        "required_any": [_LINE],
                    },
                ),
            ],
            "products": [
                {"id": "clay", "name": "Clay Filter", "list_price": 84000, "currency": "RWF"},
                {"id": "steel", "name": "Steel Filter", "list_price": 160000, "currency": "RWF"},
            ],
            "offers": [
                {
                    "id": "steel-upgrade",
                    "name": "Steel Filter deposit 7,000 Frw for Clay Filter owners",
                    "terms": _TERMS,
                    "discount_type": "amount",
                    "discount_amount": 12000,
                    "currency": "RWF",
                    "channels": ["email"],
                    "products": ["steel"],
                    "valid_from": "2027-03-01",
                    "valid_until": "2027-04-30",
                }
            ],
        },
        source="test",
    )


def _fired(body: str, offer_id: str | None = None) -> set[str]:
    message = Message(
        channel="email",
        subject="Clean water at home",
        body=body,
        send_time=datetime(2027, 3, 9, 8, 0),
        offer_id=offer_id,
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_franc_price_of_the_product_needs_its_price_line() -> None:
    assert "clay-price" in _fired("The Clay Filter is only 240 Frw a day!")
    assert "clay-price" in _fired("The Clay Filter is only RWF 240 a day!")
    assert "clay-price" in _fired("The Clay Filter is only 240 FRw a day!")
    assert "clay-price" in _fired("The Clay Filter is only 1 750 FCFA a week!")


def test_the_price_line_satisfies_the_rule() -> None:
    assert "clay-price" not in _fired(f"The Clay Filter is only 240 Frw a day!\n\n{_LINE}")


def test_a_price_the_offer_terms_give_its_own_product_is_not_the_named_owners_product() -> None:
    body = f"The Steel Filter deposit is just 7,000 Frw for Clay Filter owners.\n\n{_TERMS}"
    assert "clay-price" not in _fired(body, offer_id="steel-upgrade")
    assert "clay-price" in _fired(body)
