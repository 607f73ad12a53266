"""Somali words for "extra" after a percentage and for "free" are read (issue 17, set 26).

Geel Connect, a phone-credit seller invented for these tests, has one offer: 20% more credit
on top-ups. "20% dheeraad ah" (20% extra) was no promotion to the offer rule, so a wrong figure
or missing conditions went through; "bilaash" (free) in a subject was no promise, so a subject
promising something free that the body does not give went through.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 6, 2)
_TERMS = "20% dheeraad ah marka aad iibsato $10 ama ka badan, ilaa 30/06/2027."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Geel Connect", "so-SO", "Africa/Mogadishu"),
            "rules": [
                rule("offers", "offer_terms", {"conditions_within_chars": 300}),
                rule("subject", "subject_honesty"),
            ],
            "offers": [
                {
                    "id": "credit20",
                    "name": "Credit 20",
                    "terms": _TERMS,
                    "disclosure": _TERMS,
                    "discount_type": "percent",
                    "discount_amount": 20,
                    "channels": ["email"],
                    "valid_from": "2027-06-01",
                    "valid_until": "2027-06-30",
                }
            ],
        },
        source="test",
    )


def _fired(body: str, subject: str = "Geel Connect", offer_id: str | None = None) -> set[str]:
    message = Message(
        channel="email",
        subject=subject,
        body=body,
        send_time=datetime(2027, 6, 2, 9, 0),
        offer_id=offer_id,
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_wrong_extra_percentage_blocks() -> None:
    assert "offers" in _fired(f"Hel 25% dheeraad ah. {_TERMS}", offer_id="credit20")
    assert "offers" not in _fired(f"Hel 20% dheeraad ah. {_TERMS}", offer_id="credit20")


def test_an_extra_percentage_without_its_conditions_blocks() -> None:
    assert "offers" in _fired("Hel 20% dheeraad ah maanta.", offer_id="credit20")


def test_a_free_subject_the_body_does_not_give_blocks() -> None:
    assert "subject" in _fired("Iibso credit maanta.", subject="Credit bilaash ah!")
    assert "subject" not in _fired("Iibso credit maanta.", subject="Credit cusub")
