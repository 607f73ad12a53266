"""Sinhala "all" slipped into an approved claim strengthens it (issue 17, set 24).

Lakpura Bakes, a bakery chain invented for these tests, may say that its Galle shop is ISO
9001 certified. "All our shops are ISO 9001 certified" in Sinhala repeats the claim's own
words with "සියලුම" (all) in place of the town: a stronger, unapproved claim, which the
engine read as the approved one because it knew only the English "all".
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 5, 4)
_CLAIM = "අපගේ ගාල්ල වෙළඳසැල ISO 9001 සහතිකය ලබා ඇත."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Lakpura Bakes",
                "legal_name": "Lakpura Bakes (Pvt) Ltd",
                "postal_address": "අංක 7, දළදා වීදිය, මහනුවර",
                "sender_addresses": {"email": "hello@lakpura.example"},
                "channels": ["email"],
                "locales": ["si-LK"],
                "default_time_zone": "Asia/Colombo",
                "website_domains": ["lakpura.example"],
            },
            "rules": [
                rule(
                    "claims",
                    "claim_grounding",
                    {
                        "categories": ["endorsement"],
                        "extra_triggers": {"endorsement": ["සහතිකය"]},
                    },
                ),
            ],
            "claims": [
                {
                    "id": "galle-iso",
                    "text": _CLAIM,
                    "category": "endorsement",
                    "substantiation": "ISO 9001 certificate of the Galle shop",
                    "channels": ["email"],
                    "keywords": ["ISO 9001", "සහතිකය"],
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="ලක්පුර බේකරිය",
        body=body,
        send_time=datetime(2027, 5, 4, 4, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_the_approved_claim_passes() -> None:
    assert "claims" not in _fired(_CLAIM)


def test_all_our_shops_strengthens_the_claim() -> None:
    assert "claims" in _fired("අපගේ සියලුම වෙළඳසැල් ISO 9001 සහතිකය ලබා ඇත.")
    assert "claims" in _fired("අපගේ සියලු වෙළඳසැල් ISO 9001 සහතිකය ලබා ඇත.")
