"""An instruction to use a feature an approved claim in the message states (claims16).

The brand is "Pennywell", a teen debit card invented for these tests (not the sample brand,
not an evaluation brand). Its approved claim "Freeze the card instantly from the parent app."
is in the message; a tip "If a purchase looks wrong, freeze the card first and call us." tells
the reader when to use that feature and is no second claim. Without the claim in the message,
or with a figure or a strengthener, the instruction still blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from compliance_helpers import claims_block, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Verdict

_BRAND: dict[str, Any] = {
    "name": "Pennywell",
    "legal_name": "Pennywell Money Inc.",
    "postal_address": "12 Canal Street, Boise, ID 83702, USA",
    "sender_addresses": {"email": "hi@pennywell.example", "sms": "55120", "push": "pw"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "America/Boise",
    "website_domains": ["pennywell.example"],
}
_CLAIM = "Freeze the card instantly from the parent app."


@pytest.fixture(scope="module")
def pack() -> BrandPack:
    """The Pennywell pack: a card-freeze claim whose keyword is a service trigger."""
    claims = rule(
        "claims",
        "claim_grounding",
        {"categories": ["service"], "extra_triggers": {"service": ["freeze the card"]}},
    )
    claim = {
        "id": "freeze",
        "text": _CLAIM,
        "category": "service",
        "substantiation": "spec",
        "keywords": ["freeze the card"],
        "channels": ["email", "sms", "push"],
    }
    return parse_pack({"brand": _BRAND, "rules": [claims], "claims": [claim]}, source="test")


def _blocks(check: Callable[..., Verdict], pack: BrandPack, body: str) -> bool:
    return claims_block(check, pack, body, subject="Card safety")


def test_a_tip_beside_the_claim_passes(check: Callable[..., Verdict], pack: BrandPack) -> None:
    body = f"1. {_CLAIM}\n2. If a purchase looks wrong, freeze the card first and call us."
    assert not _blocks(check, pack, body)


def test_the_tip_alone_or_strengthened_blocks(
    check: Callable[..., Verdict], pack: BrandPack
) -> None:
    for body in (
        "If a purchase looks wrong, freeze the card first and call us.",
        f"{_CLAIM} If a purchase looks wrong, freeze the card in 2 seconds.",
        f"{_CLAIM} Always freeze the card first, with no delay ever.",
    ):
        assert _blocks(check, pack, body), body
