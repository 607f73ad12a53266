from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from nextbest.brand_context.models import BrandPack, EligibilityCondition
from nextbest.tools.decisioning.actions import ActionSpace
from nextbest.tools.decisioning.batch import CustomerBatch
from nextbest.tools.decisioning.contact_policy import (
    ContactPolicy,
    ContactPolicyConfig,
    FrequencyCap,
    Reason,
    SendHistory,
    evaluate_condition,
)

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)  # 07:00 in Los Angeles, 10:00 in New York


def customer(**overrides: object) -> dict[str, object]:
    row: dict[str, object] = {
        "customer_id": "c1",
        "time_zone": "America/New_York",
        "consent_email": True,
        "consent_sms": True,
        "consent_push": True,
        "orders_count": 3,
        "days_since_last_purchase": 120,
        "loyalty_member": True,
        "age": 40,
    }
    row.update(overrides)
    return row


def mask_for(pack: BrandPack, space: ActionSpace, rows: list[dict], **kwargs: object):
    policy = ContactPolicy(pack, space, kwargs.pop("config", None))  # type: ignore[arg-type]
    return policy.mask(CustomerBatch(rows), NOW, **kwargs)  # type: ignore[arg-type]


def bits(mask, space: ActionSpace, action: str, row: int = 0) -> int:
    return int(mask.reasons[row, space.index(action)])


def test_fully_consented_customer_gets_only_structural_blocks(
    lumen: BrandPack, lumen_space: ActionSpace
) -> None:
    m = mask_for(lumen, lumen_space, [customer()])
    assert m.allowed[0, 0]
    assert m.allowed[0, lumen_space.index("off-winback-20:sms:morning")]
    assert bits(m, lumen_space, "off-winback-20:sms:night") == Reason.QUIET_HOURS
    assert m.allowed[0, lumen_space.index("off-winback-20:email:night")]
    assert bits(m, lumen_space, "off-welcome-15:email:morning") == Reason.INELIGIBLE
    assert bits(m, lumen_space, "off-summer-25:push:midday") == Reason.OFFER_NOT_VALID


def test_consent_is_per_channel(lumen: BrandPack, lumen_space: ActionSpace) -> None:
    m = mask_for(lumen, lumen_space, [customer(consent_sms=False, consent_push=None)])
    assert bits(m, lumen_space, "off-winback-20:sms:morning") == Reason.NO_CONSENT
    assert bits(m, lumen_space, "off-refill-bogo:push:morning") == Reason.NO_CONSENT
    assert m.allowed[0, lumen_space.index("off-refill-bogo:email:morning")]


def test_unknown_time_zone_blocks_sms_only(lumen: BrandPack, lumen_space: ActionSpace) -> None:
    for tz in (None, "Mars/Olympus_Mons"):
        m = mask_for(lumen, lumen_space, [customer(time_zone=tz)])
        assert bits(m, lumen_space, "off-winback-20:sms:morning") & Reason.UNKNOWN_TIME_ZONE
        assert m.allowed[0, lumen_space.index("off-winback-20:email:morning")]
        assert "unknown_time_zone" in m.blocked_by_reason(0)


def test_eligibility_from_pack_conditions(lumen: BrandPack, lumen_space: ActionSpace) -> None:
    rows = [
        customer(customer_id="new", orders_count=0, days_since_last_purchase=None),
        customer(customer_id="young", age=22, loyalty_member=False),
        customer(customer_id="no-attrs", orders_count=None, age=None, loyalty_member=None),
    ]
    m = mask_for(lumen, lumen_space, rows)
    welcome = lumen_space.index("off-welcome-15:email:morning")
    winback = lumen_space.index("off-winback-20:email:morning")
    renew = lumen_space.index("off-night-renew-10:email:morning")
    points = lumen_space.index("off-double-points:email:morning")
    assert m.allowed[0, welcome] and not m.allowed[0, winback]
    assert not m.allowed[1, renew] and not m.allowed[1, points] and m.allowed[1, winback]
    assert not m.allowed[2, welcome] and not m.allowed[2, renew] and not m.allowed[2, points]


