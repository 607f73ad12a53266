"""Rule tests carried in a pack: labelled examples run through the engine."""

from __future__ import annotations

import pytest
from test_any_brand import FOOTER, NOON, _pack

from nextbest.brand_context.models import BrandPack, RuleTest
from nextbest.tools.compliance.rule_tests import example_flips, run_rule_tests


def _with_tests(*tests: dict) -> BrandPack:
    data = _pack().model_dump(mode="json")
    data["rule_tests"] = list(tests)
    return BrandPack.model_validate(data)


def _email(body: str) -> dict:
    return {
        "channel": "email",
        "subject": "News from the shop",
        "body": body + FOOTER,
        "send_time": NOON.isoformat(),
    }


def test_labelled_examples_pass_when_the_engine_agrees() -> None:
    pack = _with_tests(
        {"id": "plain-price", "message": _email("The Trail Guard Lock is $60."), "expect": "pass"},
        {
            "id": "expired-award",
            "message": _email("Trail Guard Lock: Best Bike Lock 2025 by Cycle Monthly."),
            "expect": "block",
            "rule_ids": ["claim-expired"],
        },
    )
    results = run_rule_tests(pack)
    assert [r.passed for r in results] == [True, True], results


def test_a_flipped_example_fails_with_the_reason() -> None:
    pack = _with_tests(
        {
            "id": "wrongly-labelled",
            "message": _email("The Trail Guard Lock is $45 this week."),
            "expect": "pass",
        },
        {
            "id": "wrong-rule",
            "message": _email("The Metro Helmet is the safest helmet ever made."),
            "expect": "block",
            "rule_ids": ["banned"],
        },
    )
    first, second = run_rule_tests(pack)
    assert not first.passed and first.problem is not None
    assert "expected pass, got block" in first.problem
    assert not second.passed and "expected banned to fire" in (second.problem or "")


def test_an_unreadable_message_fails_in_one_line() -> None:
    pack = _with_tests({"id": "bad", "message": {"channel": "fax", "body": "x"}, "expect": "pass"})
    (result,) = run_rule_tests(pack)
    assert not result.passed
    assert result.problem is not None and result.problem.startswith("message.channel:")
    assert "\n" not in result.problem


def test_a_pass_example_cannot_expect_rules() -> None:
    with pytest.raises(ValueError, match="cannot expect rules"):
        RuleTest(id="x1", message={}, expect="pass", rule_ids=["banned"])


def test_example_flips_show_what_a_change_breaks_and_fixes() -> None:
    current = _with_tests(
        {"id": "plain-price", "message": _email("The Trail Guard Lock is $60."), "expect": "pass"},
        {
            "id": "thieves",
            "message": _email("The Trail Guard Lock stops thieves cold."),
            "expect": "block",
            "rule_ids": ["banned"],
        },
    )
    data = current.model_dump(mode="json")
    banned = next(r for r in data["rules"] if r["id"] == "banned")
    banned["params"]["phrases"].append("stops thieves")
    lock = next(p for p in data["products"] if p["id"] == "trail-lock")
    lock["list_price"] = 70  # $60 is now below list: a promotion without an offer
    proposed = BrandPack.model_validate(data)
    flips = {f.test_id: f for f in example_flips(current, proposed)}
    assert set(flips) == {"plain-price", "thieves"}
    assert flips["plain-price"].broken and flips["plain-price"].after.decision == "block"
    assert not flips["thieves"].broken and flips["thieves"].after.passed
    assert example_flips(current, current) == []
