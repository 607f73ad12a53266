"""General causes of claim false blocks and extra findings on the thirteenth set (claims13).

Every test uses a made-up brand built here — "Quillmoor Cycles", a bicycle shop and bike-share
with two folding bikes (Wren, Heron), a roof rack and a ride app — not the sample brand and not
the wording of any evaluation brand. Each test has a near neighbour that must still block.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from compliance_helpers import rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

DAY = date(2027, 6, 8)
NOON = datetime(2027, 6, 8, 11, 0, tzinfo=UTC)

BRAND = {
    "name": "Quillmoor Cycles",
    "short_name": "Quillmoor",
    "legal_name": "Quillmoor Cycles Ltd",
    "postal_address": "9 Tannery Row, Kendal LA9 4AB, United Kingdom",
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["quillmoor.example"],
}

PRODUCTS = [
    {"id": "wren", "name": "Wren Folding Bike", "category": "bike"},
    {"id": "heron", "name": "Heron Folding Bike", "category": "bike"},
    {"id": "rack", "name": "Skyline Roof Rack", "category": "rack"},
]

CLAIMS = rule(
    "claims",
    "claim_grounding",
    {
        "categories": [
            "superlative", "comparative", "endorsement", "guarantee", "service", "health",
            "efficacy",
        ],
        "extra_triggers": {"superlative": ["punctual", "punctuality", "più veloce"]},
        "report_as": {"wrong_product": "claim-scope", "expired": "claim-expired"},
    },
)  # fmt: skip

CLAIM_LIST = [
    {
        "id": "fold",
        "text": "Folds in one movement.",
        "category": "superlative",
        "substantiation": "Design test 2027",
        "channels": ["email", "sms", "push"],
        "products": ["wren"],
    },
    {
        "id": "on-schedule",
        "text": "93% of our hire bikes were ready on schedule in 2026.",
        "category": "superlative",
        "substantiation": "Depot log 2026",
        "channels": ["email", "sms", "push"],
        "keywords": ["punctual"],
    },
    {
        "id": "stars",
        "text": "Rated 4.8 out of 5 by over 3,000 riders.",
        "category": "endorsement",
        "substantiation": "Review export 2027",
        "channels": ["email", "sms", "push"],
        "valid_until": "2027-05-31",
    },
]


def _pack() -> BrandPack:
    return BrandPack.model_validate(
        {"brand": BRAND, "rules": [CLAIMS], "claims": CLAIM_LIST, "products": PRODUCTS}
    )


ENGINE = RuleEngine(_pack())


def _verdict(body: str, subject: str = "Quillmoor news") -> set[str]:
    message = Message(channel="email", subject=subject, body=body, send_time=NOON)
    return set(ENGINE.check(message, as_of=DAY).fired_rule_ids)


def test_thanks_for_the_readers_reviews_claims_no_rating() -> None:
    assert "claims" not in _verdict("See you on the trails.", subject="Thank you for your reviews")
    assert "claims" not in _verdict("Thanks so much for all your feedback this spring.")
    assert "claims" in _verdict("See you soon.", subject="Thanks for your five star reviews")


def test_the_state_of_the_reader_s_own_refund_is_no_promise() -> None:
    assert "claims" not in _verdict("Your return arrived and your refund is on its way.")
    assert "claims" not in _verdict("We've issued your refund to the card you paid with.")
    assert "claims" in _verdict("Full refund within 60 days on every bike.")


def test_ever_in_a_condition_is_at_any_time() -> None:
    assert "claims" not in _verdict(
        "Register your bike so we can reach you if there's ever a recall."
    )
    assert "claims" not in _verdict("Keep the key in case it is ever needed.")
    assert "claims" in _verdict("Our best ever folding bike is here.")


def test_a_need_at_its_highest_is_no_ranking() -> None:
    assert "claims" not in _verdict("Worn pads could fail when you need them most.")
    assert "claims" not in _verdict("Our mechanics are there when you need help most.")
    assert "claims" in _verdict("The Heron is our most reliable folding bike.")


def test_what_a_product_fits_most_of_is_a_share() -> None:
    assert "claims" not in _verdict("The Skyline Roof Rack fits most electric bikes.")
    assert "claims" not in _verdict("The app works with most smartphones.")
    assert "claims" in _verdict("The Skyline Roof Rack is the most trusted rack in Britain.")


def test_a_claim_s_kind_keyword_leads_into_the_claim_on_its_line() -> None:
    claim = "93% of our hire bikes were ready on schedule in 2026."
    assert "claims" not in _verdict(f"Punctual starts matter. {claim}")
    assert "claims" in _verdict(f"The most punctual hire bikes. {claim}")
    assert "claims" in _verdict("Punctual starts matter.\n\nBook a hire bike today.")


def test_a_claim_said_of_another_product_is_one_finding() -> None:
    fired = _verdict("The Heron Folding Bike folds in one movement, always.")
    assert "claim-scope" in fired
    assert "claims" not in fired
    assert "claims" in _verdict("The Wren Folding Bike folds in one movement, always.")


def test_the_reader_s_measure_against_the_reader_s_norm_is_no_comparison() -> None:
    assert "claims" not in _verdict("Your ride this week was longer than your average.")
    assert "claims" not in _verdict("Your heart rate today is higher than your usual.")
    assert "claims" in _verdict("Your rides are faster than with other bike-share apps.")
    assert "claims" in _verdict("Our bikes are lighter than your average folding bike.")


def test_a_headline_over_an_expired_claim_of_its_kind_is_that_finding() -> None:
    expired = "Rated 4.8 out of 5 by over 3,000 riders."
    fired = _verdict(expired, subject="Loved by riders")
    assert "claim-expired" in fired
    assert "claims" not in fired
    assert "claims" in _verdict("Book a service today.", subject="Loved by riders")
    assert "claims" in _verdict(expired, subject="Voted number 1 by 5,000 riders")


def test_a_romance_comparative_compared_with_nothing_is_no_ranking() -> None:
    assert "claims" not in _verdict("Dati salvati nel profilo: il check-in sarà più veloce.")
    assert "claims" in _verdict("Quillmoor, la più veloce consegna di bici in città.")
    assert "claims" in _verdict("Il noleggio Quillmoor è più veloce di ogni altro.")


def test_how_fast_a_device_pairs_is_a_set_up_step() -> None:
    assert "claims" not in _verdict("The ride app pairs over Bluetooth with your phone in seconds.")
    assert "claims" not in _verdict("Your bike lock syncs with the app in a few taps.")
    assert "claims" in _verdict("Our chain spray loosens rust in seconds.")
