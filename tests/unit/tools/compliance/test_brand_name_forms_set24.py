"""A brand name written in more than one script (issue 17, set 24).

Chandni Chai, a tea house invented for these tests, is "Chandni Chai" in its Latin-script copy
and "چاندنی چائے" in its Urdu copy. With one written form in the pack, every Urdu SMS signed with
the Urdu name lacked "the brand name"; ``brand.name_forms`` lists the other written forms, any
of which meets the element and each is the brand's own name to the other rules.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.brand_context.pack_entries import content_hash
from nextbest.tools.compliance import Message, RuleEngine

_URDU = "چاندنی چائے"


def _pack(**brand: Any) -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Chandni Chai House",
                "short_name": "Chandni Chai",
                "legal_name": "Chandni Chai (Pvt) Ltd",
                "postal_address": "14 Mall Road, Lahore 54000",
                "sender_addresses": {"sms": "8585"},
                "channels": ["sms"],
                "locales": ["ur-PK", "en-PK"],
                "default_time_zone": "Asia/Karachi",
                **brand,
            },
            "rules": [
                rule("sms-name", "required_element", {"element": "brand_name"}),
                rule("shout", "capitals", {"max_caps_words": 0}),
            ],
        },
        source="test",
    )


def _fired(pack: BrandPack, body: str) -> set[str]:
    message = Message(channel="sms", body=body, send_time=datetime(2027, 4, 6, 11, 0))
    return set(RuleEngine(pack).check(message, as_of=date(2027, 4, 6)).fired_rule_ids)


def test_the_urdu_form_of_the_name_meets_the_element_once_the_pack_lists_it() -> None:
    body = f"{_URDU}: نئی الائچی چائے اب ہر برانچ پر دستیاب ہے۔"
    assert "sms-name" in _fired(_pack(), body)
    listed = _pack(name_forms=[_URDU])
    assert "sms-name" not in _fired(listed, body)
    assert "sms-name" not in _fired(listed, "Chandni Chai: cardamom tea is back at every branch.")


def test_a_listed_form_is_no_licence_for_another_name() -> None:
    listed = _pack(name_forms=[_URDU])
    assert "sms-name" in _fired(listed, "چائے خانہ: نئی الائچی چائے اب ہر برانچ پر دستیاب ہے۔")


def test_a_listed_form_in_capitals_is_the_brand_not_shouting() -> None:
    body = "CHANDNI KI CHAI: cardamom tea is back at every branch of ours this week."
    assert "shout" in _fired(_pack(), body)
    assert "shout" not in _fired(_pack(name_forms=["CHANDNI KI CHAI"]), body)


def test_an_empty_list_leaves_the_packs_hash_as_it_was() -> None:
    assert content_hash(_pack(name_forms=[])) == content_hash(_pack())
    assert content_hash(_pack(name_forms=[_URDU])) != content_hash(_pack())
