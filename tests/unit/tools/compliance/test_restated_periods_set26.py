"""A carried standing price per day restated per week is the same price (issue 17, set 26).

Pedal Lease, a bicycle lease invented for these tests, states its plan as a standing line,
"$2 a day for 300 days", and lists the bike at its total, $600. Copy that gives the same plan
per week ("$14 a week") states no lower price, while "$12 a week" does; a daily price is never
compared with a monthly one.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.restated_periods import restates_standing_period

_DAY = date(2027, 5, 4)
_PLAN = "Pedal Lease plan: $2 a day for 300 days, then the bike is yours."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Pedal Lease", "en-US", "America/Chicago"),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {"id": "city", "name": "City Cruiser", "list_price": 600, "currency": "USD"}
            ],
            "standing_statements": [{"id": "plan", "text": _PLAN}],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email", subject="Ride", body=body, send_time=datetime(2027, 5, 4, 9, 0)
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_the_plan_per_week_beside_the_daily_plan_passes() -> None:
    assert "offers" not in _fired(f"Ride the City Cruiser for $14 a week.\n{_PLAN}")


def test_a_lower_weekly_price_still_blocks() -> None:
    assert "offers" in _fired(f"Ride the City Cruiser for $12 a week.\n{_PLAN}")


def test_periods_of_another_kind_are_not_compared() -> None:
    assert restates_standing_period("$14 a week", 0, 14.0, ["$2 a day"])
    assert restates_standing_period("$10 a month", 0, 10.0, ["$120 a year"])
    assert not restates_standing_period("$60 a month", 0, 60.0, ["$2 a day"])
    assert not restates_standing_period("$14 in total", 0, 14.0, ["$2 a day"])
