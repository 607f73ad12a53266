"""General causes of banned-phrase and personal-data false blocks (issue 17, sixth set).

Every test uses a made-up brand built here — "Fernhollow Pension Advisers", a retirement
adviser that also brokers home-furnishing loans — not the sample brand and not the wording of
any evaluation brand. Each test has a near neighbour that must still block.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from compliance_helpers import rule as _rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict
from nextbest.tools.compliance.compounds import names_threat, privative_free

DAY = date(2027, 4, 7)
NOON = datetime(2027, 4, 7, 15, 0, tzinfo=UTC)


def _engine(rules: list[dict[str, Any]], **extra: Any) -> RuleEngine:
    brand = {
        "name": "Fernhollow Pension Advisers",
        "short_name": "Fernhollow",
        "legal_name": "Fernhollow Pension Advisers Ltd",
        "postal_address": "9 Mill Lane, Norwich NR1 3AB, United Kingdom",
        "channels": ["email", "sms", "push"],
        "default_time_zone": "Europe/London",
        "website_domains": ["fernhollow.example"],
    }
    return RuleEngine(BrandPack.model_validate({"brand": brand, "rules": rules, **extra}))


def _send(engine: RuleEngine, body: str, channel: str = "email", subject: str = "") -> Verdict:
    message = Message(
        channel=channel,
        subject=(subject or "News from Fernhollow") if channel == "email" else None,
        body=body,
        send_time=NOON,
    )
    return engine.check(message, as_of=DAY)


def test_an_approved_claims_own_wording_is_not_banned_wording() -> None:
    claim = {
        "id": "stars-2027",
        "text": "The Harbour Income Fund earned 5 out of 5 stars from the Pension Office for 2027.",
        "category": "endorsement",
        "substantiation": "Pension Office ratings 2027",
        "channels": ["email"],
    }
    engine = _engine(
        [_rule("no-affiliation", "banned_phrase", {"phrases": ["from the Pension Office"]})],
        claims=[claim],
    )
    approved = _send(engine, claim["text"] + " Call us to talk it through.")
    assert "no-affiliation" not in approved.fired_rule_ids
    # a draft claim's wording is not approved yet
    draft = _engine(
        [_rule("no-affiliation", "banned_phrase", {"phrases": ["from the Pension Office"]})],
        claims=[{**claim, "status": "draft"}],
    )
    assert "no-affiliation" in _send(draft, claim["text"]).fired_rule_ids
    # the same phrase outside the approved wording still blocks
    other = _send(engine, "A message from the Pension Office: your plan review is due.")
    assert "no-affiliation" in other.fired_rule_ids


def test_free_as_the_tail_of_a_privative_compound_is_not_free() -> None:
    engine = _engine([_rule("credit-words", "banned_phrase", {"phrases": ["free credit", "free"]})])
    for body in (
        "Interest-free credit over 12 months on sofas over £600.",
        "Our hands-free phone line is open until 8pm.",
    ):
        assert "credit-words" not in _send(engine, body).fired_rule_ids, body
    for body in (
        "Free credit on every sofa this month.",
        "Fee-free credit on every sofa this month.",
        "Enjoy free credit, interest-free too.",
    ):
        assert "credit-words" in _send(engine, body).fired_rule_ids, body


def test_a_phrase_that_qualifies_a_threat_noun_names_the_threat() -> None:
    engine = _engine(
        [_rule("no-affiliation", "banned_phrase", {"phrases": ["from the Pension Office"]})]
    )
    assert not _send(
        engine, "We never text for your PIN.", subject="Stay safe from the Pension Office scams"
    ).violations
    assert not _send(
        engine, "How to protect yourself from the Pension Office impostors."
    ).violations
    assert (
        "no-affiliation"
        in _send(
            engine, "A letter from the Pension Office about scams is on its way."
        ).fired_rule_ids
    )
    assert "no-affiliation" in _send(engine, "News from the Pension Office.").fired_rule_ids


def test_compound_helpers_read_the_original_text() -> None:
    text = "Interest-free credit, fee-free credit and free credit."
    assert privative_free(text, text.index("free credit"))
    assert not privative_free(text, text.index("fee-free") + len("fee-"))
    assert not privative_free(text, text.rindex("free credit"))
    threat = "Beware of bank fraud. From the bank, today."
    assert names_threat(threat, threat.index(" fraud"))
    assert not names_threat(threat, threat.index(", today"))


def test_a_labels_figure_must_be_in_the_same_sentence() -> None:
    engine = _engine(
        [_rule("no-pii", "personal_data", {"labelled": ["PIN", "passcode"]})],
    )
    calm = "Fernhollow: see you at 2 PM. We will not ask for your PIN. Reply STOP to opt out."
    assert not _send(engine, calm, channel="sms").violations
    assert not _send(engine, "Never share your passcode. Call 0800 555 0199.").violations
    assert "no-pii" in _send(engine, "Your new PIN: 4821. Keep it safe.").fired_rule_ids
    assert "no-pii" in _send(engine, "Your passcode is TULIPFIELD.").fired_rule_ids


def test_a_phrase_said_only_of_named_holders_blocks_when_said_of_anyone_else() -> None:
    engine = _engine(
        [
            _rule(
                "reserved-titles",
                "banned_phrase",
                {"phrases": ["chartered adviser"], "said_only_of": ["Mx. Robin Vale"]},
            )
        ]
    )
    for body in (
        "Mx. Robin Vale, our chartered adviser, will review your plan.",
        "Your chartered adviser is Mx. Robin Vale.",
    ):
        assert not _send(engine, body).violations, body
    for body in (
        "Sam Cole, our chartered adviser, will review your plan.",
        "Book a chartered adviser today. Mx. Robin Vale answers questions on Fridays.",
    ):
        assert "reserved-titles" in _send(engine, body).fired_rule_ids, body
    plain = _engine([_rule("titles", "banned_phrase", {"phrases": ["chartered adviser"]})])
    assert "titles" in _send(plain, "Mx. Robin Vale, our chartered adviser.").fired_rule_ids
