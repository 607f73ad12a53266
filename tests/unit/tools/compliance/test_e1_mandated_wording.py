"""Causes behind the fourth blind set's disclosure, required-element and audience errors (issue 17).

One test per cause, each with a near neighbour that must still block. Every test uses a
made-up brand built here — "Quillfern Cycles", an e-bike rental and subscription shop — not
the sample brand and not the wording of any evaluation brand.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from compliance_helpers import rule as _rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict
from nextbest.tools.compliance.case_scoped import keeps_case

DAY = date(2027, 4, 14)
NOON = datetime(2027, 4, 14, 16, 0, tzinfo=UTC)

BATTERY_LINE = "Spare batteries are billed separately (from $12/month per battery)."
CARE_LINE = "Battery care: store batteries indoors between rides."
PLAN_LINE = "12-month service plan"
RENEWAL_LINE = "The plan renews yearly until you cancel."


PRODUCTS: list[dict[str, Any]] = [
    {"id": "city", "name": "City Glide", "list_price": 30, "currency": "USD",
     "category": "bike-class"},
    {"id": "club", "name": "Glide Club", "list_price": 45, "currency": "USD",
     "category": "subscription"},
]  # fmt: skip


def _engine(rules: list[dict[str, Any]], **extra: Any) -> RuleEngine:
    brand = {
        "name": "Quillfern Cycles",
        "short_name": "Quillfern",
        "legal_name": "Quillfern Cycles Ltd.",
        "postal_address": "9 Spoke Lane, Norwich NR1 3QE, United Kingdom",
        "channels": ["email", "sms", "push"],
        "default_time_zone": "Europe/London",
        "website_domains": ["quillfern.example"],
    }
    pack = {"brand": brand, "rules": rules, "products": PRODUCTS, **extra}
    return RuleEngine(BrandPack.model_validate(pack))


def _send(engine: RuleEngine, body: str, channel: str = "email", **kw: Any) -> Verdict:
    subject = "News from Quillfern" if channel == "email" else None
    message = Message(channel=channel, subject=subject, body=body, send_time=NOON, **kw)
    return engine.check(message, as_of=DAY)


def _fired(verdict: Verdict) -> set[str]:
    return set(verdict.fired_rule_ids)


BATTERY_RULES = [
    _rule("battery-billing", "disclosure",
          {"trigger_phrases": ["subscription"], "required_any": [BATTERY_LINE]}),
    _rule("battery-care", "disclosure",
          {"trigger_phrases": ["battery", "batteries"], "required_any": [CARE_LINE]}),
    _rule("monthly-price", "disclosure",
          {"triggers": [r"\$\d+/month"], "required_any": ["Prices include VAT."]}),
]  # fmt: skip


def test_required_text_never_triggers_another_disclosure() -> None:
    engine = _engine(BATTERY_RULES)
    verdict = _send(engine, f"Ride all spring with a subscription. {BATTERY_LINE}")
    assert not _fired(verdict) & {"battery-care", "monthly-price"}


def test_own_copy_with_the_same_words_still_triggers() -> None:
    engine = _engine(BATTERY_RULES)
    verdict = _send(engine, f"New batteries for $15/month with a subscription. {BATTERY_LINE}")
    assert {"battery-care", "monthly-price"} <= _fired(verdict)


CHAIN_RULES = [
    _rule("free-service", "disclosure",
          {"trigger_phrases": ["free servicing"], "required_any": [PLAN_LINE]}),
    _rule("plan-renewal", "disclosure",
          {"trigger_phrases": [PLAN_LINE], "required_any": [RENEWAL_LINE]}),
    _rule("quote-chain", "disclosure",
          {"trigger_phrases": ["Read the plan guide"],
           "required_any": ["quillfern.example/plan-guide"], "within_chars": 80}),
    _rule("guide-line", "disclosure",
          {"trigger_phrases": ["free servicing"],
           "required_any": ["Servicing is free for a year. Read the plan guide."]}),
]  # fmt: skip


def test_a_whole_mandated_line_used_as_a_trigger_still_chains() -> None:
    engine = _engine(CHAIN_RULES)
    verdict = _send(
        engine,
        f"Free servicing with a {PLAN_LINE}. Servicing is free for a year. Read the plan guide.",
    )
    assert {"plan-renewal", "quote-chain"} <= _fired(verdict)
    complete = _send(
        engine,
        f"Free servicing with a {PLAN_LINE}. {RENEWAL_LINE} Servicing is free for a year. "
        "Read the plan guide. https://quillfern.example/plan-guide",
    )
    assert not _fired(complete) & {"plan-renewal", "quote-chain"}


AGE_RULE = _rule(
    "club-adults", "audience", {"min_age": 18, "block_unknown_age": True, "products": ["club"]}
)
OFFER: dict[str, Any] = {
    "id": "helmet-deal",
    "name": "Helmet for $20",
    "terms": "Helmet for $20. For Glide Club members. Ends May 31, 2027.",
    "disclosure": "For Glide Club members. Ends May 31, 2027.",
    "discount_type": "price",
    "discount_amount": 20,
    "currency": "USD",
    "channels": ["email"],
    "valid_from": "2027-04-01",
    "valid_until": "2027-05-31",
}


def test_offer_conditions_do_not_put_the_message_in_a_product_audience() -> None:
    engine = _engine([AGE_RULE], offers=[OFFER])
    verdict = _send(
        engine,
        "A helmet for $20. For Glide Club members. Ends May 31, 2027.",
        offer_id="helmet-deal",
    )
    assert "club-adults" not in _fired(verdict)
    about = _send(
        engine,
        "Join Glide Club and get a helmet for $20. For Glide Club members. Ends May 31, 2027.",
        offer_id="helmet-deal",
    )
    assert "club-adults" in _fired(about)


def test_case_sensitive_group_in_a_trigger_keeps_letter_case() -> None:
    rule = _rule(
        "terminal-fee", "disclosure",
        {"triggers": [r"(?-i:\b(LHR|SEA)\b)"], "required_any": ["Terminal pickups add a fee."]},
    )  # fmt: skip
    engine = _engine([rule])
    assert "terminal-fee" not in _fired(_send(engine, "Ride along the sea front this spring."))
    assert "terminal-fee" in _fired(_send(engine, "Landing at SEA? Grab a City Glide."))
    assert keeps_case(r"(?-i:SEA)") and not keeps_case(r"\bsea\b")


def test_brand_name_only_inside_a_link_does_not_name_the_brand() -> None:
    rule = _rule("sms-brand", "required_element", {"element": "brand_name"}, channels=["sms"])
    engine = _engine([rule])
    hidden = _send(engine, "Spring rides are back: https://quillfern.example/spring", "sms")
    assert "sms-brand" in _fired(hidden)
    mail = _send(engine, "Questions? Write to help@quillfern.example", "sms")
    assert "sms-brand" in _fired(mail)
    named = _send(engine, "Quillfern: spring rides are back: https://quillfern.example", "sms")
    assert "sms-brand" not in _fired(named)


def test_a_rule_naming_no_category_covers_every_list_price() -> None:
    rate = _rule(
        "all-in", "disclosure",
        {"triggers": [r"\$\d+\s*(/|a|per)\s*day"], "required_any": ["Rates include insurance."]},
        description="A daily rate says what it includes.",
    )  # fmt: skip
    fee = _rule(
        "club-fee", "disclosure",
        {"triggers": [r"\$\d+"], "required_any": ["Club fees are charged monthly."]},
        description="A subscription price says how it is charged.",
    )  # fmt: skip
    engine = _engine([rate, fee])
    assert "all-in" in _fired(_send(engine, "City Glide at $30 a day."))
    # The fee rule names the subscription category: the bike's list price is outside it.
    assert "club-fee" not in _fired(_send(engine, "City Glide at $30."))


def test_restatement_must_repeat_more_than_the_trigger_name() -> None:
    line = "City Glide is rented only after a safety briefing with a certified ride instructor."
    rule = _rule("briefing", "disclosure", {"trigger_products": ["city"], "required_any": [line]})
    engine = _engine([rule])
    near_miss = "City Glide is rented by a certified ride instructor near you."
    assert "briefing" in _fired(_send(engine, near_miss))
    restated = (
        "City Glide: rented only after a safety briefing, given by a certified ride instructor."
    )
    assert "briefing" not in _fired(_send(engine, restated))


def test_trigger_word_after_non_prefix_is_its_opposite() -> None:
    rule = _rule(
        "depot-fee", "disclosure",
        {"trigger_phrases": ["depot"], "required_any": ["Depot pickups add a $5 fee."]},
    )  # fmt: skip
    engine = _engine([rule])
    assert "depot-fee" not in _fired(_send(engine, "Pick up at any non-depot location."))
    assert "depot-fee" in _fired(_send(engine, "Pick up at the depot or a non-depot location."))


def test_trigger_inside_the_senders_own_name_or_address_is_not_a_topic() -> None:
    spoke = _rule(
        "spoke-care", "disclosure",
        {"trigger_phrases": ["spoke"], "required_any": ["Spokes are trued free for a year."]},
    )  # fmt: skip
    whole = _rule(
        "every-mail", "disclosure",
        {"trigger_phrases": ["Quillfern Cycles"], "required_any": ["quillfern.example/safety"]},
    )  # fmt: skip
    engine = _engine([spoke, whole])
    footer = "Spring rides are back.\n\nQuillfern Cycles Ltd., 9 Spoke Lane, Norwich NR1 3QE"
    assert _fired(_send(engine, footer)) == {"every-mail"}
    assert "spoke-care" in _fired(_send(engine, f"A broken spoke? We fix it.\n\n{footer}"))


def test_price_of_a_product_triggers_only_when_said_of_it() -> None:
    renewal = _rule(
        "club-renewal", "disclosure",
        {"trigger_products": ["club"], "trigger_prices": ["per month"],
         "prices_of_products": True, "required_any": ["Renews monthly until you cancel."]},
    )  # fmt: skip
    engine = _engine([renewal])
    assert "club-renewal" in _fired(_send(engine, "Glide Club is $45/month."))
    assert "club-renewal" not in _fired(_send(engine, "Glide Club members ride free on Sundays."))
    assert "club-renewal" not in _fired(
        _send(engine, "Glide Club members ride free.\n\nCity Glide rental is $30/month.")
    )


def test_trigger_phrase_also_finds_its_plural() -> None:
    rule = _rule(
        "helmet-law", "disclosure",
        {"trigger_phrases": ["helmet"], "required_any": ["Helmets are required by law."]},
    )  # fmt: skip
    engine = _engine([rule])
    assert "helmet-law" in _fired(_send(engine, "New helmets in stock."))
    assert "helmet-law" not in _fired(_send(engine, "New helmetless rides? Never."))
