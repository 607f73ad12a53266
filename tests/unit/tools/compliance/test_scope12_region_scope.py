"""Rules limited to recipients in (or outside) some regions: ``regions`` / ``except_regions``.

A made-up brand, "Tamsin Pool Supply" (pool chemicals and pool-care courses sold across US
states), uses the scope on one rule of each family: a copy rule (banned phrase, disclosure), a
send rule (quiet hours) and an audience rule (a higher minimum age in some states). Packs
without the scope behave as before.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from nextbest.brand_context.ingest import PackValidationError, parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict

DAY = date(2027, 4, 14)
NOON = datetime(2027, 4, 14, 16, 0, tzinfo=UTC)  # 12:00 in New York
FOOTER = (
    "\n\nTamsin Pool Supply Inc., 12 Reef Lane, Tampa, FL 33602. "
    "Unsubscribe: https://tamsinpool.example/unsubscribe"
)


def _rule(rule_id: str, kind: str, params: dict[str, Any] | None, **extra: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": rule_id,
        "kind": kind,
        "description": f"test rule {rule_id}",
        "rationale": "tests",
        "source": "test suite",
        **extra,
    }
    if params is not None:
        entry["params"] = params
    return entry


def _pack(*rules: dict[str, Any]) -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Tamsin Pool Supply",
                "legal_name": "Tamsin Pool Supply Inc.",
                "postal_address": "12 Reef Lane, Tampa, FL 33602",
                "channels": ["email", "sms", "push"],
                "default_time_zone": "America/New_York",
                "website_domains": ["tamsinpool.example"],
            },
            "products": [
                {"id": "shock", "name": "ClearShock Granules", "list_price": 30, "currency": "USD"}
            ],
            "rules": list(rules),
        },
        source="test",
    )


def _check(pack: BrandPack, body: str, region: str | None, **fields: Any) -> Verdict:
    fields.setdefault("channel", "email")
    fields.setdefault("send_time", NOON)
    fields.setdefault("recipient_time_zone", "America/New_York")
    recipient = {"region": region, "age": fields.pop("age", None)}
    return RuleEngine(pack).check(Message(body=body, recipient=recipient, **fields), DAY)


def _fired(verdict: Verdict) -> set[str]:
    return set(verdict.fired_rule_ids)


LICENSED = _rule(
    "licensed-claim",
    "banned_phrase",
    {"phrases": ["state-certified"]},
    except_regions=["FL", "US-GA"],
)
"""A claim true only where the brand's course is certified: forbidden to everyone else."""


def test_banned_phrase_outside_listed_regions() -> None:
    """except_regions: the phrase is allowed in FL and GA, forbidden elsewhere and when unknown."""
    pack = _pack(LICENSED)
    body = "Take our state-certified pool operator course online." + FOOTER
    assert "licensed-claim" not in _fired(_check(pack, body, "FL"))
    assert "licensed-claim" not in _fired(_check(pack, body, "US-GA"))
    assert "licensed-claim" not in _fired(_check(pack, body, "Georgia"))
    assert "licensed-claim" in _fired(_check(pack, body, "AZ"))
    assert "licensed-claim" in _fired(_check(pack, body, None))  # unknown: the safe side


def test_unknown_region_skip() -> None:
    """unknown_region skip: a recipient of unknown region is out of the rule's scope."""
    pack = _pack({**LICENSED, "unknown_region": "skip"})
    body = "Take our state-certified pool operator course online." + FOOTER
    assert "licensed-claim" not in _fired(_check(pack, body, None))
    assert "licensed-claim" in _fired(_check(pack, body, "TX"))


def test_disclosure_only_in_listed_regions() -> None:
    """regions on a copy rule of another kind: a state's own notice, asked only there."""
    notice = _rule(
        "chlorine-notice",
        "disclosure",
        {
            "trigger_phrases": ["chlorine"],
            "required_any": ["Store chlorine away from children and pets."],
        },
        regions=["CA"],
    )
    pack = _pack(notice)
    body = "Stock up on chlorine before summer." + FOOTER
    assert "chlorine-notice" in _fired(_check(pack, body, "CA"))
    assert "chlorine-notice" in _fired(_check(pack, body, "US-CA"))
    assert "chlorine-notice" not in _fired(_check(pack, body, "NV"))


