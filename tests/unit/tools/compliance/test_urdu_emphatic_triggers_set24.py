"""A negated claim trigger is found in its emphatic Urdu form too (issue 17, set 24).

Saaf Ghar, a cleaning-products brand invented for these tests, governs durability claims
with the trigger "داغ نہیں رہتا" (no stain stays). Copy saying "داغ کبھی نہیں رہتا" (no stain
ever stays) or "داغ ہرگز نہیں رہتا" (by no means) makes the same claim, stronger, and is
ungrounded.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.emphatic_negations import emphatic_forms


def _pack() -> BrandPack:
    claims = rule(
        "claims",
        "claim_grounding",
        {
            "categories": ["efficacy"],
            "extra_triggers": {"efficacy": ["داغ نہیں رہتا"]},
        },
    )
    return parse_pack(
        {"brand": email_brand("Saaf Ghar", "ur-PK", "Asia/Karachi"), "rules": [claims]},
        source="test",
    )


def _claims(body: str) -> bool:
    message = Message(
        channel="email", subject="صفائی", body=body, send_time=datetime(2027, 3, 10, 6, 0)
    )
    verdict = RuleEngine(_pack()).check(message, as_of=date(2027, 3, 10))
    return "claims" in verdict.fired_rule_ids


def test_the_emphatic_negation_is_the_same_claim() -> None:
    assert _claims("ہمارے صابن سے کپڑوں پر داغ کبھی نہیں رہتا۔")
    assert _claims("ہمارے صابن سے کپڑوں پر داغ ہرگز نہیں رہتا۔")
    assert _claims("ہمارے صابن سے کپڑوں پر داغ نہیں رہتا۔")
    assert not _claims("ہمارے نئے صابن کی خوشبو تازہ ہے۔")


def test_only_a_phrase_with_a_plain_negation_has_emphatic_forms() -> None:
    assert emphatic_forms("داغ نہیں رہتا") == ("داغ کبھی نہیں رہتا", "داغ ہرگز نہیں رہتا")
    assert emphatic_forms("داغ کبھی نہیں رہتا") == ()
    assert emphatic_forms("stain free") == ()
