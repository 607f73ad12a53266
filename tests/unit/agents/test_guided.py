"""The guided chat's commands map one-to-one to the chat tools."""

from __future__ import annotations

import pytest

from nextbest.agents.guided import GuidedError, help_text, parse_command, parse_condition


def test_propose_options_become_a_goal_change() -> None:
    command = parse_command(
        "propose objective=retention favour=off-winback-20:3:days_since_last_purchase>=90,"
        "orders_count>=1 cap.sms=2/7 budget.email=500 holdout=0.05 exclude=off-gift-balm "
        'audience=loyalty_member from=2026-12-01 until=2026-12-31 summary="winback push"'
    )
    assert command.tool == "propose_goal_change"
    assert command.arguments == {
        "objective": "retention",
        "favour": [
            {
                "offer_id": "off-winback-20",
                "boost": 3.0,
                "segment": [
                    {"field": "days_since_last_purchase", "op": "gte", "value": 90},
                    {"field": "orders_count", "op": "gte", "value": 1},
                ],
            }
        ],
        "channel_caps": {"sms": {"max_sends": 2, "days": 7}},
        "channel_budgets": {"email": 500},
        "holdout_share": 0.05,
        "exclude_offers": ["off-gift-balm"],
        "audience": [{"field": "loyalty_member", "op": "is_true"}],
        "starts_on": "2026-12-01",
        "ends_on": "2026-12-31",
        "summary": "winback push",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("age>=25", {"field": "age", "op": "gte", "value": 25}),
        ("tier=gold|platinum", {"field": "tier", "op": "in", "value": ["gold", "platinum"]}),
        ("tier!=gold", {"field": "tier", "op": "ne", "value": "gold"}),
        ("!loyalty_member", {"field": "loyalty_member", "op": "is_false"}),
        ("spend<12.5", {"field": "spend", "op": "lt", "value": 12.5}),
    ],
)
def test_conditions(text: str, expected: dict) -> None:
    assert parse_condition(text) == expected


def test_other_commands() -> None:
    assert parse_command("goals").tool == "get_goals"
    assert parse_command("explain C00042").arguments == {"customer_id": "C00042"}
    assert parse_command("explain " + "a" * 32).arguments == {"decision_id": "a" * 32}
    assert parse_command("search money back kind=claim").arguments == {
        "question": "money back",
        "kinds": ["claim"],
    }
    assert parse_command("help").kind == "help"
    assert parse_command("quit").kind == "quit"
    assert "propose KEY=VALUE" in help_text()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("approve claim clm-1", "unknown command 'approve'"),
        ("propose", "needs at least one KEY=VALUE"),
        ("propose cap.sms=two", "write SENDS/DAYS"),
        ("propose holdout=lots", "a share such as 0.05"),
        ("propose colour=red", "unknown key 'colour'"),
        ("propose favour=off-x:big", "the boost must be a number"),
        ("explain", "one customer id"),
        ("propose window=morning", "write START-END"),
        ("propose daily.sms=one", "a daily cap is a whole number"),
    ],
)
def test_bad_commands_say_how_to_write_them(text: str, words: str) -> None:
    with pytest.raises(GuidedError, match=words):
        parse_command(text)


def test_apostrophes_quotes_and_unicode_do_not_break_the_line() -> None:
    """Issue 20: "No closing quotation" no longer ends a marketer's line."""
    command = parse_command('propose summary="Don\'t text Kund:innen über Weihnachten" cap.sms=1/7')
    assert command.arguments == {
        "summary": "Don't text Kund:innen über Weihnachten",
        "channel_caps": {"sms": {"max_sends": 1, "days": 7}},
    }
    typographic = parse_command("propose summary=„Grüße zum Fest“ holdout=0.05")
    assert typographic.arguments["summary"] == "Grüße zum Fest"
    assert parse_command("search customer's \"favourite").arguments == {
        "question": "customer's \"favourite"
    }
    assert parse_command("propose window=9-18 daily.email=1").arguments == {
        "send_window": {"start_hour": 9, "end_hour": 18},
        "daily_caps": {"email": 1},
    }
    with pytest.raises(GuidedError) as unknown:
        parse_command("what's up")
    assert "\n" not in str(unknown.value) and "type help for examples" in str(unknown.value)
