"""A mandated line run on after an offer's conditions gives the offer no figures (set 21).

Kestrel Kitchens, a cookware shop invented for these tests, sends a price offer by SMS. Its
conditions line ("Trading Standards permit 4471-2 | 01/03/2027-31/03/2027") has no full stop,
and every SMS must end with the opt-out line "Reply STOP to 60455". Written one after the
other, the two read as one sentence, and the opt-out line's "60455" was taken for a figure
the copy gave the offer.
A figure the copy itself states beside the offer's words still blocks.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 3, 10)
_CONDITIONS = "Trading Standards permit 4471-2 | 01/03/2027-31/03/2027"
_OPT_OUT = "Reply STOP to 60455"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Kestrel Kitchens",
                "short_name": "Kestrel",
                "legal_name": "Kestrel Kitchens Ltd",
                "postal_address": "4 Forge Lane, Leeds LS1 4AB, United Kingdom",
                "sender_addresses": {"sms": "KESTREL"},
                "channels": ["sms"],
                "default_time_zone": "Europe/London",
                "website_domains": ["kestrel.example"],
            },
            "rules": [
                rule("offers", "offer_terms", {"conditions_within_chars": 300}),
                rule(
                    "sms-optout",
                    "required_element",
                    {"element": "statement", "text": _OPT_OUT},
                    channels=["sms"],
                ),
            ],
            "products": [
                {"id": "pan", "name": "Ember Skillet", "list_price": 90, "currency": "GBP"}
            ],
            "offers": [
                {
                    "id": "skillet-75",
                    "name": "March price: Ember Skillet £75, was £90",
                    "terms": "Ember Skillet for £75 (normal price £90), 1-31 March 2027.",
                    "disclosure": _CONDITIONS,
                    "discount_type": "price",
                    "discount_amount": 75,
                    "currency": "GBP",
                    "channels": ["sms"],
                    "products": ["pan"],
                    "valid_from": "2027-03-01",
                    "valid_until": "2027-03-31",
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="sms",
        body=body,
        sender="KESTREL",
        send_time=datetime(2027, 3, 10, 10, 0),
        offer_id="skillet-75",
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_the_opt_out_line_run_on_after_the_conditions_gives_the_offer_no_figure() -> None:
    body = f"Kestrel: March price: Ember Skillet £75, was £90. {_CONDITIONS} {_OPT_OUT}"
    assert _fired(body) == set()


def test_a_figure_of_the_copy_beside_the_conditions_still_blocks() -> None:
    body = f"Kestrel: March price: Ember Skillet £75, was £90. {_CONDITIONS} 20% extra {_OPT_OUT}"
    assert "offers" in _fired(body)
