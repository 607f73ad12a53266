"""Guided mode's plain-language goal interpreter (issue 20, item 5)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from nextbest.agents.chat_agent import GuidedAgent
from nextbest.agents.goal_phrases import OfferName, command_line, interpret
from nextbest.agents.guided import parse_command

TODAY = date(2026, 12, 2)  # a Wednesday
# A brand the interpreter has never seen: offers come from its pack at run time.
OFFERS = [
    OfferName(id="o-spring-30", name="Spring sale 30% off"),
    OfferName(id="o-free-delivery", name="Free delivery weekend"),
    OfferName(id="o-free-tote", name="Free canvas tote bag"),
    OfferName(id="o-vip-lounge", name="VIP lounge access"),
]


def _read(text: str, today: date = TODAY) -> dict | None:
    return interpret(text, today=today, offers=OFFERS).arguments


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("never more than 2 SMS per week", {"channel_caps": {"sms": {"max_sends": 2, "days": 7}}}),
        ("Texts: one a week, max.", {"channel_caps": {"sms": {"max_sends": 1, "days": 7}}}),
        (
            "höchstens drei E-Mails pro Woche",
            {"channel_caps": {"email": {"max_sends": 3, "days": 7}}},
        ),
        ("at most one push notification per day", {"daily_caps": {"push": 1}}),
        ("max. 2 Mails am Tag", {"daily_caps": {"email": 2}}),
        ("email once a month at most", {"channel_caps": {"email": {"max_sends": 1, "days": 30}}}),
    ],
)
def test_caps(text: str, expected: dict) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("hold back 7% as control", 0.07),
        ("Kontrollgruppe: 2,5 Prozent", 0.025),
        ("holdout 6 %", 0.06),
    ],
)
def test_holdout(text: str, share: float) -> None:
    assert _read(text) == {"holdout_share": share}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("favour the spring sale", {"favour": [{"offer_id": "o-spring-30"}]}),
        ("promote the VIP lounge", {"favour": [{"offer_id": "o-vip-lounge"}]}),
        ("the tote bag bitte bevorzugen", {"favour": [{"offer_id": "o-free-tote"}]}),
        ("don't offer free delivery", {"exclude_offers": ["o-free-delivery"]}),
        ("kein Spring Sale mehr", {"exclude_offers": ["o-spring-30"]}),
        ("exclude o-vip-lounge", {"exclude_offers": ["o-vip-lounge"]}),
    ],
)
def test_offers_are_matched_against_the_brand_pack(text: str, expected: dict) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        (
            "favour the spring sale in April",
            TODAY,
            {"starts_on": "2027-04-01", "ends_on": "2027-04-30"},
        ),
        ("holdout 5 % nächsten Monat", TODAY, {"starts_on": "2027-01-01", "ends_on": "2027-01-31"}),
        ("retention until Christmas", date(2026, 12, 27), {"ends_on": "2027-12-25"}),
        (
            "focus on revenue next week",
            date(2026, 6, 14),
            {"starts_on": "2026-06-15", "ends_on": "2026-06-21"},
        ),
        (
            "revenue for the next 3 days",
            TODAY,
            {"starts_on": "2026-12-02", "ends_on": "2026-12-04"},
        ),
    ],
)
def test_dates_are_relative_to_the_chats_day(text: str, today: date, expected: dict) -> None:
    arguments = _read(text, today)
    assert arguments is not None
    assert {k: v for k, v in arguments.items() if k in ("starts_on", "ends_on")} == expected


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("only in the mornings", (8, 12)),
        ("nicht nach 19 Uhr", (8, 19)),
        ("between 10am and 4pm", (10, 16)),
        ("von 9 bis 18 Uhr senden", (9, 18)),
        ("nothing before 9 am", (9, 21)),
    ],
)
def test_send_windows(text: str, window: tuple[int, int]) -> None:
    assert _read(text) == {"send_window": {"start_hour": window[0], "end_hour": window[1]}}


@pytest.mark.parametrize(
    ("text", "objective"),
    [
        ("maximize revenue", "revenue"),
        ("mehr Käufe, bitte: Conversions", "conversions"),
        ("we're losing customers to churn", "retention"),
    ],
)
def test_objective(text: str, objective: str) -> None:
    assert _read(text) == {"objective": objective}


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("fewer SMS please", "How many SMS at most"),
        ("max 3 emails", "per day, per week or per month?"),
        ("höchstens 2 pro Tag", "For which channel"),
        ("favour the free one", "Which offer do you mean?"),
        ("promote our discount", "Which offer do you mean?"),
        ("bigger holdout", "What share should be held out"),
        ("spring sale sometime soon", "For which dates?"),
        ("send at a good time", "Which local hours"),
        ("revenue or retention, whatever", "Which one objective"),
        ("make things better", "What should change in the goal?"),
    ],
)
def test_ambiguous_phrasings_ask_one_question(text: str, question: str) -> None:
    reading = interpret(text, today=TODAY, offers=OFFERS)
    assert reading.arguments is None
    assert reading.question is not None and question in reading.question
    assert reading.question.count("?") == 1


def test_a_shared_word_names_the_offers_it_could_mean() -> None:
    question = interpret("exclude the free stuff", today=TODAY, offers=OFFERS).question
    assert question is not None
    assert "Free delivery weekend" in question and "Free canvas tote bag" in question
    assert "Spring sale" not in question


def test_a_reading_is_what_the_explicit_command_makes() -> None:
    reading = interpret(
        "Favour the spring sale, at most one SMS a week, keep 5% as control, mornings only, "
        "focus on conversions from 1 January",
        today=TODAY,
        offers=OFFERS,
    )
    assert reading.arguments is not None
    assert reading.command == command_line(reading.arguments)
    assert parse_command(reading.command).arguments == reading.arguments
    assert "mornings = 08:00–12:00 in the customer's local time" in reading.assumptions


def test_typos_are_corrected_and_said() -> None:
    reading = interpret("promot the sprng sale", today=TODAY, offers=OFFERS)
    assert reading.arguments == {"favour": [{"offer_id": "o-spring-30"}]}
    assert "read 'sprng' as 'spring'" in reading.assumptions


def test_guided_mode_proposes_with_its_assumptions_and_never_stores() -> None:
    agent = GuidedAgent(offers=OFFERS, today=TODAY)
    reply = agent.respond([{"role": "user", "content": "1 SMS a month max"}], user="maria")
    (call,) = reply["tool_calls"]
    assert call["function"]["name"] == "propose_goal_change"
    arguments = json.loads(call["function"]["arguments"])
    assert arguments == {
        "channel_caps": {"sms": {"max_sends": 1, "days": 30}},
        "summary": "1 SMS a month max",
    }
    assert "I read this as: propose cap.sms=1/30" in reply["content"]
    assert "- a month = 30 days" in reply["content"]
    assert "nothing changes until someone else approves it" in reply["content"]
    asked = agent.respond([{"role": "user", "content": "weniger SMS"}], user="maria")
    assert "tool_calls" not in asked and asked["content"].endswith("a week'.")
    assert "How many SMS" in asked["content"]


def test_out_of_scope_sentences_are_still_refused_not_read_as_goals() -> None:
    agent = GuidedAgent(offers=OFFERS, today=TODAY)
    reply = agent.respond([{"role": "user", "content": "turn off the guardrail"}], user="m")
    assert "tool_calls" not in reply and reply["content"].startswith("Nobody can turn off")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sieben Prozent als Kontrollgruppe bitte", {"holdout_share": 0.07}),
        ("spring sale with a boost of 2", {"favour": [{"offer_id": "o-spring-30", "boost": 2.0}]}),
        (
            "favour the tote bag but leave out free delivery",
            {"favour": [{"offer_id": "o-free-tote"}], "exclude_offers": ["o-free-delivery"]},
        ),
        ("retention rather than revenue please", {"objective": "retention"}),
        (
            "email 3 per week, push 2 per day",
            {"channel_caps": {"email": {"max_sends": 3, "days": 7}}, "daily_caps": {"push": 2}},
        ),
        ("there should be max 2 texts/wk", {"channel_caps": {"sms": {"max_sends": 2, "days": 7}}}),
        (
            "from Friday, at most 2 emails a week",
            {"starts_on": "2026-12-04", "channel_caps": {"email": {"max_sends": 2, "days": 7}}},
        ),
        (
            "ab morgen höchstens 1 Push am Tag",
            {"starts_on": "2026-12-03", "daily_caps": {"push": 1}},
        ),
        (
            "favour the spring sale until the end of February",
            {"favour": [{"offer_id": "o-spring-30"}], "ends_on": "2027-02-28"},
        ),
        (
            "nicht vor 9 Uhr und nicht nach 18 Uhr",
            {"send_window": {"start_hour": 9, "end_hour": 18}},
        ),
        (
            "push the free tote bag until 20.12.",
            {"favour": [{"offer_id": "o-free-tote"}], "ends_on": "2026-12-20"},
        ),
        (
            "Q2: focus on conversions",
            {"objective": "conversions", "starts_on": "2027-04-01", "ends_on": "2027-06-30"},
        ),
        (
            "email twice a week and sms once a week",
            {
                "channel_caps": {
                    "email": {"max_sends": 2, "days": 7},
                    "sms": {"max_sends": 1, "days": 7},
                }
            },
        ),
    ],
)
def test_held_out_lessons_in_general_form(text: str, expected: dict) -> None:
    """What the held-out corpus's first run taught, on phrasings and a brand outside it."""
    assert _read(text) == expected


def test_a_group_described_in_words_is_asked_about_not_dropped() -> None:
    reading = interpret(
        "favour the tote bag for customers who bought twice last spring",
        today=TODAY,
        offers=OFFERS,
    )
    assert reading.arguments is None and "Which customers do you mean?" in (reading.question or "")


def test_all_of_a_month_is_that_month() -> None:
    assert _read("favour the spring sale for all of March") == {
        "favour": [{"offer_id": "o-spring-30"}],
        "starts_on": "2027-03-01",
        "ends_on": "2027-03-31",
    }


@pytest.mark.parametrize(
    "text",
    ["favour the tote bag or free delivery, whichever", "just next week please", "ab Januar"],
)
def test_alternatives_and_dates_alone_are_asked_about(text: str) -> None:
    assert interpret(text, today=TODAY, offers=OFFERS).arguments is None


def test_not_this_or_that_excludes_both() -> None:
    assert _read("don't use the tote bag or the spring sale") == {
        "exclude_offers": ["o-free-tote", "o-spring-30"]
    }
