"""General causes of claim false blocks found on the sixth blind set (issue 17).

Every test uses a made-up brand built here — "Quillmoor Boat Hire", a canal narrowboat hire
firm — not the sample brand and not the wording of any evaluation brand. Each test has a near
neighbour that must still block.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict

DAY = date(2027, 6, 9)
NOON = datetime(2027, 6, 9, 11, 0, tzinfo=UTC)

CLAIMS: dict[str, Any] = {
    "id": "claims",
    "kind": "claim_grounding",
    "description": "Claims must be approved.",
    "rationale": "Test brand policy.",
    "source": "Test rulebook",
    "params": {
        "categories": [
            "health", "superlative", "service", "comparative", "endorsement", "efficacy",
        ]
    },
}  # fmt: skip


def _engine(rule: dict[str, Any]) -> RuleEngine:
    brand = {
        "name": "Quillmoor Boat Hire",
        "short_name": "Quillmoor",
        "legal_name": "Quillmoor Boat Hire Ltd",
        "postal_address": "4 Lock Lane, Stoke Bruerne NN12 7SB, United Kingdom",
        "channels": ["email", "sms", "push"],
        "default_time_zone": "Europe/London",
        "website_domains": ["quillmoor.example"],
    }
    return RuleEngine(BrandPack.model_validate({"brand": brand, "rules": [rule]}))


def _fires(body: str, rule: dict[str, Any] = CLAIMS) -> bool:
    message = Message(channel="email", subject="News from Quillmoor", body=body, send_time=NOON)
    verdict: Verdict = _engine(rule).check(message, as_of=DAY)
    return "claims" in verdict.fired_rule_ids


def test_what_fits_the_reader_best_is_no_superlative() -> None:
    assert not _fires("A short call helps you pick the boat that fits you best.")
    assert not _fires("Choose the route that suits your crew best.")
    assert _fires("Quillmoor has the best boats on the canal.")
    assert _fires("We are the best hire firm for you.")


def test_the_readers_own_biggest_cost_is_no_superlative() -> None:
    assert not _fires("Mooring is your second-biggest cost on a long trip.")
    assert not _fires("Diesel is often your largest expense afloat.")
    assert _fires("Quillmoor has the biggest fleet on the Grand Union.")


def test_most_as_the_scope_of_a_discount_is_no_superlative() -> None:
    assert not _fires("Members get 10% off most extras, from life jackets to bikes.")
    assert _fires("Our most loved boat is back for summer.")


def test_a_price_for_hours_bought_is_no_duration_claim() -> None:
    assert not _fires("The Weekender is $640 for 48 hours afloat, fuel included.")
    assert not _fires("Day hire is $180 for 8 hrs on the water.")
    assert _fires("Our hull wax protects for 48 hours.")
    assert _fires("Only $12 for 12 hours of protection from the wax.")


GRADES: dict[str, Any] = {
    **CLAIMS,
    "params": {
        "categories": ["efficacy"],
        "extra_triggers": {"efficacy": ["grade", "grades", "test scores"]},
    },
}


def test_grade_as_a_school_year_is_no_result_claim() -> None:
    assert not _fires("Skipper courses for every grade, from 5th grade up.", GRADES)
    assert not _fires("Our grade 6 river-safety day is back.", GRADES)
    assert _fires("Kids on our courses get better grades in geography.", GRADES)
    assert _fires("A week afloat will raise their grade.", GRADES)


def test_a_result_the_brand_does_not_promise_is_no_claim() -> None:
    assert not _fires("We don't promise test scores, only a patient instructor.", GRADES)
    assert not _fires("We never promise better grades.", GRADES)
    assert _fires("We promise higher test scores after one course.", GRADES)
    assert _fires("We don't just promise better grades, we deliver them.", GRADES)


def test_thanking_readers_who_voted_is_no_endorsement() -> None:
    assert not _fires("Thank you to every crew who voted.")
    assert not _fires("Thanks to all of you who voted in our naming poll.")
    assert _fires("Thanks to everyone who voted us best boat hire on the canal.")
    assert _fires("Voted best boat hire by Waterways readers.")


def test_the_stars_in_the_sky_are_no_rating() -> None:
    assert not _fires("Moor up for a quiet night under the stars.")
    assert not _fires("Sit on the roof and watch the night stars come out.")
    assert _fires("Rated five stars by boaters.")
    assert _fires("Our boats get 5 stars from families.")


HEALTH: dict[str, Any] = {**CLAIMS, "params": {"categories": ["health"]}}


def test_an_open_yes_no_question_is_no_health_claim() -> None:
    assert not _fires("Is a canal holiday safe for people with asthma? Ask your GP first.", HEALTH)
    assert _fires("A canal holiday is safe for people with asthma.", HEALTH)
    assert _fires("Did you know a canal holiday is safe for people with asthma?", HEALTH)
    assert _fires("Is our canal air safe for people with asthma?", HEALTH)
