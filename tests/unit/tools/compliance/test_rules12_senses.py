"""Twelfth-blind-set everyday senses (issue 17), on an invented brand.

The brand is Northwind Coffee, built in code by ``compliance_helpers`` (not the sample brand,
not an eval brand).
"""

from __future__ import annotations

from compliance_helpers import build_pack, fired, rule


def test_time_invested_and_a_reminder_dismissed_are_everyday_senses(check) -> None:
    invest = rule(
        "risk-line",
        "disclosure",
        {"trigger_phrases": ["invest"], "required_any": ["Coffee futures can lose value."]},
    )
    dismiss = rule(
        "refund-line",
        "disclosure",
        {"trigger_phrases": ["dismiss"], "required_any": ["Claims are reviewed case by case."]},
    )
    pack = build_pack([invest, dismiss])
    body = "Invest five minutes in our brewing guide, or dismiss the reminder for now."
    verdict = check(pack, channel="email", subject="Brew better", body=body)
    assert not {"risk-line", "refund-line"} & fired(verdict), verdict.violations
    body = "Invest in our green coffee fund. We never dismiss a claim unread."
    verdict = check(pack, channel="email", subject="Brew better", body=body)
    assert {"risk-line", "refund-line"} <= fired(verdict), verdict.violations
