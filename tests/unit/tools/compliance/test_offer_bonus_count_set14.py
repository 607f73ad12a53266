"""A counted bonus must be the offer's count (issue 17, set 14).

The brand is Skyharbor Rewards Card, invented for these tests. Its offer gives 40,000 bonus
miles after a minimum spend. "Earn 45,000 bonus miles" above the offer's conditions states a
bonus the offer does not give; "Earn 40,000 bonus miles" is the offer's own.
"""

from __future__ import annotations

from datetime import date, datetime

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import RuleEngine
from nextbest.tools.compliance.message import Message

_TERMS = (
    "Offer for new Skyharbor Card accounts: earn 40,000 bonus miles after you spend $2,000 on "
    "purchases in the first 3 months. Apply by June 30, 2027."
)


def _pack() -> BrandPack:
    brand = {
        "name": "Skyharbor Rewards Card",
        "legal_name": "Skyharbor Bank, N.A.",
        "postal_address": "50 Pier Street, Portland, ME 04101, USA",
        "sender_addresses": {"email": "cards@skyharbor.example"},
        "channels": ["email"],
        "default_time_zone": "America/New_York",
        "website_domains": ["skyharbor.example"],
    }
    offer = {
        "id": "welcome-40k",
        "name": "Earn 40,000 bonus miles",
        "terms": _TERMS,
        "disclosure": _TERMS,
        "discount_type": "points",
        "discount_amount": 40000,
        "min_spend": 2000,
        "currency": "USD",
        "channels": ["email"],
        "valid_from": "2027-01-01",
        "valid_until": "2027-06-30",
    }
    offers_rule = {
        "id": "offers",
        "kind": "offer_terms",
        "description": "Promotions exactly as approved.",
        "rationale": "tests",
        "source": "test suite",
        "params": {"conditions_within_chars": 300},
    }
    return parse_pack({"brand": brand, "rules": [offers_rule], "offers": [offer]}, source="test")


def _offer_fired(headline: str) -> bool:
    message = Message(
        channel="email",
        subject="Your welcome bonus",
        body=f"{headline}\n\n{_TERMS}",
        offer_id="welcome-40k",
        send_time=datetime(2027, 2, 4, 17, 0),
    )
    verdict = RuleEngine(_pack()).check(message, as_of=date(2027, 2, 4))
    return any(v.rule_id == "offers" for v in verdict.violations)


def test_the_offers_own_count_passes() -> None:
    assert not _offer_fired("Earn 40,000 bonus miles with the Skyharbor Card.")


def test_another_count_blocks() -> None:
    assert _offer_fired("Earn 45,000 bonus miles with the Skyharbor Card.")