def test_quiet_hours_only_in_listed_regions() -> None:
    """A send rule: stricter SMS hours for recipients of two states only."""
    late = _rule(
        "state-sms-hours",
        "quiet_hours",
        {"start": "20:00", "end": "08:00"},
        channels=["sms"],
        regions=["FL", "OK"],
    )
    pack = _pack(late)
    at_2030 = datetime(2027, 4, 15, 0, 30, tzinfo=UTC)  # 20:30 in New York
    body = "Tamsin: your pool order ships tomorrow. Reply STOP to opt out."
    sms = {"channel": "sms", "send_time": at_2030}
    assert "state-sms-hours" in _fired(_check(pack, body, "FL", **sms))
    assert "state-sms-hours" in _fired(_check(pack, body, "oklahoma", **sms))
    assert "state-sms-hours" not in _fired(_check(pack, body, "NJ", **sms))


def test_audience_rule_only_in_listed_regions() -> None:
    """An audience rule: a higher minimum age in some states only (rule-level regions)."""
    older = _rule(
        "state-min-age", "audience", {"min_age": 21, "products": ["shock"]}, regions=["AL", "MS"]
    )
    pack = _pack(older)
    body = "ClearShock Granules are back in stock." + FOOTER
    assert "state-min-age" in _fired(_check(pack, body, "AL", age=19))
    assert "state-min-age" not in _fired(_check(pack, body, "AL", age=22))
    assert "state-min-age" not in _fired(_check(pack, body, "TN", age=19))


def test_rule_without_scope_unchanged() -> None:
    """A rule with neither field applies to every recipient, as before."""
    plain = _rule("no-certified", "banned_phrase", {"phrases": ["state-certified"]})
    pack = _pack(plain)
    body = "Take our state-certified pool operator course online." + FOOTER
    for region in ("FL", "AZ", None):
        assert "no-certified" in _fired(_check(pack, body, region))


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        ({"regions": ["FL, OK"]}, "not a region code"),
        ({"except_regions": [""]}, "not a region code"),
        ({"regions": ["FL"], "except_regions": ["fl"]}, "both list"),
        ({"unknown_region": "skip"}, "needs regions or except_regions"),
        ({"regions": ["FL"], "unknown_region": "maybe"}, "unknown_region"),
    ],
)
def test_bad_region_scope_is_a_validation_error(extra: dict[str, Any], problem: str) -> None:
    """``kb validate`` reports bad region values with the rule's path."""
    bad = _rule("no-certified", "banned_phrase", {"phrases": ["state-certified"]}, **extra)
    with pytest.raises(PackValidationError) as caught:
        _pack(bad)
    assert problem in str(caught.value)
    assert "rules" in str(caught.value)


def test_a_dumped_pack_loads_again() -> None:
    """A pack written back out (every field, defaults included) validates again."""
    for rule in (LICENSED, _rule("no-certified", "banned_phrase", {"phrases": ["x-rated"]})):
        pack = _pack(rule)
        assert BrandPack.model_validate(pack.model_dump()) == pack


def test_a_region_scoped_copy_rule_is_checked_with_the_recipient() -> None:
    """Batch runs check the copy once without a recipient, then the context per recipient.

    A region-scoped rule depends on the recipient: it is a context rule, so the anonymous copy
    check leaves it out and the per-recipient check applies it (copy + context = full).
    """
    pack = _pack(LICENSED)
    engine = RuleEngine(pack)
    body = "Take our state-certified pool operator course online." + FOOTER

    def message(region: str) -> Message:
        return Message(channel="email", body=body, send_time=NOON, recipient={"region": region})

    anonymous = Message(channel="email", body=body, send_time=NOON)
    assert "licensed-claim" not in engine.check(anonymous, DAY, scope="copy").fired_rule_ids
    assert "licensed-claim" in engine.check(message("AZ"), DAY, scope="context").fired_rule_ids
    assert "licensed-claim" not in engine.check(message("FL"), DAY, scope="context").fired_rule_ids
