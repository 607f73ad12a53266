"""Per-product disclosures and a bare alias shared with another product (issue 17).

Generic cases for a brand invented here: Harrier Kites, whose "Harrier Pro" power kite (alias
"Harrier") needs a safety line, and whose "Harrier Spare Lines" kit does not.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from compliance_helpers import rule as _rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict

DAY = date(2027, 3, 10)
SEND = datetime(2027, 3, 10, 15, 0)
SAFETY = "Power kites need a clear launch area and a safety leash."

PACK: dict[str, Any] = {
    "brand": {
        "name": "Harrier Kites",
        "legal_name": "Harrier Kites Ltd",
        "postal_address": "12 Dune Road, Brighton BN1 1AA, UK",
        "channels": ["email"],
        "default_time_zone": "Europe/London",
        "website_domains": ["harrierkites.example"],
    },
    "products": [
        {"id": "pro", "name": "Harrier Pro", "aliases": ["Harrier"], "category": "kite"},
        {"id": "lines", "name": "Harrier Spare Lines", "category": "accessory"},
    ],
    "rules": [
        _rule("kite-safety", "disclosure", {"trigger_products": ["pro"], "required_any": [SAFETY]})
    ],
}


def _check(body: str, subject: str) -> Verdict:
    pack: BrandPack = parse_pack(PACK, source="test")
    message = Message(channel="email", body=body, subject=subject, send_time=SEND)
    return RuleEngine(pack).check(message, as_of=DAY)


def test_a_bare_alias_beside_another_product_named_in_full_calls_for_nothing() -> None:
    """'for the Harrier' in a message about the Harrier Spare Lines: which one is unclear."""
    verdict = _check("The Harrier Spare Lines come in a 25 m set.", "New lines for the Harrier")
    assert not verdict.violations


def test_the_product_named_unambiguously_still_calls_for_its_line() -> None:
    """'Harrier Pro' named anywhere in the message: the bare alias is that product."""
    verdict = _check("The Harrier Spare Lines fit the Harrier Pro.", "New lines for the Harrier")
    assert [v.rule_id for v in verdict.violations] == ["kite-safety"]


def test_a_bare_alias_alone_still_names_the_product() -> None:
    """No other product named: 'the Harrier' is the kite."""
    verdict = _check("The Harrier is back in stock.", "Back in stock")
    assert [v.rule_id for v in verdict.violations] == ["kite-safety"]
