"""A line another rule mandates is no restatement of the offer (issue 17, set 14).

The brand is Brookvale Vet Plans, invented for these tests. Its payment-plan offer ends "Annual
boosters are billed separately."; a disclosure rule requires, wherever a price is stated, the
line "Annual boosters are $65 (dogs) or $55 (cats), billed each year on the plan date." That
line is the rule's wording, not the offer's sentence restated with other figures. A sentence of
the copy's own that restates the offer's sentence with figures the offer does not give still
blocks.
"""

from __future__ import annotations

from datetime import date, datetime

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import RuleEngine
from nextbest.tools.compliance.message import Message

_TERMS = (
    "0% APR payment plan on the $480 Wellness Plan: 12 monthly payments of $40, $0 down. "
    "Subject to approval. Annual boosters are billed separately."
)
_LINE = "Annual boosters are $65 (dogs) or $55 (cats), billed each year on the plan date."


def _pack() -> BrandPack:
    brand = {
        "name": "Brookvale Vet Plans",
        "legal_name": "Brookvale Veterinary LLC",
        "postal_address": "300 River Road, Albany, NY 12207, USA",
        "sender_addresses": {"email": "care@brookvale.example"},
        "channels": ["email"],
        "default_time_zone": "America/New_York",
        "website_domains": ["brookvale.example"],
    }
    offer = {
        "id": "wellness-12",
        "name": "Wellness Plan in 12 monthly payments at 0% APR",
        "terms": _TERMS,
        "disclosure": _TERMS,
        "discount_type": "none",
        "currency": "USD",
        "apr": 0,
        "term_months": 12,
        "monthly_payment": 40,
        "down_payment": 0,
        "channels": ["email"],
        "valid_from": "2027-01-01",
        "valid_until": "2027-06-30",
    }
    rules = [
        {
            "id": "offers",
            "kind": "offer_terms",
            "description": "Promotions exactly as approved.",
            "rationale": "tests",
            "source": "test suite",
            "params": {"conditions_within_chars": 400},
        },
        {
            "id": "booster-line",
            "kind": "disclosure",
            "description": "Any price carries the booster line.",
            "rationale": "tests",
            "source": "test suite",
            "params": {"trigger_prices": ["any"], "required_any": [_LINE]},
        },
    ]
    return parse_pack({"brand": brand, "rules": rules, "offers": [offer]}, source="test")


def _offer_fired(body: str) -> bool:
    message = Message(
        channel="email",
        subject="The Wellness Plan, month by month",
        body=body,
        offer_id="wellness-12",
        send_time=datetime(2027, 1, 6, 17, 0),
    )
    verdict = RuleEngine(_pack()).check(message, as_of=date(2027, 1, 6))
    return any(v.rule_id == "offers" for v in verdict.violations)


def test_mandated_line_is_not_the_offer_restated() -> None:
    assert not _offer_fired(f"{_TERMS}\n\n{_LINE}")


def test_own_sentence_with_other_figures_still_blocks() -> None:
    body = f"{_TERMS}\n\nAnnual boosters are billed separately at $19 a month."
    assert _offer_fired(body)
