"""Causes behind the ninth set's false blocks of pack rules (issue 17, helper rules9).

Every test uses a made-up brand built here — "Bramblecot Boilers", a heating engineer — not the
wording of any evaluation brand. Each test has a near neighbour that must still be found.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from compliance_helpers import rule as _rule

from nextbest.brand_context.models import BrandPack, Product
from nextbest.tools.compliance import Message, RuleEngine, Verdict
from nextbest.tools.compliance.lowercase_names import capitalised_one_word_names, everyday_word
from nextbest.tools.compliance.org_names import in_organisation_name
from nextbest.tools.compliance.sender_denials import sender_denies

DAY = date(2027, 5, 12)
NOON = datetime(2027, 5, 12, 16, 0, tzinfo=UTC)


def _engine(rules: list[dict[str, Any]], **extra: Any) -> RuleEngine:
    brand = {
        "name": "Bramblecot Boilers",
        "short_name": "Bramblecot",
        "legal_name": "Bramblecot Boilers Ltd",
        "postal_address": "9 Flue Lane, Leeds LS2 7AB, United Kingdom",
        "channels": ["email", "sms", "push"],
        "default_time_zone": "Europe/London",
        "website_domains": ["bramblecot.example"],
    }
    return RuleEngine(BrandPack.model_validate({"brand": brand, "rules": rules, **extra}))


def _send(engine: RuleEngine, body: str, channel: str = "email", **kw: Any) -> Verdict:
    subject = kw.pop("subject", "News from Bramblecot" if channel == "email" else None)
    message = Message(channel=channel, subject=subject, body=body, send_time=NOON, **kw)
    return engine.check(message, as_of=DAY)


def test_sender_denial_of_a_banned_statement() -> None:
    text = "We do not service oil boilers. We are not a council scheme."
    assert sender_denies(text, text.index("service"))
    assert sender_denies(text, text.index("council scheme"))
    text = "Our engineers never ask for cash."
    assert sender_denies(text, text.index("ask for cash"))
    # an imperative, a statement about the reader and a bare "no" deny nothing of the sender
    for text, phrase in (
        ("Don't miss our council scheme.", "council scheme"),
        ("You don't pay a call-out fee.", "call-out fee"),
        ("No call-out fee today.", "call-out fee"),
    ):
        assert not sender_denies(text, text.index(phrase))


def test_banned_statement_the_sender_denies_is_not_made() -> None:
    engine = _engine(
        [
            _rule("no-scheme", "banned_phrase", {"phrases": ["council scheme"]}),
            _rule(
                "no-oil",
                "banned_phrase",
                {"patterns": [r"\b(service|repair)\b[^.]{0,30}\boil boilers?\b"]},
            ),
        ]
    )
    denied = _send(engine, "We are not a council scheme. We do not service oil boilers.")
    assert denied.fired_rule_ids == []
    said = _send(engine, "Join our council scheme: we service oil boilers too.")
    assert {"no-scheme", "no-oil"} <= set(said.fired_rule_ids)


def test_trigger_ending_an_organisation_name_after_of_or_for_is_no_trigger() -> None:
    text = "Proud member of the National Institute for Boiler Servicing, and rated well by users."
    start = text.index("Boiler Servicing")
    assert in_organisation_name(text, start, start + len("Boiler Servicing"))
    text = "Book Boiler Servicing with the Institute today, our engineers are ready."
    start = text.index("Boiler Servicing")
    assert not in_organisation_name(text, start, start + len("Boiler Servicing"))


def test_disclosure_not_triggered_by_a_topic_inside_a_body_name() -> None:
    engine = _engine(
        [
            _rule(
                "service-terms",
                "disclosure",
                {
                    "trigger_phrases": ["boiler servicing"],
                    "required_any": ["Servicing is billed after the visit."],
                },
            )
        ]
    )
    named = "We are a member of the Guild of Boiler Servicing, as our customers know."
    assert "service-terms" not in _send(engine, named).fired_rule_ids
    promoted = "Boiler Servicing from our engineers, booked in a minute."
    assert "service-terms" in _send(engine, promoted).fired_rule_ids


PRODUCTS = [
    {
        "id": "ember",
        "name": "Ember Combi 30",
        "aliases": ["Ember"],
        "list_price": 1899.0,
        "currency": "GBP",
    },
    {"id": "flue-kit", "name": "Flue Kit", "list_price": 89.0, "currency": "GBP"},
]


def test_one_word_product_name_in_lower_case_is_the_everyday_word() -> None:
    names = capitalised_one_word_names(Product.model_validate(p) for p in PRODUCTS)
    assert names == frozenset({"ember"})
    text = "Not one ember of warmth lost. Ember keeps you warm."
    assert everyday_word(text, 8, 13, names)
    assert not everyday_word(text, 30, 35, names)


def test_lower_case_product_word_triggers_neither_ban_nor_disclosure() -> None:
    engine = _engine(
        [
            _rule("no-ember-by-sms", "banned_phrase", {"phrases": ["Ember", "Flue Kit"]}),
            _rule(
                "ember-warning",
                "disclosure",
                {"trigger_products": ["ember"], "required_any": ["Gas Safe fitting required."]},
            ),
        ],
        products=PRODUCTS,
    )
    everyday = _send(engine, "Bramblecot: don't let the last ember of warmth go. Book a check.")
    assert everyday.fired_rule_ids == []
    named = _send(engine, "Bramblecot: the new Ember is in stock. Book a fitting.")
    assert {"no-ember-by-sms", "ember-warning"} <= set(named.fired_rule_ids)
    kit = _send(engine, "Bramblecot: a flue kit for every fitting.")
    assert "no-ember-by-sms" in kit.fired_rule_ids  # a name of two words stays the name


def test_competitor_term_opening_a_sentence_as_half_of_a_compound() -> None:
    engine = _engine([_rule("rivals", "case_sensitive_term", {"terms": ["Hearth"]})])
    assert _send(engine, "Hearth-warm rooms for less. Book a check.").fired_rule_ids == []
    assert "rivals" in _send(engine, "Cheaper than Hearth-branded kits.").fired_rule_ids
    assert "rivals" in _send(engine, "Hearth charges more. Book a check.").fired_rule_ids


def test_safe_of_a_thing_stowed_somewhere_is_no_safety_claim() -> None:
    engine = _engine([_rule("no-safety-claims", "banned_phrase", {"phrases": ["safe"]})])
    stowed = "The tool roll keeps your spanners and seals safe in the van."
    assert _send(engine, stowed).fired_rule_ids == []
    for claim in (
        "Our boilers keep your family safe in winter.",
        "The Ember is safe for every home.",
    ):
        assert "no-safety-claims" in _send(engine, claim).fired_rule_ids, claim


def _subject_engine() -> RuleEngine:
    return _engine([_rule("subject-match", "subject_honesty", {})])


def _subject_fires(subject: str, body: str) -> bool:
    verdict = _send(_subject_engine(), body, subject=subject)
    return "subject-match" in verdict.fired_rule_ids


def test_subject_on_us_promises_something_free() -> None:
    body = "Our winter boiler checklist is online: https://bramblecot.example/checklist"
    assert _subject_fires("Your next service is on us", body)
    assert not _subject_fires("Count on us this winter", body)
    assert not _subject_fires("Your next service is on us", "Get a free service this month.")


def test_subject_risk_free_is_no_free_period() -> None:
    body = "Not happy in your first 30 days? Cancel the plan without a fee."
    assert not _subject_fires("Try our care plan risk-free for 30 days", body)
    assert _subject_fires("Try our care plan free for 30 days", body)


def test_subject_free_thing_kept_by_the_head_noun() -> None:
    body = "A free bus from Leeds station for every visitor to our open day."
    assert not _subject_fires("Free demo bus", body)  # a free bus, not a free demo
    assert _subject_fires("Free demo day", body)


def test_subject_gift_kept_by_a_free_thing() -> None:
    body = "Book a service this week and get a free carbon monoxide alarm."
    assert not _subject_fires("A gift with your service", body)
    assert _subject_fires("A gift with your service", "Book a service this week, free delivery.")


def test_subject_label_before_a_colon_names_what_follows() -> None:
    body = "Book a service by Friday and get £20 off."
    assert not _subject_fires("Winter bonus: £20 off", body)
    assert _subject_fires("Winter bonus: £30 off", body)
    assert _subject_fires("Winter bonus and £20 off", body)


def test_subject_amount_off_kept_by_a_was_now_difference_and_sign_of_next_price() -> None:
    assert not _subject_fires("Ember £150 cheaper", "Ember: was £1,049, now £899.")
    assert _subject_fires("Ember £200 cheaper", "Ember: was £1,049, now £899.")
    # the pound sign after "30" is the next price's, not a £30 promise
    assert not _subject_fires("Last call: Combi 30 £899", "The Combi 30 is £899 fitted.")


def test_brand_phrase_with_a_sign_needs_the_sign() -> None:
    engine = _engine([_rule("urgency", "urgency", {"extra_scarcity": ["weg = weg"]})])
    assert _send(engine, "Let op de weg: weg met oude ketels.").fired_rule_ids == []
    assert "urgency" in _send(engine, "Showroomketels: weg = weg!").fired_rule_ids
    assert "urgency" in _send(engine, "Showroomketels: weg=weg!").fired_rule_ids


def test_only_this_week_in_other_languages_is_urgency() -> None:
    engine = _engine([_rule("urgency", "urgency", {})])
    for body in ("Ketel Ember: alleen deze week.", "Ember-Kessel: nur diese Woche."):
        assert "urgency" in _send(engine, body).fired_rule_ids, body
    assert _send(engine, "Ketel Ember: de hele week open.").fired_rule_ids == []
