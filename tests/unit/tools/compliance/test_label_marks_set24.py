"""A label ending in a combining mark is still followed by its figure (issue 17, set 24).

Kovai Thrift Club, a savings club invented for these tests, keeps members' numbers out of its
copy. Its labels end in a Tamil virama ("உறுப்பினர் எண்") or a Hindi vowel sign ("सदस्य
संख्या"), which the skeleton view drops: the label found there ended before the mark, and the
figure after it was not read as the label's value.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 2, 3)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Kovai Thrift Club",
                "legal_name": "Kovai Thrift Club Private Limited",
                "postal_address": "21, அவினாசி சாலை, கோயம்புத்தூர் 641018",
                "sender_addresses": {"email": "hello@kovaithrift.example"},
                "channels": ["email"],
                "locales": ["ta-IN"],
                "default_time_zone": "Asia/Kolkata",
                "website_domains": ["kovaithrift.example"],
            },
            "rules": [
                rule(
                    "member-numbers",
                    "personal_data",
                    {"labelled": ["உறுப்பினர் எண்", "सदस्य संख्या"]},
                ),
            ],
        },
        source="test",
    )


def _fired(subject: str, body: str = "இந்த மாதத் தவணை நினைவூட்டல்.") -> set[str]:
    message = Message(
        channel="email",
        subject=subject,
        body=body,
        send_time=datetime(2027, 2, 3, 5, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_tamil_label_ending_in_a_virama_takes_its_figure() -> None:
    assert "member-numbers" in _fired("உங்கள் உறுப்பினர் எண் KT-55120 — நினைவூட்டல்")
    assert "member-numbers" in _fired("உறுப்பினர் எண்: 55120")


def test_a_hindi_label_ending_in_a_vowel_sign_takes_its_figure() -> None:
    assert "member-numbers" in _fired("आपकी सदस्य संख्या 44120 है")


def test_a_label_without_a_figure_is_no_personal_data() -> None:
    assert "member-numbers" not in _fired("உங்கள் உறுப்பினர் எண் அட்டையில் உள்ளது")
