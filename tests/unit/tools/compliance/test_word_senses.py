"""Innocent wording on a brand the engine was not written beside (issue 17, precision).

Each test pairs an innocent message that must pass with a near neighbour that must still block,
on a made-up climbing gym and outfitter ("Fernhollow"), not the sample brand and not the
evaluation brands.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from compliance_helpers import rule as _rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict

DAY = date(2027, 5, 4)
NOON = datetime(2027, 5, 4, 18, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def engine() -> RuleEngine:
    """One engine over the made-up brand."""
    channels = ["email", "sms"]
    pack = BrandPack.model_validate(
        {
            "brand": {
                "name": "Fernhollow Climbing",
                "legal_name": "Fernhollow Climbing LLC",
                "postal_address": "8 Quarry Lane, Bend, OR 97701",
                "channels": channels,
                "default_time_zone": "America/Los_Angeles",
                "website_domains": ["fernhollow.com"],
            },
            "products": [
                {
                    "id": "club",
                    "name": "Summit Club",
                    "list_price": 59,
                    "currency": "USD",
                    "category": "membership",
                },
                {
                    "id": "harness",
                    "name": "Canyon Harness",
                    "list_price": 90,
                    "currency": "USD",
                    "category": "gear",
                },
                {
                    "id": "climb",
                    "name": "guided climb",
                    "list_price": 150,
                    "currency": "USD",
                    "category": "trip",
                },
                {
                    "id": "belay",
                    "name": "belay lesson",
                    "list_price": 25,
                    "currency": "USD",
                    "category": "optional extra",
                },
            ],  # fmt: skip
            "claims": [
                {
                    "id": "points",
                    "text": "Earn 2x points on gear and classes.",
                    "category": "efficacy",
                    "substantiation": "Club terms",
                    "channels": channels,
                    "disclaimer": "1x points on everything else.",
                    "products": ["club"],
                },
                {
                    "id": "routes",
                    "text": "Our gym covers 40 routes across 3 walls.",
                    "category": "superlative",
                    "substantiation": "Route log",
                    "channels": channels,
                    "disclaimer": "Route coverage changes weekly.",
                },
            ],  # fmt: skip
            "offers": [
                {
                    "id": "climb-50",
                    "name": "$50 off guided climbs",
                    "terms": "$50 off guided climbs of $300 or more with code ROPE50.",
                    "disclosure": "Minimum trip price $300, new bookings only.",
                    "discount_type": "amount",
                    "discount_amount": 50,
                    "currency": "USD",
                    "min_spend": 300,
                    "code": "ROPE50",
                    "channels": channels,
                },
            ],  # fmt: skip
            "rules": [
                _rule(
                    "claims",
                    "claim_grounding",
                    {
                        "categories": ["efficacy", "superlative", "endorsement", "health"],
                        "extra_triggers": {
                            "efficacy": ["points"],
                            "superlative": ["coverage", "covers"],
                        },
                    },
                ),
                _rule("offers", "offer_terms", {}),
                _rule("banned", "banned_phrase", {"phrases": ["green", "treat", "eco-friendly"]}),
                _rule(
                    "trip-disclosure",
                    "disclosure",
                    {
                        "triggers": [
                            r"\b(?:climbs?|trips?)\b[^.]{0,40}\$\s?\d+",
                            r"\bfrom \$\s?\d+",
                        ],
                        "required_any": ["Trip prices include guide and gear."],
                    },
                    description="Trip prices need the trip conditions.",
                ),
                _rule(
                    "renewal-disclosure",
                    "disclosure",
                    {
                        "triggers": [r"\bauto[- ]?renew\w*"],
                        "required_any": ["Renews monthly at $59 until cancelled."],
                    },
                ),
            ],
        }
    )
    return RuleEngine(pack)


def _check(engine: RuleEngine, body: str, subject: str | None = "News", **fields: Any) -> Verdict:
    message = Message(channel="email", subject=subject, body=body, send_time=NOON, **fields)
    return engine.check(message, as_of=DAY)


def _fired(verdict: Verdict) -> set[str]:
    return set(verdict.fired_rule_ids)


def test_ordinary_words_read_as_banned_are_not_banned(engine: RuleEngine) -> None:
    """A colour shade and "treat" as an indulgence are everyday senses; the bare words are not."""
    assert _check(engine, "The Canyon Harness now comes in forest green, $90.").decision == "pass"
    assert _check(engine, "Treat yourself to a Summit Club month.").decision == "pass"
    assert _check(engine, "A small treat after the climb: tea at the café.").decision == "pass"
    assert "banned" in _fired(_check(engine, "Our harness line is green and kind to rivers."))
    assert "banned" in _fired(_check(engine, "Our chalk balm will treat cracked skin."))


def test_free_in_a_noun_compound_is_not_a_promotion(engine: RuleEngine) -> None:
    """ "free weights" is equipment; "free chalk" without an offer is an unapproved promotion."""
    assert _check(engine, "The free weights area now has 12 new racks.").decision == "pass"
    assert "offers" in _fired(_check(engine, "Free chalk bag with every visit this week."))


def test_threshold_price_in_an_offer_is_not_an_advertised_price(engine: RuleEngine) -> None:
    """ "climbs of $300 or more" and "minimum trip price $300" state a condition, not a fare."""
    body = (
        "$50 off guided climbs of $300 or more with code ROPE50. "
        "Minimum trip price $300, new bookings only."
    )
    assert _check(engine, body, offer_id="climb-50").decision == "pass"
    assert "trip-disclosure" in _fired(_check(engine, "Guided climbs at $150 this spring."))


def test_price_of_a_product_outside_the_rules_subject_needs_no_disclosure(
    engine: RuleEngine,
) -> None:
    """A trip-price disclosure does not govern the list price of an optional extra."""
    assert _check(engine, "Add-ons, priced up front: belay lesson from $25.").decision == "pass"
    fired = _fired(_check(engine, "Our guided climb from $150."))
    assert "trip-disclosure" in fired


def test_pointer_to_the_brands_page_names_a_topic(engine: RuleEngine) -> None:
    """A reference to where details are explained is not a trigger; a statement is."""
    pointer = "Read the auto-renewal details at https://fernhollow.com/club"
    assert _check(engine, pointer).decision == "pass"
    explainer = "We explain how route coverage works: https://fernhollow.com/routes"
    assert _check(engine, explainer).decision == "pass"
    assert "renewal-disclosure" in _fired(
        _check(engine, "Memberships auto-renew each month: https://fernhollow.com/club")
    )
    assert "claims" in _fired(
        _check(engine, "See why our route coverage beats every gym: https://fernhollow.com/routes")
    )


def test_subject_announcing_the_bodys_reordered_claim_is_not_a_claim(engine: RuleEngine) -> None:
    """ "Route coverage" above the reordered approved claim and its disclaimer passes."""
    body = "40 routes across 3 walls are covered by our gym. Route coverage changes weekly."
    assert _check(engine, body, subject="Route coverage").decision == "pass"
    assert "claims" in _fired(_check(engine, body, subject="Best route coverage in Oregon"))


def test_claim_said_of_the_products_holders_is_the_narrower_claim(engine: RuleEngine) -> None:
    """ "Summit Club members earn 2x points on gear." is the approved claim, narrower; its
    figure is the claim's, not an unapproved points promotion."""
    body = "Summit Club members earn 2x points on gear. 1x points on everything else."
    assert _check(engine, body).decision == "pass"
    other = "Canyon Harness owners earn 2x points on gear. 1x points on everything else."
    assert "claims" in _fired(_check(engine, other))
    assert "offers" in _fired(_check(engine, "Summit Club members earn 5x points on gear."))
    changed = "Summit Club members earn 2x points on gear over $100. 1x points on everything else."
    assert "offers" in _fired(_check(engine, changed))  # a figure the claim does not state


