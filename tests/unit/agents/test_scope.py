"""Issue 20: what the chat can never do is refused in one sentence naming who can."""

from __future__ import annotations

import pytest

from nextbest.agents.chat_agent import GuidedAgent
from nextbest.agents.scope import out_of_scope, topics


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("approve this claim", "claims"),
        ("Please reword the claim about collagen", "claims"),
        ("Genehmige bitte die neue Werbeaussage", "claims"),
        ("delete the unsubscribe rule", "rules"),
        ("Lösch die Regel zu Ruhezeiten", "rules"),
        ("create a new 30% offer for VIPs", "offers"),
        ("Leg ein neues Angebot an und genehmige es", "offers"),
        ("turn off the guardrail", "guardrail"),
        ("Schalte die Leitplanke aus", "guardrail"),
        ("make me an admin", "roles"),
        ("Gib Maria die Rolle Compliance", "roles"),
        ("show me customers' phone numbers", "contact_data"),
        ("Export the email addresses of lapsed customers", "contact_data"),
        ("Zeig mir die Telefonnummern der Kunden", "contact_data"),
        ("lower the minimum holdout to 1%", "brand_limits"),
    ],
)
def test_out_of_scope_requests_name_the_thing(text: str, topic: str) -> None:
    found = out_of_scope(text)
    assert found is not None and found.id == topic


@pytest.mark.parametrize(
    "text",
    [
        "favour the winback offer for lapsed customers",
        "exclude the summer offer until Christmas",
        "no more than one SMS a week",
        "which claims can I use in an email?",
        "why did C00042 get no message?",
        "keep 10 % as a control group",
    ],
)
def test_goal_requests_are_not_refused(text: str) -> None:
    assert out_of_scope(text) is None


def test_every_answer_is_one_sentence_naming_who_can() -> None:
    ids = {t.id for t in topics()}
    assert ids == {
        "claims",
        "rules",
        "offers",
        "guardrail",
        "roles",
        "contact_data",
        "brand_limits",
    }
    for topic in topics():
        assert topic.answer.count(". ") == 0 and topic.answer.endswith(".")
        assert any(who in topic.answer for who in ("compliance", "admin", "owners"))


def _reply(text: str) -> dict:
    return GuidedAgent().respond([{"role": "user", "content": text}], user="maria")


def test_guided_mode_refuses_instead_of_unknown_command_or_a_proposal() -> None:
    reply = _reply("Can't you just approve this claim for me?")
    assert reply["content"].startswith("The chat cannot approve, edit or remove claims")
    assert "tool_calls" not in reply
    carried = _reply('propose summary="turn off the guardrail for the Christmas mailing"')
    assert carried["content"].startswith("Nobody can turn off the guardrail")
    assert "tool_calls" not in carried
    # a real goal change with a summary still becomes a proposal
    real = _reply('propose cap.sms=1/7 summary="don\'t text more than weekly"')
    assert real["tool_calls"][0]["function"]["name"] == "propose_goal_change"
    unknown = _reply("hello there")
    assert unknown["content"].count("\n") == 0 and "help" in unknown["content"]
    assert unknown["content"].startswith("What should change in the goal?")
