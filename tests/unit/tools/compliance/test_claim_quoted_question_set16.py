"""A reader's quoted health question runs on into the next sentence (issue 17, claims16).

The brand is "Hollowfen Sleep", a sleep-supplies shop invented for these tests (not the sample
brand, not an evaluation brand). A quoted yes/no question whose closing quote keeps the
sentence splitter from cutting after it ('"Does a humidifier cure snoring?" It's the question
we hear most.') is still the reader's open question: its health words assert nothing. The same
words after the question mark, or in a statement, still block.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from compliance_helpers import claims_block, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Verdict
from nextbest.tools.compliance.questions import question_at

_BRAND: dict[str, Any] = {
    "name": "Hollowfen Sleep",
    "legal_name": "Hollowfen Sleep Supplies LLC",
    "postal_address": "88 Orchard Row, Dayton, OH 45402, USA",
    "sender_addresses": {"email": "hi@hollowfen.example", "sms": "44521", "push": "hf"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "America/New_York",
    "website_domains": ["hollowfen.example"],
}


@pytest.fixture(scope="module")
def pack() -> BrandPack:
    """The Hollowfen pack: only the claim grounding rule, health governed."""
    claims = rule("claims", "claim_grounding", {"categories": ["health", "superlative"]})
    return parse_pack({"brand": _BRAND, "rules": [claims]}, source="test")


def _blocks(check: Callable[..., Verdict], pack: BrandPack, body: str) -> bool:
    return claims_block(check, pack, body, subject="Your questions")


def test_a_quoted_question_running_on_passes(
    check: Callable[..., Verdict], pack: BrandPack
) -> None:
    body = (
        '"Does a humidifier cure snoring?" It\'s the question we hear most. The honest answer: '
        "it can make the air easier to breathe."
    )
    assert not _blocks(check, pack, body)


def test_the_claim_after_the_question_or_as_a_statement_blocks(
    check: Callable[..., Verdict], pack: BrandPack
) -> None:
    for body in (
        '"Is it worth it?" Yes: our humidifier cures snoring for good.',
        '"A humidifier cures snoring." That is what we tell every customer.',
        '"Does our humidifier cure snoring?" It does.',
    ):
        assert _blocks(check, pack, body), body


def test_question_at() -> None:
    text = '"Does it cure snoring?" It\'s the question we hear most.'
    assert question_at(text, (0, len(text)), text.index("cure")) == "Does it cure snoring?"
    assert question_at(text, (0, len(text)), text.index("most")) == text
