"""The sender saying it does not word a claim makes no claim (issue 17, claims16).

The brand is "Millbeck Soap", a soap maker invented for these tests (not the sample brand, not
an evaluation brand). "Why our labels don't say eco-friendly" and 'we don't put
"eco-friendly" on our labels' mention the words to say they are not used. A product's lack
stated with an unquoted "use" ("We don't use artificial colours"), "don't just say" or the
words said outright stay claims.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Verdict
from nextbest.tools.compliance.sender_denials import disowns_wording

_BRAND: dict[str, Any] = {
    "name": "Millbeck Soap",
    "legal_name": "Millbeck Soap Ltd",
    "postal_address": "3 Tannery Yard, Keswick CA12 5AB, UK",
    "sender_addresses": {"email": "hi@millbeck.example", "sms": "Millbeck", "push": "mb"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["millbeck.example"],
}


@pytest.fixture(scope="module")
def pack() -> BrandPack:
    """The Millbeck pack: only the claim grounding rule."""
    claims = rule("claims", "claim_grounding", {"categories": ["sustainability", "health"]})
    return parse_pack({"brand": _BRAND, "rules": [claims]}, source="test")


def _fires(check: Callable[..., Verdict], pack: BrandPack, subject: str, body: str) -> bool:
    verdict: Verdict = check(pack, channel="email", subject=subject, body=body)
    return "claims" in set(verdict.fired_rule_ids)


def test_the_sender_disowning_the_words_passes(
    check: Callable[..., Verdict], pack: BrandPack
) -> None:
    body = (
        'Some of you asked why we don\'t put "eco-friendly" on our labels. The short answer: '
        "it says too little to be useful."
    )
    assert not _fires(check, pack, "Why our labels don't say eco-friendly", body)


def test_a_stated_lack_or_the_words_said_block(
    check: Callable[..., Verdict], pack: BrandPack
) -> None:
    for body in (
        "We don't use artificial colours in any bar.",
        "We don't just say eco-friendly, we prove it.",
        'Our labels say "eco-friendly" because it is.',
    ):
        assert _fires(check, pack, "Our soap", body), body


def test_disowns_wording() -> None:
    text = "Why our labels don't say carbon neutral"
    assert disowns_wording(text, text.index("carbon"))
    text = "We don't use artificial colours."
    assert not disowns_wording(text, text.index("artificial"))
