"""A banned phrase written with a currency sign needs the sign (issue 17, set 14).

The brand is Oakridge Flooring, invented for these tests. It bans reference prices: "worth £"
and "valued at". "It's worth checking the skirting for gaps" uses "worth" in its everyday
sense; "a rug worth £300" and "worth over £300" are the banned reference price.
"""

from __future__ import annotations

from datetime import date, datetime

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import RuleEngine
from nextbest.tools.compliance.message import Message


def _pack() -> BrandPack:
    brand = {
        "name": "Oakridge Flooring",
        "legal_name": "Oakridge Flooring Ltd",
        "postal_address": "3 Station Road, Hexham NE46 1AA",
        "sender_addresses": {"email": "news@oakridge.example"},
        "channels": ["email"],
        "default_time_zone": "Europe/London",
        "website_domains": ["oakridge.example"],
    }
    banned = {
        "id": "reference-prices",
        "kind": "banned_phrase",
        "description": "No reference prices.",
        "rationale": "tests",
        "source": "test suite",
        "params": {"phrases": ["worth £", "worth over £", "valued at"]},
    }
    return parse_pack({"brand": brand, "rules": [banned]}, source="test")


def _fired(body: str) -> bool:
    message = Message(
        channel="email", subject="Floor care", body=body, send_time=datetime(2026, 12, 4, 10, 0)
    )
    verdict = RuleEngine(_pack()).check(message, as_of=date(2026, 12, 4))
    return any(v.rule_id == "reference-prices" for v in verdict.violations)


def test_everyday_worth_passes() -> None:
    assert not _fired("It's worth checking the skirting for gaps before winter.")


def test_reference_price_still_blocks() -> None:
    for body in (
        "Order this month and get a rug worth £300.",
        "A free underlay worth over £300 with every floor.",
        "A rug valued at £300.",
    ):
        assert _fired(body), body
