"""Rupee prices and discounts of Pakistani copy are read (issue 17, set 24).

Sitara Jootay, a shoe shop invented for these tests, lists a Khussa Classic at Rs. 2,800 and
writes in Urdu. Its prices are written "Rs. 2,800", "PKR 2,800" or "۲,۸۰۰ روپے", its discounts
"10% رعایت" (10% discount) or "Rs. 300 کی رعایت", its codes "کوڈ …": none of them was read, so
a price cut or a discount offered without an approved offer went through, and so did a
discount in an order update that may carry no promotion. A disclosure's price shapes read them
too.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.price_triggers import PRICE

_DAY = date(2027, 3, 10)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Sitara Jootay", "ur-PK", "Asia/Karachi"),
            "rules": [
                rule("offers", "offer_terms", {"conditions_within_chars": 300}),
                rule(
                    "order-updates",
                    "disclosure",
                    {"trigger_phrases": ["آپ کا آرڈر بھیج دیا گیا"], "no_promotion": True},
                ),
            ],
            "products": [
                {"id": "khussa", "name": "Khussa Classic", "list_price": 2800, "currency": "PKR"}
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Sitara Jootay",
        body=body,
        send_time=datetime(2027, 3, 10, 6, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_rupee_price_below_the_list_without_an_offer_blocks() -> None:
    assert "offers" in _fired("Khussa Classic اب صرف Rs. 2,200 میں۔")
    assert "offers" in _fired("Khussa Classic اب صرف PKR 2,200 میں۔")
    assert "offers" in _fired("Khussa Classic صرف ۲,۲۰۰ روپے میں۔")


def test_the_list_price_in_rupees_passes() -> None:
    assert "offers" not in _fired("Khussa Classic کی قیمت Rs. 2,800 ہے۔")
    assert "offers" not in _fired("Khussa Classic کی قیمت ۲,۸۰۰ روپے ہے۔")


def test_an_urdu_discount_or_code_without_an_offer_blocks() -> None:
    assert "offers" in _fired("Khussa Classic پر 10% رعایت، آج ہی آرڈر کریں۔")
    assert "offers" in _fired("Khussa Classic پر Rs. 300 کی رعایت۔")
    assert "offers" in _fired("اگلی خریداری پر کوڈ SITARA15 استعمال کریں۔")


def test_a_discount_in_an_order_update_blocks() -> None:
    fired = _fired("آپ کا آرڈر بھیج دیا گیا ہے۔ اگلی بار 15% رعایت کے لیے کوڈ SHUKRIA15۔")
    assert "order-updates" in fired
    assert "order-updates" not in _fired("آپ کا آرڈر بھیج دیا گیا ہے۔ شکریہ!")


def test_disclosure_price_shapes_read_rupees() -> None:
    for text in ("Rs. 2,800", "Rs 500", "PKR 2,800", "۲,۸۰۰ روپے", "2,800 PKR"):
        assert re.search(PRICE, fold(text).text), text
    assert not re.search(PRICE, fold("yrs 5 and hrs 2").text)
