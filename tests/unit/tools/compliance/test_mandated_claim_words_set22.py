"""A claim's words inside a longer line the pack mandates use no claim (issue 17, set 22).

Hearthside Teas, a tea merchant invented for these tests, may call two blends "Certified
Organic." and must print "This blend is not yet Certified Organic." wherever its third blend is
named. The mandated notice holds the claim's short wording, so every message naming the third
blend was read as the claim said of the wrong product. The notice denies the claim; the claim
said of the third blend outside it still blocks.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 3, 9)
_NOTICE = "This blend is not yet Certified Organic."
_CERT = "Certificate OR-2291."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Hearthside Teas", "en-GB", "Europe/London"),
            "rules": [
                rule(
                    "claims",
                    "claim_grounding",
                    {
                        "categories": ["endorsement"],
                        "extra_triggers": {"endorsement": ["certified organic"]},
                    },
                ),
                rule(
                    "notice",
                    "disclosure",
                    {"trigger_products": ["smoky"], "required_any": [_NOTICE]},
                ),
            ],
            "products": [
                {"id": "green", "name": "Misty Green Blend"},
                {"id": "breakfast", "name": "Harbour Breakfast Blend"},
                {"id": "smoky", "name": "Ember Smoky Blend"},
            ],
            "claims": [
                {
                    "id": "organic",
                    "text": "Certified organic by the Soil Board.",
                    "variants": ["Certified Organic."],
                    "category": "endorsement",
                    "substantiation": "Soil Board certificate OR-2291",
                    "channels": ["email"],
                    "products": ["green", "breakfast"],
                    "disclaimer": _CERT,
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Three blends for March",
        body=body,
        send_time=datetime(2027, 3, 9, 9, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_the_mandated_notice_is_no_use_of_the_claim() -> None:
    assert "claims" not in _fired(f"New: Ember Smoky Blend. {_NOTICE}")
    body = f"Misty Green Blend: Certified Organic. {_CERT}\nEmber Smoky Blend: {_NOTICE}"
    assert "claims" not in _fired(body)


def test_the_claim_said_of_the_other_product_still_blocks() -> None:
    assert "claims" in _fired(f"Ember Smoky Blend: Certified Organic. {_CERT}")
    assert "claims" in _fired(f"Misty Green Blend: Certified Organic. {_NOTICE}")