def test_disclosed_testimonial_voices_an_opinion(engine: RuleEngine) -> None:
    """A quoted, attributed opinion with "Results may vary." passes; without it, or with a
    health claim, it blocks."""
    quote = '"The Summit Club is the friendliest gym in town." — Dana, member since 2024.'
    assert _check(engine, quote + " Results may vary.").decision == "pass"
    assert "claims" in _fired(_check(engine, quote))
    health = '"Climbing here cures back pain, full stop." — Dana, member. Results may vary.'
    assert "claims" in _fired(_check(engine, health))


def test_advice_about_the_readers_condition_is_not_a_health_claim(engine: RuleEngine) -> None:
    """Telling staff about allergies is advice; a product relieving allergies is a claim."""
    subject = "Climbing with food allergies"
    body = "Tell our café team about any allergies before you order."
    assert _check(engine, body, subject=subject).decision == "pass"
    assert "claims" in _fired(_check(engine, "Our trail mix relieves allergies."))


def test_speed_of_a_readers_action_is_not_efficacy(engine: RuleEngine) -> None:
    """ "Book your slot in seconds" is ease of use; "dries your hands in seconds" is efficacy."""
    assert _check(engine, "Lost your pass? Freeze it in seconds in the app.").decision == "pass"
    assert "claims" in _fired(_check(engine, "Our chalk dries your hands in seconds."))
