"""A standing free service beside an offer needs none of the offer's conditions (issue 17, set 14).

The brand is Harbourline Roofing, invented for these tests. Its standing statement gives every
roof inspection free; its one offer is £300 off a flat-roof replacement, whose conditions must
sit near each of its mentions. "Book a free inspection" in the call to action speaks of the
standing service, not of the offer: it is no mention of the offer and needs no conditions
beside it. A "free" of something the brand does not give free outright is still read against
the offer, and the offer's own amount far from its conditions still blocks.
"""

from __future__ import annotations

from datetime import date, datetime

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import RuleEngine
from nextbest.tools.compliance.message import Message

_DAY = date(2027, 3, 2)
_CONDITIONS = (
    "£300 off the standard price of £6,400 for flat-roof replacements ordered 1-31 March 2027. "
    "Roofs up to 30 m²; subject to inspection."
)
_FILLER = " ".join(["Our fitters work in every season and leave the site tidy each evening."] * 6)


def _pack() -> BrandPack:
    brand = {
        "name": "Harbourline Roofing",
        "legal_name": "Harbourline Roofing Ltd",
        "postal_address": "4 Quay Street, Whitby YO21 1AA",
        "sender_addresses": {"email": "news@harbourline.example"},
        "channels": ["email"],
        "default_time_zone": "Europe/London",
        "website_domains": ["harbourline.example"],
    }
    offer = {
        "id": "flat-roof-300",
        "name": "£300 off a flat-roof replacement",
        "terms": _CONDITIONS,
        "disclosure": _CONDITIONS,
        "discount_type": "amount",
        "discount_amount": 300,
        "currency": "GBP",
        "channels": ["email"],
        "valid_from": "2027-03-01",
        "valid_until": "2027-03-31",
    }
    offers_rule = {
        "id": "offers",
        "kind": "offer_terms",
        "description": "Promotions exactly as approved, with conditions near.",
        "rationale": "tests",
        "source": "test suite",
        "params": {"conditions_within_chars": 200, "require_offer_id": True},
    }
    return parse_pack(
        {
            "brand": brand,
            "standing_statements": [
                {
                    "id": "free-inspection",
                    "text": "Your roof inspection is free, with no obligation.",
                }
            ],
            "rules": [offers_rule],
            "offers": [offer],
        },
        source="test",
    )


def _check(body: str, cta: str) -> set[str]:
    message = Message(
        channel="email",
        subject="£300 off a flat roof",
        body=body,
        cta=cta,
        offer_id="flat-roof-300",
        send_time=datetime(2027, 3, 2, 10, 0),
    )
    verdict = RuleEngine(_pack()).check(message, as_of=_DAY)
    return {v.rule_id for v in verdict.violations if v.severity == "block"}


def test_standing_free_service_in_the_cta_needs_no_conditions() -> None:
    body = f"£300 off a flat-roof replacement. {_CONDITIONS}\n\n{_FILLER}"
    assert "offers" not in _check(body, "Book a free inspection")


def test_free_thing_the_brand_does_not_give_still_blocks() -> None:
    body = f"£300 off a flat-roof replacement. {_CONDITIONS}\n\n{_FILLER}"
    assert "offers" in _check(body, "Get free guttering")


def test_offer_amount_far_from_its_conditions_still_blocks() -> None:
    body = f"{_CONDITIONS}\n\n{_FILLER}\n\nRemember: £300 off a flat-roof replacement."
    assert "offers" in _check(body, "Book a free inspection")
