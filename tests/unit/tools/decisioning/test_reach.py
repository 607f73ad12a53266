"""Issue 20: a favoured offer the audience may not legally receive is refused with the reason."""

from __future__ import annotations

from datetime import date

import pytest

from nextbest.brand_context.models import BrandPack, EligibilityCondition
from nextbest.tools.decisioning.goal import Goal, goal_problems
from nextbest.tools.decisioning.reach import satisfiable, unreachable
from nextbest.tools.decisioning.targeting import OfferPreference

TODAY = date(2026, 11, 24)


def _c(field: str, op: str, value: object = None) -> EligibilityCondition:
    return EligibilityCondition(field=field, op=op, value=value)


@pytest.fixture
def adults_only(lumen: BrandPack) -> BrandPack:
    """A made-up brand whose one offer is for customers aged 18 or more."""
    offer = lumen.offers[0].model_copy(
        update={
            "id": "cellar-club",
            "eligibility": [_c("years", "gte", 18), _c("tier", "in", ["gold", "silver"])],
            "valid_from": None,
            "valid_until": None,
        }
    )
    return lumen.model_copy(update={"offers": [offer]})


def test_favouring_an_18_plus_offer_for_an_under_18_audience_is_refused(
    adults_only: BrandPack,
) -> None:
    goal = Goal(
        audience=[_c("years", "lt", 18)],
        favour=[OfferPreference(offer_id="cellar-club", boost=3)],
    )
    problems = goal_problems(goal, adults_only, TODAY)
    assert [p.field for p in problems] == ["favour[0].offer_id"]
    assert problems[0].message == (
        "offer 'cellar-club' requires years ≥ 18, but the audience has years < 18: "
        "no one in it may receive the offer"
    )
    # the preference's own segment counts as audience too
    segment = OfferPreference(offer_id="cellar-club", segment=[_c("tier", "eq", "bronze")])
    assert "tier in [gold, silver]" in str(
        goal_problems(Goal(favour=[segment]), adults_only, TODAY)
    )
    # an audience that overlaps the offer's eligibility is fine
    fine = Goal(
        audience=[_c("years", "gte", 16), _c("tier", "ne", "silver")],
        favour=[OfferPreference(offer_id="cellar-club")],
    )
    assert goal_problems(fine, adults_only, TODAY) == []


@pytest.mark.parametrize(
    ("conditions", "expected"),
    [
        ([_c("f", "lt", 18), _c("f", "gte", 18)], False),
        ([_c("f", "lte", 18), _c("f", "gte", 18)], True),
        ([_c("f", "gt", 10), _c("f", "lt", 10.5)], True),
        ([_c("f", "eq", "a"), _c("f", "in", ["b", "c"])], False),
        ([_c("f", "in", ["a", "b"]), _c("f", "not_in", ["a"])], True),
        ([_c("f", "in", ["a"]), _c("f", "ne", "a")], False),
        ([_c("f", "eq", 20), _c("f", "gte", 18)], True),
        ([_c("f", "in", [12, 15]), _c("f", "gte", 18)], False),
        ([_c("f", "eq", "x"), _c("f", "gte", 18)], False),
        ([_c("f", "is_true"), _c("f", "is_false")], False),
        ([_c("f", "is_true")], True),
    ],
)
def test_satisfiable(conditions: list[EligibilityCondition], expected: bool) -> None:
    assert satisfiable(conditions) is expected


def test_fields_the_audience_does_not_constrain_are_not_contradictions() -> None:
    assert unreachable([_c("country", "eq", "DE")], [_c("years", "gte", 18)]) is None
