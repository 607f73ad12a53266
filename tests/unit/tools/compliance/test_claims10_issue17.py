"""General causes of claim false blocks on the tenth set (issue 17, claims10).

Every test uses a made-up brand built here — "Marrowby Hatchery", a poultry hatchery that
sells chicks and incubators — not the sample brand and not the wording of any evaluation
brand. Each test has a near neighbour that must still block.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from compliance_helpers import rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.measures import gives_value, measure_names
from nextbest.tools.compliance.phrases import phrases_pattern

DAY = date(2027, 5, 12)
NOON = datetime(2027, 5, 12, 11, 0, tzinfo=UTC)

HATCHERY = {
    "name": "Marrowby Hatchery",
    "short_name": "Marrowby",
    "legal_name": "Marrowby Hatchery Ltd",
    "postal_address": "4 Mill Lane, Ludlow SY8 1AA, United Kingdom",
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["marrowby.example"],
}

CLAIMS = rule(
    "claims",
    "claim_grounding",
    {
        "categories": [
            "health",
            "efficacy",
            "endorsement",
            "service",
            "guarantee",
            "sustainability",
            "comparative",
        ],
        "extra_triggers": {
            "efficacy": ["hatch rate", "hatch rates", "hired"],
            "endorsement": ["rated", "keepers say", "used by millions"],
            "service": ["same day"],
        },
    },
)

CLAIM_LIST = [
    {
        "id": "collect",
        "text": "We deliver every chick to your door on the day it hatches.",
        "category": "service",
        "substantiation": "Delivery log 2027",
        "channels": ["email", "sms", "push"],
    },
    {
        "id": "reviews",
        "text": "Rated 4.9 out of 5 by 800 keepers on CoopReview.",
        "category": "endorsement",
        "substantiation": "CoopReview export 2027",
        "channels": ["email", "sms", "push"],
    },
]

PACK = BrandPack.model_validate({"brand": HATCHERY, "rules": [CLAIMS], "claims": CLAIM_LIST})
ENGINE = RuleEngine(PACK)


def _fired(body: str, subject: str = "Hatchery news") -> set[str]:
    message = Message(channel="email", subject=subject, body=body, send_time=NOON)
    return set(ENGINE.check(message, as_of=DAY).fired_rule_ids)


def test_a_doubled_inner_consonant_is_spelling_not_a_stretched_letter() -> None:
    pattern = re.compile(phrases_pattern(["eco", "approved", "cure"]))
    assert not pattern.search("ecco la nuova incubatrice")  # Italian "ecco" is not "eco"
    assert pattern.search("eccco friendly") and pattern.search("ecooo")  # stretched: found
    assert pattern.search("appproved") and pattern.search("cuuure")
    assert "claims" not in _fired("Ecco il nostro catalogo di primavera.")
    assert "claims" in _fired("Our eco incubators save power.")


def test_rated_as_a_specification_is_no_endorsement() -> None:
    assert "claims" not in _fired("The Brooder Max is rated for temperatures down to -5 C.")
    assert "claims" not in _fired("Its lid is impact-rated.")
    assert "claims" in _fired("Rated 4.7 out of 5 by our keepers.")
    assert "claims" in _fired("Our incubators are rated best in Shropshire.")


def test_an_indirect_question_names_a_topic() -> None:
    assert "claims" not in _fired("Candling at day 7.", subject="How fertile eggs are proven")
    assert "claims" not in _fired(
        "Rated 4.9 out of 5 by 800 keepers on CoopReview.", subject="What keepers say about us"
    )
    assert "claims" in _fired("Candling at day 7.", subject="Our incubator is proven to work")
    assert "claims" in _fired("Candling at day 7.", subject="How Brooder Max is proven to work")
    assert "claims" in _fired("Candling at day 7.", subject="Keepers say we are the best")


def test_nothing_as_the_subject_denies_a_guarantee() -> None:
    assert "claims" not in _fired(
        "Nothing in poultry keeping is guaranteed, which is why each egg is candled."
    )
    assert "claims" in _fired("Every hatch is guaranteed.")
    assert "claims" in _fired("Nothing beats our guaranteed hatch.")


def test_a_measure_name_claims_only_with_a_value() -> None:
    assert measure_names(["hatch rate", "highest hatch rates", "credit score"]) == {"hatch rate"}
    assert gives_value("Our hatch rate was 92% last spring")
    assert not gives_value("Check what a hatch rate counts")
    assert "claims" not in _fired(
        "When you compare hatcheries, check what a hatch rate counts.",
        subject="Reading hatch rates",
    )
    assert "claims" in _fired("Our hatch rate was 92% last spring.")
    assert "claims" in _fired("Our hatch rates are above the national average.")


def test_same_in_a_headline_points_back_to_the_body_claim() -> None:
    body = "We deliver every chick to your door on the day it hatches."
    assert "claims" not in _fired(body, subject="Chicks at your door, same day")
    assert "claims" in _fired("Order chicks in the shop.", subject="Chicks at your door, same day")


def test_the_sender_hiring_staff_and_someones_past_work_are_no_outcome_claims() -> None:
    assert "claims" not in _fired(
        "We hired two new instructors for the spring course. "
        "Both spent ten years building apps used by millions."
    )
    assert "claims" in _fired("Every graduate of our course got hired.")
    assert "claims" in _fired("Our incubators are used by millions.")


def test_a_result_as_the_condition_of_a_payment_is_no_outcome_claim() -> None:
    assert "claims" not in _fired("With our course plan you pay nothing until you're hired.")
    assert "claims" in _fired("Most of our graduates got hired within a month.")


def test_a_share_of_our_customers_with_a_result_is_an_efficacy_claim() -> None:
    assert "claims" in _fired("More than half of our customers hatch every egg they set.")
    assert "claims" in _fired("9 in 10 of our new customers raise a full brood.")
    assert "claims" not in _fired("Half of our incubators ship from Ludlow.")


def test_unlike_a_group_of_rivals_is_a_comparison() -> None:
    assert "claims" in _fired("Unlike some hatcheries, we candle every egg.")
    assert "claims" in _fired("Unlike the big hatcheries, we answer the phone.")
    assert "claims" not in _fired("Unlike chicks, ducklings need water to swim in.")


def test_no_one_can_guarantee_withholds_the_promise() -> None:
    assert "claims" not in _fired("No hatchery can guarantee a full brood, and we never will.")
    assert "claims" not in _fired("Nobody can guarantee the weather at hatching time.")
    assert "claims" in _fired("Our hatchery can guarantee a full brood.")


def test_medical_errands_are_no_health_claim() -> None:
    assert "claims" not in _fired("Our van takes keepers to medical appointments in town.")
    assert "claims" in _fired("Our chick feed gives medical benefits to your flock.")


def test_the_readers_own_form_done_in_minutes_is_no_service_claim() -> None:
    assert "claims" not in _fired("Your booking can be ready in two minutes, online.")
    assert "claims" in _fired("Your chicks will be ready in 30 minutes at the counter.")
