"""A disclosure trigger the copy says is absent (issue 17, fourteenth set).

The brand is Northwind Coffee (``compliance_helpers``, invented for the tests). Its renewal
line is needed wherever a subscription is offered; "a one-off bag, no subscription" offers
none. A qualified "no … the first month" is a term of an offer and still the thing.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import build_pack, fired, rule

from nextbest.tools.compliance.denials import stated_absent

_LINE = "Your subscription renews every month until you cancel online."


def _pack() -> Any:
    renewal = rule(
        "renewal-line",
        "disclosure",
        {"trigger_phrases": ["subscription", "subscribe"], "required_any": [_LINE]},
    )
    return build_pack([renewal])


def test_no_subscription_needs_no_renewal_line(check: Any) -> None:
    for body in (
        "A gift bag of our winter roast (one bag, no subscription) ships this week.",
        "One bag, no subscription and nothing to cancel later.",
        "Buy a single bag without a subscription.",
    ):
        verdict = check(_pack(), channel="email", subject="Gift bags", body=body)
        assert "renewal-line" not in fired(verdict), body


def test_offered_or_qualified_subscription_still_needs_the_line(check: Any) -> None:
    for body in (
        "Start a subscription to our winter roast today.",
        "No subscription fee for the first month when you subscribe today.",
        "Try it with no subscription commitment for 3 months.",
    ):
        verdict = check(_pack(), channel="email", subject="Subscribe", body=body)
        assert "renewal-line" in fired(verdict), body


def test_stated_absent_reads_what_follows() -> None:
    text = "No annual fee the first year."
    assert not stated_absent(text, 3, 13)
    text = "Sin permanencia, cancela cuando quieras."
    assert stated_absent(text, 4, 15)