@pytest.mark.parametrize(
    ("op", "value", "column", "expected"),
    [
        ("eq", 0, [0, 1, None, 0.0], [True, False, False, True]),
        ("ne", "x", ["x", "y", None], [False, True, False]),
        ("gt", 5, [4, 6, None, "7"], [False, True, False, False]),
        ("lte", 5, [5, 6], [True, False]),
        ("in", ["gold", "platinum"], ["gold", "silver", None], [True, False, False]),
        ("not_in", ["gold"], ["gold", "silver", None], [False, True, False]),
        ("is_true", None, [True, "yes", 0, None], [True, True, False, False]),
        ("is_false", None, [True, False, None], [False, True, False]),
    ],
)
def test_condition_operators(op: str, value: object, column: list, expected: list) -> None:
    condition = EligibilityCondition(field="f", op=op, value=value)  # type: ignore[arg-type]
    col = np.empty(len(column), dtype=object)
    col[:] = column
    np.testing.assert_array_equal(evaluate_condition(condition, col, len(column)), expected)


def test_frequency_caps_per_channel_and_overall(lumen: BrandPack, lumen_space: ActionSpace) -> None:
    config = ContactPolicyConfig(
        channel_caps={"email": FrequencyCap(max_sends=2, days=7)},
        overall_cap=FrequencyCap(max_sends=3, days=14),
    )
    recent, old = NOW - timedelta(days=2), NOW - timedelta(days=10)
    history = SendHistory.from_records(
        [("a", "email", recent), ("a", "email", recent), ("b", "email", old), ("b", "email", old)]
        + [("c", "sms", recent), ("c", "push", old), ("c", "email", old)]
    )
    rows = [customer(customer_id=c) for c in ("a", "b", "c")]
    m = mask_for(lumen, lumen_space, rows, config=config, history=history)
    email = lumen_space.index("off-refill-bogo:email:morning")
    push = lumen_space.index("off-refill-bogo:push:morning")
    assert m.reasons[0, email] == Reason.CHANNEL_CAP and m.allowed[0, push]
    assert m.allowed[1, email]  # both sends older than the 7-day email window
    assert m.reasons[2, push] == Reason.OVERALL_CAP and m.reasons[2, email] == Reason.OVERALL_CAP
    assert m.allowed[:, 0].all()


def test_suppression_and_recent_unsubscribe_or_complaint(
    lumen: BrandPack, lumen_space: ActionSpace
) -> None:
    rows = [
        customer(customer_id="listed"),
        customer(customer_id="flagged", suppressed=True),
        customer(customer_id="unsub", last_unsubscribe_at=(NOW - timedelta(days=3)).isoformat()),
        customer(customer_id="old-unsub", last_unsubscribe_at=NOW - timedelta(days=300)),
        customer(customer_id="complaint", last_complaint_at=NOW - timedelta(days=40)),
    ]
    config = ContactPolicyConfig(
        unsubscribed_at_column="last_unsubscribe_at", complained_at_column="last_complaint_at"
    )
    m = mask_for(lumen, lumen_space, rows, suppression={"listed"}, config=config)
    messages = np.array([a.is_message for a in lumen_space.actions])
    assert (m.reasons[0, messages] & Reason.SUPPRESSED).all()
    assert (m.reasons[1, messages] & Reason.SUPPRESSED).all()
    assert (m.reasons[2, messages] & Reason.RECENT_UNSUBSCRIBE).all()
    assert m.allowed[3, lumen_space.index("off-refill-bogo:email:morning")]
    assert (m.reasons[4, messages] & Reason.RECENT_COMPLAINT).all()
    assert m.allowed[:, 0].all() and (m.reasons[:, 0] == 0).all()


def test_passed_windows_blocked_without_roll_over(
    lumen: BrandPack, lumen_space: ActionSpace
) -> None:
    config = ContactPolicyConfig(roll_over_windows=False)
    rows = [
        customer(customer_id="ny", time_zone="America/New_York"),  # 10:00 local
        customer(customer_id="tokyo", time_zone="Asia/Tokyo"),  # 00:00 next day local
    ]
    m = mask_for(lumen, lumen_space, rows, config=config)
    midday = lumen_space.index("off-refill-bogo:email:midday")
    morning = lumen_space.index("off-refill-bogo:email:morning")
    assert m.allowed[0, midday] and m.allowed[0, morning]
    assert m.allowed[1, morning]
    rows = [customer(customer_id="ldn", time_zone="Europe/London")]  # 15:00 local
    m = mask_for(lumen, lumen_space, rows, config=config)
    assert (
        m.reasons[0, morning] == Reason.WINDOW_PASSED
        and m.reasons[0, midday] == Reason.WINDOW_PASSED
    )
    assert m.allowed[0, lumen_space.index("off-refill-bogo:email:evening")]


