"""Urdu "free" (مفت) is a promotional word of the offer rule (issue 17, set 24).

Naan Ghar, a bakery invented for these tests, delivers free over Rs. 2,000 (a standing
statement). "مفت" (free) written elsewhere, with no offer giving it ("اس ہفتے ہر آرڈر پر مفت
ڈیلیوری", free delivery on every order this week), is a promotion no offer approves; the
standing statement itself is none.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.urdu_promotions import free_words

_STANDING = "Rs. 2,000 سے زائد کے آرڈرز پر ڈیلیوری مفت ہے۔"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Naan Ghar", "ur-PK", "Asia/Karachi"),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "standing_statements": [{"id": "delivery", "text": _STANDING}],
        },
        source="test",
    )


def _offers(body: str) -> bool:
    message = Message(
        channel="email", subject="تازہ نان", body=body, send_time=datetime(2027, 3, 10, 6, 0)
    )
    return "offers" in RuleEngine(_pack()).check(message, as_of=date(2027, 3, 10)).fired_rule_ids


def test_an_urdu_free_without_an_offer_blocks() -> None:
    assert _offers("اس ہفتے ہر آرڈر پر مفت ڈیلیوری۔")
    assert _offers("پہلے آرڈر کے ساتھ ایک نان مفت!")


def test_the_standing_free_delivery_passes() -> None:
    assert not _offers(f"تازہ نان روزانہ۔ {_STANDING}")


def test_free_is_a_word_of_its_own() -> None:
    assert free_words("مفت ڈیلیوری") == [(0, 3)]
    assert free_words("free delivery") == []
