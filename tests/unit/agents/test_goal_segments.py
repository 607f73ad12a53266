"""Segments named in plain sentences come from the customer schema (issue 20, item 1).

The table and its segments below are made up for this test: nothing in the interpreter knows
them, and the sample table is never used.
"""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from nextbest.agents.chat_agent import GuidedAgent
from nextbest.agents.goal_phrases import OfferName, interpret
from nextbest.agents.goal_segments import SegmentCatalog, segments_from_schema
from nextbest.agents.guided import parse_command
from nextbest.tools.customer_schema import CustomerSchema

TODAY = date(2026, 12, 2)
OFFERS = [
    OfferName(id="o-kayak-rental", name="Kayak rental half price"),
    OfferName(id="o-free-map", name="Free trail map"),
]
SCHEMA = CustomerSchema.model_validate(
    {
        "roles": {"id": "member_no", "birth_date": {"column": "born", "format": "%Y-%m-%d"}},
        "features": [
            {"name": "club_card", "column": "club_card", "kind": "boolean"},
            {
                "name": "plan",
                "column": "plan",
                "kind": "categorical",
                "categories": ["basic", "platinum", "family"],
            },
            {"name": "nights_booked", "column": "nights", "kind": "numeric", "min": 0},
        ],
        "segments": [
            {
                "name": "frequent campers",
                "words": ["Dauercamper", "regulars"],
                "conditions": [{"field": "nights_booked", "op": "gte", "value": 20}],
            }
        ],
    }
)
CATALOG = segments_from_schema(SCHEMA)


def _read(text: str, catalog: SegmentCatalog = CATALOG) -> dict | None:
    return interpret(text, today=TODAY, offers=OFFERS, segments=catalog).arguments


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        ("only message club card holders", [{"field": "club_card", "op": "is_true"}]),
        ("club cards only", [{"field": "club_card", "op": "is_true"}]),
        ("platinum customers only, max 1 sms a week", [{"field": "plan", "op": "eq",
                                                         "value": "platinum"}]),
        ("nur Family-Kunden", [{"field": "plan", "op": "eq", "value": "family"}]),
        ("basic or family members", [{"field": "plan", "op": "in",
                                      "value": ["basic", "family"]}]),
        ("everyone except platinum customers", [{"field": "plan", "op": "ne",
                                                 "value": "platinum"}]),
        ("just the regulars", [{"field": "nights_booked", "op": "gte", "value": 20}]),
        ("nur Dauercamper", [{"field": "nights_booked", "op": "gte", "value": 20}]),
        ("customers under 30", [{"field": "age", "op": "lt", "value": 30}]),
        ("Kunden ab 18 Jahren", [{"field": "age", "op": "gte", "value": 18}]),
        ("aged 25 to 34", [{"field": "age", "op": "gte", "value": 25},
                           {"field": "age", "op": "lte", "value": 34}]),
        ("65 and over", [{"field": "age", "op": "gte", "value": 65}]),
    ],
)  # fmt: skip
def test_audiences_from_the_schema(text: str, audience: list | None) -> None:
    got = _read(text) or {}
    assert got.get("audience") == audience


def test_a_segment_beside_a_favoured_offer_is_that_offers_segment() -> None:
    got = _read("favour kayak rental for platinum customers next month")
    assert got is not None
    assert got["favour"] == [
        {"offer_id": "o-kayak-rental", "segment": [{"field": "plan", "op": "eq",
                                                    "value": "platinum"}]}
    ]  # fmt: skip
    assert "audience" not in got


def test_the_command_line_round_trips_to_the_same_change() -> None:
    reading = interpret(
        "favour the trail map for regulars; only club cards; not after 8 pm",
        today=TODAY,
        offers=OFFERS,
        segments=CATALOG,
    )
    assert reading.arguments is not None
    command = parse_command(reading.command)
    assert command.arguments == reading.arguments
    assert any("club_card" in a for a in reading.assumptions)


def test_an_age_without_an_age_column_is_asked_about() -> None:
    no_age = SCHEMA.model_copy(
        update={"roles": SCHEMA.roles.model_copy(update={"birth_date": None})}
    )
    reading = interpret("customers under 30", today=TODAY, segments=segments_from_schema(no_age))
    assert reading.arguments is None
    assert "no age" in (reading.question or "")


def test_excluding_an_offer_for_one_segment_is_asked_about() -> None:
    reading = interpret(
        "don't send the kayak rental to family customers",
        today=TODAY,
        offers=OFFERS,
        segments=CATALOG,
    )
    assert reading.arguments is None and "for everyone" in (reading.question or "")


def test_guided_mode_proposes_the_audience_with_its_assumption() -> None:
    agent = GuidedAgent(offers=OFFERS, today=TODAY, segments=CATALOG)
    reply = agent.respond([{"role": "user", "content": "only platinum customers"}], user="m")
    assert reply["tool_calls"][0]["function"]["name"] == "propose_goal_change"
    assert "plan = platinum" in reply["content"]


def test_a_segment_on_an_unknown_field_is_refused_in_the_schema() -> None:
    data = SCHEMA.model_dump(mode="json", exclude_defaults=True)
    data["segments"] = [{"name": "ghosts", "conditions": [{"field": "haunted", "op": "is_true"}]}]
    with pytest.raises(ValidationError, match="haunted"):
        CustomerSchema.model_validate(data)


def test_the_llm_system_prompt_lists_the_schemas_segments() -> None:
    from nextbest.agents.chat_agent import LLMChatAgent

    agent = LLMChatAgent(None, None, [], "Camp", TODAY, segments=CATALOG)  # type: ignore[arg-type]
    prompt = agent.system_prompt("mia")
    assert '- frequent campers ("dauercamper", "frequent campers", "regulars")' in prompt
    assert '{"field": "plan", "op": "eq", "value": "platinum"}' in prompt
    assert 'conditions on "age"' in prompt
