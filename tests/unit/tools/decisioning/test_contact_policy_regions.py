"""Region-scoped rules in the contact policy: a state's own quiet hours mask only its customers.

A brand of our own (a kite school texting lesson offers) has an SMS quiet-hours rule for two
states only. The contact policy masks the night window for customers in those states, not for
customers elsewhere, and for a customer of unknown region it follows the rule's
``unknown_region``; an unscoped rule still masks everyone. The region is the customer's
canonical ``region`` field, else its ``country``, matched as the guardrail matches a recipient.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import numpy as np
import pytest

from nextbest.brand_context.models import BrandPack
from nextbest.tools.customer_rows import RowValidator
from nextbest.tools.customer_schema import CustomerSchema
from nextbest.tools.decisioning.actions import ActionSpace
from nextbest.tools.decisioning.batch import CustomerBatch
from nextbest.tools.decisioning.contact_policy import ContactPolicy, Mask, Reason
from nextbest.tools.decisioning.engine import DecisionEngine

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)  # 10:00 in New York, 09:00 in Chicago
NIGHT = "lesson-pack:sms:night"  # 20:00-23:00 local
EVENING = "lesson-pack:sms:evening"  # 17:00-20:00 local, outside 20:00-08:00
NIGHT_EMAIL = "lesson-pack:email:night"


def pack(**scope: Any) -> BrandPack:
    """A kite school's pack: one SMS quiet-hours rule 20:00-08:00, scoped by ``scope``."""
    rule: dict[str, Any] = {
        "id": "state-sms-quiet",
        "kind": "quiet_hours",
        "channels": ["sms"],
        "description": "No marketing texts 20:00-08:00 recipient local time.",
        "rationale": "A state telemarketing law of some states sets its own calling hours.",
        "source": "State telephone solicitation acts",
        "params": {"start": "20:00", "end": "08:00"},
        **scope,
    }
    return BrandPack.model_validate(
        {
            "brand": {
                "name": "Gullwing Kite School",
                "legal_name": "Gullwing Kite School LLC",
                "postal_address": "7 Dune Road, Kitty Hawk, NC 27949, USA",
                "channels": ["email", "sms"],
                "default_time_zone": "America/New_York",
            },
            "offers": [
                {
                    "id": "lesson-pack",
                    "name": "Three lessons for the price of two",
                    "terms": "Book three lessons, pay for two.",
                    "discount_type": "bogo",
                    "channels": ["email", "sms"],
                    "unit_value": 120,
                    "margin": 0.5,
                }
            ],
            "rules": [rule],
        }
    )


SCOPED = {"regions": ["FL", "OK"]}


def customer(customer_id: str, **fields: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "customer_id": customer_id,
        "time_zone": "America/New_York",
        "consent_email": True,
        "consent_sms": True,
    }
    row.update(fields)
    return row


def mask_for(brand: BrandPack, rows: list[dict[str, Any]]) -> tuple[Mask, ActionSpace]:
    space = ActionSpace.from_pack(brand)
    return ContactPolicy(brand, space).mask(CustomerBatch(rows), NOW), space


def bits(mask: Mask, space: ActionSpace, action: str, row: int) -> int:
    return int(mask.reasons[row, space.index(action)])


def test_a_two_state_rule_masks_the_night_for_its_states_only() -> None:
    rows = [
        customer("in-fl", region="FL"),
        customer("in-ok", region="US-OK", time_zone="America/Chicago"),
        customer("in-ga", region="GA"),
        customer("abroad", region="ON", country="CA", time_zone="America/Toronto"),
    ]
    mask, space = mask_for(pack(**SCOPED), rows)
    assert bits(mask, space, NIGHT, 0) == Reason.QUIET_HOURS
    assert bits(mask, space, NIGHT, 1) == Reason.QUIET_HOURS
    assert mask.allowed[2, space.index(NIGHT)] and mask.allowed[3, space.index(NIGHT)]
    for row in range(4):  # the evening and e-mail are never quiet
        assert mask.allowed[row, space.index(EVENING)]
        assert mask.allowed[row, space.index(NIGHT_EMAIL)]
    assert mask.blocked_by_reason(0) == {"quiet_hours": [NIGHT]}
    assert mask.blocked_by_reason(2) == {}
    by_rule = mask.blocked_by_rule_all()  # the mask names the rule behind the reason
    assert by_rule == [{"state-sms-quiet": [NIGHT]}, {"state-sms-quiet": [NIGHT]}, {}, {}]


def test_the_region_is_the_region_field_else_the_country() -> None:
    rows = [
        customer("state-name", region="Florida"),
        customer("country-only", country="US-FL"),
        customer("region-wins", region="GA", country="US-FL"),
        customer("blank-region", region="  ", country="FL"),
    ]
    mask, space = mask_for(pack(**SCOPED), rows)
    night = mask.reasons[:, space.index(NIGHT)] & Reason.QUIET_HOURS
    assert night.astype(bool).tolist() == [True, True, False, True]


