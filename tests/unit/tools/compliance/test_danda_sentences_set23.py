"""A danda ("।") ends a sentence of an offer's restated terms (issue 17, set 23).

Pitha Ghar, a Bengali rice-cake kitchen invented for these tests, sends SMS that restate an
offer's terms word for word and then give the opt-out line with its short code. Its terms end
in a danda, the full stop of Bengali copy, which did not end a sentence: the restated terms ran
on into the opt-out line, and the short code read as a figure the offer does not give. A
restatement with a changed figure still blocks.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 2, 10)
_TERMS = "কোড PITHA8: ভাপা পিঠার মিশ্রণে ৮% ছাড়, ২৮ ফেব্রুয়ারি ২০২৭ পর্যন্ত।"
_STOP = "বার্তা বন্ধ করতে STOP লিখে ২৭২৭২ নম্বরে পাঠান"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Pitha Ghar",
                "short_name": "পিঠা ঘর",
                "legal_name": "Pitha Ghar Ltd",
                "postal_address": "১২ লেক রোড, সিলেট ৩১০০",
                "sender_addresses": {"sms": "PithaGhar"},
                "channels": ["sms"],
                "locales": ["bn-BD"],
                "default_time_zone": "Asia/Dhaka",
                "website_domains": ["pithaghar.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "offers": [
                {
                    "id": "pitha8",
                    "name": "ভাপা পিঠার মিশ্রণে ৮% ছাড়",
                    "terms": _TERMS,
                    "disclosure": _TERMS,
                    "code": "PITHA8",
                    "discount_type": "percent",
                    "discount_amount": 8,
                    "channels": ["sms"],
                    "valid_from": "2027-02-01",
                    "valid_until": "2027-02-28",
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="sms", body=body, send_time=datetime(2027, 2, 10, 5, 0), offer_id="pitha8"
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_restated_terms_end_at_the_danda_before_the_opt_out_line() -> None:
    assert "offers" not in _fired(f"পিঠা ঘর: শীতের পিঠা! {_TERMS} {_STOP}")


def test_restated_terms_with_another_figure_still_block() -> None:
    changed = _TERMS.replace("৮%", "১২%")
    assert "offers" in _fired(f"পিঠা ঘর: শীতের পিঠা! {changed} {_STOP}")