def test_blocked_by_reason_lists_action_ids(lumen: BrandPack, lumen_space: ActionSpace) -> None:
    m = mask_for(lumen, lumen_space, [customer(consent_sms=False)])
    blocked = m.blocked_by_reason(0)
    assert "off-winback-20:sms:morning" in blocked["no_consent"]
    assert "off-winback-20:sms:night" in blocked["quiet_hours"]
    assert set(blocked) <= {r.code for r in Reason}
    assert m.blocked_by_reason_all() == [blocked]


def test_vectorised_reasons_match_per_row(lumen: BrandPack, lumen_space: ActionSpace) -> None:
    rows = [
        customer(customer_id="a", consent_sms=False),
        customer(customer_id="b", time_zone=None, orders_count=0),
        customer(customer_id="c"),
    ]
    m = mask_for(lumen, lumen_space, rows, suppression={"c"})
    assert m.blocked_by_reason_all() == [m.blocked_by_reason(i) for i in range(3)]


def test_consent_words_of_the_shared_vocabulary(lumen: BrandPack, lumen_space: ActionSpace) -> None:
    rows = [
        customer(consent_email="true", consent_sms="express_written", consent_push="1"),
        customer(customer_id="c2", consent_email="maybe", consent_sms="none", consent_push="no"),
    ]
    m = mask_for(lumen, lumen_space, rows)
    email = lumen_space.index("off-winback-20:email:morning")
    sms = lumen_space.index("off-winback-20:sms:morning")
    assert m.allowed[0, email] and m.allowed[0, sms]
    assert m.reasons[1, email] & Reason.NO_CONSENT and m.reasons[1, sms] & Reason.NO_CONSENT


def test_unsubscribe_and_complaint_close_their_channel_for_good(
    lumen: BrandPack, lumen_space: ActionSpace
) -> None:
    rows = [
        customer(unsubscribed_email=True, unsubscribed_sms=False, complained_email=False),
        customer(customer_id="c2", unsubscribed_sms=True),
        customer(customer_id="c3", complained_email=True),
    ]
    m = mask_for(lumen, lumen_space, rows)
    email = lumen_space.index("off-winback-20:email:morning")
    sms = lumen_space.index("off-winback-20:sms:morning")
    assert m.reasons[0, email] == Reason.UNSUBSCRIBED and m.allowed[0, sms]
    assert m.reasons[1, sms] == Reason.UNSUBSCRIBED and m.allowed[1, email]
    assert m.reasons[2, email] == Reason.COMPLAINED and m.allowed[2, sms]


def test_missing_or_malformed_addresses_block_only_when_the_table_has_them(
    lumen: BrandPack, lumen_space: ActionSpace
) -> None:
    email = lumen_space.index("off-winback-20:email:morning")
    sms = lumen_space.index("off-winback-20:sms:morning")
    without = mask_for(lumen, lumen_space, [customer()])
    assert without.allowed[0, email] and without.allowed[0, sms]  # not mapped: not checked
    rows = [
        customer(email="ana@example.com", phone=None),
        customer(customer_id="c2", email=None, phone="+14155550142"),
    ]
    m = mask_for(lumen, lumen_space, rows)
    assert m.allowed[0, email] and m.reasons[0, sms] == Reason.NO_ADDRESS
    assert m.reasons[1, email] == Reason.NO_ADDRESS and m.allowed[1, sms]


def test_minimum_age_blocks_every_message_and_unknown_age_keeps_age_offers_closed(
    lumen: BrandPack, lumen_space: ActionSpace
) -> None:
    config = ContactPolicyConfig(minimum_age=18)
    rows = [customer(age=15), customer(customer_id="c2", age=None), customer(customer_id="c3")]
    m = mask_for(lumen, lumen_space, rows, config=config)
    messages = [i for i, a in enumerate(lumen_space.actions) if a.is_message]
    assert not m.allowed[0, messages].any()
    assert all(m.reasons[0, i] & Reason.UNDER_AGE for i in messages)
    night_renew = lumen_space.index("off-night-renew-10:email:morning")  # needs age >= 25
    assert m.reasons[1, night_renew] == Reason.INELIGIBLE  # unknown age: not eligible
    assert m.allowed[2, night_renew]
    assert m.allowed[1, lumen_space.index("off-winback-20:email:morning")]


def test_history_plus_the_tables_last_contact(lumen: BrandPack, lumen_space: ActionSpace) -> None:
    caps = ContactPolicyConfig(channel_caps={"sms": FrequencyCap(max_sends=1, days=7)})
    history = SendHistory.empty().plus([("c1", "sms", NOW - timedelta(days=2))])
    m = mask_for(lumen, lumen_space, [customer()], config=caps, history=history)
    assert bits(m, lumen_space, "off-winback-20:sms:morning") == Reason.CHANNEL_CAP