@pytest.mark.parametrize(("unknown", "masked"), [(None, True), ("apply", True), ("skip", False)])
def test_unknown_region_follows_the_rule(unknown: str | None, masked: bool) -> None:
    scope = dict(SCOPED) if unknown is None else {**SCOPED, "unknown_region": unknown}
    rows = [customer("nowhere"), customer("blank", region="", country=None)]
    mask, space = mask_for(pack(**scope), rows)
    for row in range(2):
        assert (bits(mask, space, NIGHT, row) == Reason.QUIET_HOURS) is masked
        assert mask.allowed[row, space.index(EVENING)]


def test_except_regions_spare_their_customers() -> None:
    rows = [customer("in-fl", region="FL"), customer("in-ga", region="GA")]
    mask, space = mask_for(pack(except_regions=["FL"]), rows)
    assert mask.allowed[0, space.index(NIGHT)]
    assert bits(mask, space, NIGHT, 1) == Reason.QUIET_HOURS


def test_an_unscoped_rule_still_masks_everyone() -> None:
    rows = [
        customer("in-fl", region="FL"),
        customer("in-ga", region="GA"),
        customer("nowhere"),
    ]
    mask, space = mask_for(pack(), rows)
    assert (mask.reasons[:, space.index(NIGHT)] == Reason.QUIET_HOURS).all()
    assert mask.allowed[:, space.index(EVENING)].all()
    assert mask.blocked_by_rule_all() == [{"state-sms-quiet": [NIGHT]}] * 3


def test_a_scoped_rule_blocks_an_unknown_time_zone_only_for_its_customers() -> None:
    """``block_unknown_time_zone`` of a scoped rule on e-mail reaches only the rule's customers."""
    brand = pack(**SCOPED)
    rule = brand.rules[0].model_copy(update={"channels": ["email"]})
    brand = brand.model_copy(update={"rules": [rule]})
    rows = [customer("in-fl", region="FL", time_zone=None), customer("in-ga", region="GA")]
    rows[1]["time_zone"] = None
    mask, space = mask_for(brand, rows)
    email_morning = "lesson-pack:email:morning"
    assert bits(mask, space, email_morning, 0) == Reason.UNKNOWN_TIME_ZONE
    assert mask.allowed[1, space.index(email_morning)]
    sms_morning = "lesson-pack:sms:morning"  # SMS needs a time zone whatever the rules say
    assert bits(mask, space, sms_morning, 1) == Reason.UNKNOWN_TIME_ZONE
    email = [a for a in space.ids if ":email:" in a]
    assert mask.blocked_by_rule_all() == [{"state-sms-quiet": email}, {}]


SCHEMA = {
    "roles": {
        "id": "member_no",
        "time_zone": "tz",
        "region": "home_state",
        "country": "home_country",
        "consent": {"email": "mail_ok", "sms": "text_ok"},
    },
    "features": [{"name": "lessons_taken", "column": "lessons", "kind": "numeric"}],
}


def test_the_decision_engine_reads_the_region_the_customer_schema_maps() -> None:
    """A table's own region column, mapped by the schema, scopes the rule in a decision."""
    schema = CustomerSchema.model_validate(SCHEMA)
    validator = RowValidator(schema, date(2026, 11, 24))
    table = [
        {"member_no": "m1", "tz": "America/New_York", "home_state": "FL", "home_country": "US"},
        {"member_no": "m2", "tz": "America/New_York", "home_state": "GA", "home_country": "US"},
        {"member_no": "m3", "tz": "America/New_York", "home_state": "", "home_country": ""},
    ]
    rows = []
    for raw in table:
        clean, rejected = validator.validate(
            {**raw, "mail_ok": "yes", "text_ok": "yes", "lessons": "2"}
        )
        assert rejected is None and clean is not None
        rows.append(clean)
    engine = DecisionEngine.create(pack(**SCOPED, unknown_region="skip"), schema.feature_spec())
    records = engine.decide(rows, NOW)
    quiet = [r.mask_reasons.get("quiet_hours", []) for r in records]
    assert quiet == [[NIGHT], [], []]
    assert [r.mask_rules for r in records] == [{"state-sms-quiet": [NIGHT]}, {}, {}]
    assert all(np.isfinite(r.propensity) for r in records)


@pytest.mark.parametrize(("unknown", "masked"), [("apply", True), ("skip", False)])
def test_a_customer_known_only_by_country_follows_unknown_region(
    unknown: str, masked: bool
) -> None:
    """A customer whose only region is the country ("US") may live in a scoped state."""
    rows = [
        customer("country-only", country="US"),
        customer("region-is-country", region="US"),
        customer("in-fl", region="FL", country="US"),
        customer("in-ga", region="GA", country="US"),
        customer("abroad", country="DE"),
    ]
    mask, space = mask_for(pack(regions=["FL", "OK"], unknown_region=unknown), rows)
    night = (mask.reasons[:, space.index(NIGHT)] & Reason.QUIET_HOURS).astype(bool).tolist()
    assert night == [masked, masked, True, False, False]
