"""General causes of claim false blocks and misses on the eleventh set (issue 17, claims11).

Every test uses a made-up brand built here — "Corrowen Hearth & Hound", a family business that
services wood stoves and runs a small dog-grooming parlour, with a monthly picture newsletter —
not the sample brand and not the wording of any evaluation brand. Each test has a near
neighbour that must still block.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from compliance_helpers import rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

DAY = date(2027, 6, 8)
NOON = datetime(2027, 6, 8, 11, 0, tzinfo=UTC)

BRAND = {
    "name": "Corrowen Hearth & Hound",
    "short_name": "Corrowen",
    "legal_name": "Corrowen Hearth and Hound Ltd",
    "postal_address": "9 Tanner Row, Kendal LA9 4AA, United Kingdom",
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["corrowen.example"],
}

CLAIMS = rule(
    "claims",
    "claim_grounding",
    {
        "categories": [
            "health",
            "efficacy",
            "endorsement",
            "superlative",
            "comparative",
            "service",
        ],
    },
)

CLAIM_LIST = [
    {
        "id": "sweep",
        "text": "Every stove we service is swept by a HETAS-registered engineer.",
        "category": "service",
        "substantiation": "Registration list 2027",
        "channels": ["email", "sms", "push"],
    },
]

PACK = BrandPack.model_validate({"brand": BRAND, "rules": [CLAIMS], "claims": CLAIM_LIST})
ENGINE = RuleEngine(PACK)


def _fired(body: str, subject: str = "Corrowen news") -> set[str]:
    message = Message(channel="email", subject=subject, body=body, send_time=NOON)
    return set(ENGINE.check(message, as_of=DAY).fired_rule_ids)


def test_a_period_pick_of_content_ranks_no_product() -> None:
    assert "claims" not in _fired("The month's best dog photographs are in the gallery now.")
    assert "claims" not in _fired("Here are the best stories of the year from our readers.")
    assert "claims" in _fired("The year's best stove deals are here.")
    assert "claims" in _fired("Our groomers are the best in Cumbria.")


def test_ease_of_a_readers_chore_is_no_ranking() -> None:
    assert "claims" not in _fired(
        "Brush out the ash pan on Sunday; it's the easiest stove fix there is."
    )
    assert "claims" in _fired("Our kindling is the easiest part of my morning.")
    assert "claims" in _fired("Our booking app is the easiest way to book a groom.")


def test_an_indirect_question_about_safety_names_a_topic() -> None:
    assert "claims" not in _fired("Tips inside.", subject="Summer walks: what's safe for dogs")
    assert "claims" not in _fired("Which plants are safe for puppies, and which are not.")
    assert "claims" in _fired("Tips inside.", subject="Our shampoo is safe for puppies")
    assert "claims" in _fired("Which of our shampoos are safe for puppies? All of them.")


def test_a_limit_against_a_figure_compares_nothing() -> None:
    assert "claims" not in _fired("Keep the stove thermometer no higher than 250 degrees.")
    assert "claims" in _fired("Our stoves run cleaner than other brands.")
    assert "claims" in _fired("Our stoves burn 30% longer than before.")


def test_the_readers_act_of_rating_thanked_states_no_rating() -> None:
    assert "claims" not in _fired("Thank you for the feedback.", subject="You rated us")
    assert "claims" in _fired("Thank you.", subject="You rated us 4.9 out of 5")
    assert "claims" in _fired("Thank you.", subject="You rated us highly")


def test_a_lengthened_life_is_a_health_claim() -> None:
    assert "claims" in _fired("A monthly groom adds up to three years to your dog's life.")
    assert "claims" in _fired("Regular grooming helps your dog live longer.")
    assert "claims" in _fired("Book a groom.", subject="Clean coat, longer life")
    assert "claims" not in _fired("A yearly sweep extends the life of your stove.")
    assert "claims" not in _fired("The thermometer has a longer battery life this year.")


def test_a_running_cost_cut_by_a_share_is_an_efficacy_claim() -> None:
    assert "claims" in _fired("Fit a stove fan and save 25% on your heating bills.")
    assert "claims" in _fired("Our stoves cut fuel costs by up to 40%.")
    assert "claims" not in _fired("Book a sweep this week, as the evenings draw in.")
    assert "claims" not in _fired("Save 20% on stove sweeps booked in June.")


def test_a_condition_that_comes_with_a_season_is_no_health_claim() -> None:
    assert "claims" not in _fired("Spring is here and so are ticks, burrs and allergies.")
    assert "claims" in _fired("Our oatmeal rinse brings relief from allergies.")
    assert "claims" in _fired("Our oatmeal rinse soothes allergies.")


BINGO = {
    "name": "Fallowdene Bingo",
    "short_name": "Fallowdene",
    "legal_name": "Fallowdene Bingo Ltd",
    "postal_address": "2 Quarry Lane, Settle BD24 9AA, United Kingdom",
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["fallowdene.example"],
}

BINGO_PACK = BrandPack.model_validate(
    {
        "brand": BINGO,
        "rules": [rule("claims", "claim_grounding", {"categories": ["service"]})],
        "standing_statements": [
            {"id": "safer", "text": "18+. Worried about your play? Call 0800-PLAYSAFE."},
            {"id": "desk", "text": "Questions? Call us on 0113 496 0000."},
        ],
    }
)
BINGO_ENGINE = RuleEngine(BINGO_PACK)


def _bingo(body: str, subject: str = "Fallowdene news") -> set[str]:
    message = Message(channel="email", subject=subject, body=body, send_time=NOON)
    return set(BINGO_ENGINE.check(message, as_of=DAY).fired_rule_ids)


def test_what_the_copy_says_of_a_required_helpline_is_no_service_claim() -> None:
    helpline = "If bingo stops being fun, free help is available 24/7 at 0800-PLAYSAFE."
    assert "claims" not in _bingo(helpline)
    assert "claims" not in _bingo(helpline, subject="Help is always available")
    assert "claims" in _bingo("Our team is available 24/7 at 0800-PLAYSAFE.")
    assert "claims" in _bingo("Help is available 24/7 at 0113 496 0000.")
    assert "claims" in _bingo("Bingo tonight.", subject="Help is always available")
