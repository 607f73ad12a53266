"""Shilling prices ("KSh 3,900", "Ksh3,900", "3,900 KES") are prices (issue 17, set 22).

Pwani Solar, a Kenyan solar-lamp seller invented for these tests, lists its Pwani Lamp at
KSh 4,500 and must show "Prices include VAT." with any price. A shilling amount was no price to
the offer rule, so a lamp offered below its list price with no offer, or a cash bonus promised
with no offer, went through; the list price stays a plain fact. Nor was it a price to a
disclosure's price trigger, so a price without the VAT line went through; a name such as "Kes"
with no figure after it is still no price.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 2, 9)
_VAT = "Prices include VAT."


def _pack() -> BrandPack:
    vat = rule("vat-line", "disclosure", {"trigger_prices": ["any"], "required_any": [_VAT]})
    return parse_pack(
        {
            "brand": {
                "name": "Pwani Solar",
                "legal_name": "Pwani Solar Limited",
                "postal_address": "Moi Avenue 18, P.O. Box 90210-80100, Mombasa, Kenya",
                "sender_addresses": {"email": "jambo@pwani.example"},
                "channels": ["email"],
                "locales": ["en-KE"],
                "default_time_zone": "Africa/Nairobi",
                "website_domains": ["pwani.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300}), vat],
            "products": [
                {"id": "lamp", "name": "Pwani Lamp", "list_price": 4500, "currency": "KES"},
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Light for the evenings",
        body=body,
        send_time=datetime(2027, 2, 9, 7, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_shilling_price_below_the_list_without_an_offer_blocks() -> None:
    for price in ("KSh 3,900", "Ksh3,900", "Kshs. 3,900", "KES 3,900", "3,900 KES", "3,900/="):
        assert "offers" in _fired(f"The Pwani Lamp is now {price}. {_VAT}"), price
    assert "offers" not in _fired(f"The Pwani Lamp costs KSh 4,500. {_VAT}")


def test_a_shilling_bonus_without_an_offer_blocks() -> None:
    assert "offers" in _fired(f"Buy a Pwani Lamp and get a KSh 500 bonus. {_VAT}")


def test_a_shilling_price_needs_the_price_disclosure() -> None:
    assert "vat-line" in _fired("The Pwani Lamp costs KSh 4,500.")
    assert "vat-line" in _fired("The Pwani Lamp costs Ksh4,500.")
    assert "vat-line" not in _fired(f"The Pwani Lamp costs KSh 4,500. {_VAT}")
    assert "vat-line" not in _fired("Kes and Amina lit their shop with a Pwani Lamp.")
