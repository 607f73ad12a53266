"""A claim's opening with its figure given apart (issue 17, claims17).

The brand is "Pellmoor", a pension provider invented for these tests (not the sample brand,
not an evaluation brand). Its approved claim is "Annual fees for the Core plan (standard) are
0.85% p.a." A parenthesis splits the sentence into clauses, so its opening ("Annual fees for
the Core plan") was read as the claim narrowed, and the figure after the parenthesis went
unread: "… (standard) are 0.75% p.a." restates the claim with another figure and blocks. The
approved wording still passes, also beside another sentence with a figure.
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
    "name": "Pellmoor",
    "legal_name": "Pellmoor Pensions Ltd",
    "postal_address": "12 Wharf Street, Leeds LS2 7EQ, United Kingdom",
    "sender_addresses": {"email": "hello@pellmoor.example", "sms": "Pellmoor", "push": "pm"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["pellmoor.example"],
}


@pytest.fixture(scope="module")
def pack() -> BrandPack:
    """The Pellmoor pack: one approved fee claim and the claim grounding rule."""
    claims = rule(
        "claims",
        "claim_grounding",
        {"categories": ["price"], "extra_triggers": {"price": ["annual fees"]}},
    )
    fee = {
        "id": "core-fee",
        "text": "Annual fees for the Core plan (standard) are 0.85% p.a.",
        "category": "price",
        "substantiation": "Fee schedule 2026",
        "channels": ["email"],
    }
    return parse_pack({"brand": _BRAND, "rules": [claims], "claims": [fee]}, source="test")


@pytest.mark.parametrize(
    "body",
    [
        "Annual fees for the Core plan (standard) are 0.75% p.a.",
        "Annual fees for the Core plan (standard) are just 0.5% p.a. this year.",
    ],
)
def test_other_figure_after_the_opening_blocks(
    check: Callable[..., Verdict], pack: BrandPack, body: str
) -> None:
    assert claims_block(check, pack, body), body


@pytest.mark.parametrize(
    "body",
    [
        "Annual fees for the Core plan (standard) are 0.85% p.a.",
        "Annual fees for the Core plan (standard) are 0.85% p.a. Switching takes 5 minutes.",
    ],
)
def test_approved_figure_passes(check: Callable[..., Verdict], pack: BrandPack, body: str) -> None:
    assert not claims_block(check, pack, body), body
