"""General causes behind the held-out brands' first-run misses (issue 17): one test per class.

Every test uses made-up brands built here — a ferry line ("Kestrel Ferries", English copy) and
a German river ferry ("Elbmöwe Fähren", German copy) — not the sample brand and not the
wording of any evaluation brand.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict
from nextbest.tools.compliance.offer_paraphrase import figures_of, sentence_spans

DAY = date(2027, 2, 10)
NOON = datetime(2027, 2, 10, 17, 0, tzinfo=UTC)  # 12:00 in New York, 18:00 in Hamburg
FOOTER = (
    "\n\nKestrel Ferries LLC, 4 Pier Street, Portland, ME 04101. "
    "Unsubscribe: https://kestrelferries.com/unsubscribe"
)
FUSS = (
    "\n\nElbmöwe Fähren GmbH, Hafenstraße 3, 20459 Hamburg. Abmelden: https://elbmoewe.de/abmelden"
)


def _rule(rule_id: str, kind: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "id": rule_id,
        "kind": kind,
        "description": f"{rule_id} rule.",
        "rationale": "Test brand policy.",
        "source": "Test rulebook",
    }
    if params is not None:
        rule["params"] = params
    return rule


def _offer(offer_id: str, terms: str, disclosure: str, kind: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": offer_id,
        "name": offer_id,
        "terms": terms,
        "disclosure": disclosure,
        "discount_type": kind,
        "channels": ["email", "sms", "push"],
        "valid_until": "2027-03-31",
        **extra,
    }


def _ferry_pack() -> BrandPack:
    return BrandPack.model_validate(_ferry())


def _ferry() -> dict[str, Any]:
    return {
        "brand": {
            "name": "Kestrel Ferries",
            "legal_name": "Kestrel Ferries LLC",
            "postal_address": "4 Pier Street, Portland, ME 04101",
            "channels": ["email", "sms", "push"],
            "default_time_zone": "America/New_York",
            "website_domains": ["kestrelferries.com"],
            "support_contact": "kestrelferries.com/help",
        },
        "products": [
            {
                "id": "harbour-pass",
                "name": "Harbour Pass",
                "list_price": 120,
                "currency": "USD",
            },
            {
                "id": "day-ticket",
                "name": "Island Day Ticket",
                "list_price": 18,
                "currency": "USD",
            },
            {"id": "commuter", "name": "Commuter Plus", "aliases": ["Commuter Plus passes"]},
            {"id": "tide-course", "name": "Reading the Tides"},
        ],
        "claims": [
            {
                "id": "delay-guarantee",
                "text": "A 30-minute delay guarantee on Commuter Plus passes.",
                "category": "guarantee",
                "substantiation": "Delay policy 2027",
                "channels": ["email", "sms", "push"],
                "products": ["commuter"],
            },
            {
                "id": "commuter-save",
                "text": "Commuters who switched saved an average of $40 a month.",
                "category": "price",
                "substantiation": "Rider survey 2026",
                "channels": ["email", "sms", "push"],
            },
        ],
        "offers": [
            _offer(
                "miles-x2",
                "Every crossing earns double Wake Miles through March 31, 2027. "
                "Wake Miles credited within 5 days of travel.",
                "Wake Miles credited within 5 days of travel.",
                "none",
            ),
            _offer(
                "pass-15",
                "15% off the Harbour Pass for your first 2 months. New passholders only.",
                "New passholders only.",
                "percent",
                discount_amount=15,
                products=["harbour-pass"],
            ),
            _offer(
                "tote-75",
                "Spend $75 or more on board and receive a Kestrel tote. One per traveller.",
                "One per traveller.",
                "free_gift",
                min_spend=75,
            ),
            _offer(
                "fee-2",
                "Book online for a $2 booking fee. The fee is non-refundable.",
                "The fee is non-refundable.",
                "none",
            ),
        ],
        "rules": [
            _rule(
                "claims",
                "claim_grounding",
                {"categories": ["guarantee", "price", "superlative", "efficacy"]},
            ),
            _rule("offers", "offer_terms", {}),
            _rule("no-personal-data", "personal_data", {"own_contacts": ["1-877-555-0190"]}),
            _rule("subject-match", "subject_honesty", {}),
        ],
    }


def _german_pack() -> BrandPack:
    return BrandPack.model_validate(
        {
            "brand": {
                "name": "Elbmöwe Fähren",
                "legal_name": "Elbmöwe Fähren GmbH",
                "postal_address": "Hafenstraße 3, 20459 Hamburg",
                "channels": ["email"],
                "default_time_zone": "Europe/Berlin",
                "website_domains": ["elbmoewe.de"],
            },
            "products": [
                {
                    "id": "jahreskarte",
                    "name": "Jahreskarte Plus",
                    "list_price": 390,
                    "currency": "EUR",
                },
                {"id": "faehrkonto", "name": "Fährkonto"},
            ],
            "offers": [
                _offer(
                    "guthaben-20",
                    "20 € Startguthaben für Ihre neue Jahreskarte Plus. "
                    "Bei Kauf bis 31.03.2027 und mindestens 2 Fahrten im ersten Monat.",
                    "Bei Kauf bis 31.03.2027 und mindestens 2 Fahrten im ersten Monat.",
                    "amount",
                    discount_amount=20,
                    currency="EUR",
                    products=["jahreskarte"],
                ),
                _offer(
                    "bonus-150",
                    "1,50 % p.a. Bonus aufs Fährkonto für Neukunden, garantiert für 6 Monate. "
                    "Für Guthaben bis 10.000 €; danach 0,25 % p.a.",
                    "Für Guthaben bis 10.000 €; danach 0,25 % p.a.",
                    "percent",
                    discount_amount=1.5,
                    products=["faehrkonto"],
                ),
            ],
            "rules": [_rule("angebote", "offer_terms", {})],
        }
    )


@pytest.fixture(scope="module")
def ferry() -> RuleEngine:
    """One engine over the made-up ferry line."""
    return RuleEngine(_ferry_pack())


@pytest.fixture(scope="module")
def elbe() -> RuleEngine:
    """One engine over the made-up German ferry."""
    return RuleEngine(_german_pack())


def _email(engine: RuleEngine, body: str, *, footer: str = FOOTER, **fields: Any) -> Verdict:
    fields.setdefault("subject", "News from the harbour")
    message = Message(channel="email", body=body + footer, send_time=NOON, **fields)
    return engine.check(message, as_of=DAY)


def _fired(verdict: Verdict) -> set[str]:
    return set(verdict.fired_rule_ids)


# --- own contact details ------------------------------------------------------------------------


def test_own_listed_phone_number_with_country_code_is_not_personal_data(ferry: RuleEngine) -> None:
    own = _email(ferry, "Questions about your pass? Call us at 1-877-555-0190.")
    assert "no-personal-data" not in _fired(own), own.violations
    local = _email(ferry, "Questions about your pass? Call us at 877-555-0190.")
    assert "no-personal-data" not in _fired(local), local.violations
    other = _email(ferry, "Questions? Call Dana at 1-877-555-0123.")
    assert "no-personal-data" in _fired(other)


# --- offers that are not discounts ----------------------------------------------------------------


def test_changed_multiplier_of_a_match_offer_blocks(ferry: RuleEngine) -> None:
    conditions = " Wake Miles credited within 5 days of travel."
    exact = "Every crossing earns double Wake Miles through March 31, 2027." + conditions
    assert "offers" not in _fired(_email(ferry, exact, offer_id="miles-x2"))
    tripled = "Every crossing earns triple Wake Miles through March 31, 2027." + conditions
    verdict = _email(ferry, tripled, offer_id="miles-x2")
    assert "offers" in _fired(verdict)
    assert "figures it does not give (3)" in verdict.violations[0].message


def test_changed_threshold_of_a_gift_offer_blocks(ferry: RuleEngine) -> None:
    lower = "Spend $50 or more on board and receive a Kestrel tote. One per traveller."
    assert "offers" in _fired(_email(ferry, lower, offer_id="tote-75"))
    exact = "Spend $75 or more on board and receive a Kestrel tote. One per traveller."
    assert "offers" not in _fired(_email(ferry, exact, offer_id="tote-75"))


def test_changed_fee_offer_blocks(ferry: RuleEngine) -> None:
    cheaper = "Book online for a $1 booking fee. The fee is non-refundable."
    assert "offers" in _fired(_email(ferry, cheaper, offer_id="fee-2"))


def test_restated_offer_without_its_conditions_blocks(ferry: RuleEngine) -> None:
    bare = "Spend $75 or more on board and receive a Kestrel tote."
    verdict = _email(ferry, bare, offer_id="tote-75")
    assert any("conditions" in v.message for v in verdict.violations), verdict.violations


def test_offer_restated_without_an_offer_attached_blocks(ferry: RuleEngine) -> None:
    verdict = _email(ferry, "Every crossing earns double Wake Miles through March 31, 2027.")
    assert "offers" in _fired(verdict)
    about_product = _email(ferry, "The Harbour Pass covers every crossing on the bay.")
    assert "offers" not in _fired(about_product), about_product.violations


# --- offer scope: duration, product ---------------------------------------------------------------


def test_longer_duration_than_the_offer_blocks(ferry: RuleEngine) -> None:
    longer = "15% off the Harbour Pass for your first 6 months. New passholders only."
    assert "offers" in _fired(_email(ferry, longer, offer_id="pass-15"))


def test_offer_said_of_another_product_blocks(ferry: RuleEngine) -> None:
    other = "15% off the Island Day Ticket for your first 2 months. New passholders only."
    verdict = _email(ferry, other, offer_id="pass-15")
    assert "offers" in _fired(verdict)
    exact = "15% off the Harbour Pass for your first 2 months. New passholders only."
    assert "offers" not in _fired(_email(ferry, exact, offer_id="pass-15"))


def test_restated_sale_price_and_deadline_time_are_the_offers(ferry: RuleEngine) -> None:
    body = (
        "Ends tonight at 11:59 pm: the Harbour Pass for $102 (regularly $120) for your first "
        "2 months. New passholders only."
    )
    verdict = _email(ferry, body, offer_id="pass-15")
    assert "offers" not in _fired(verdict), verdict.violations


# --- German number formats ------------------------------------------------------------------------


def test_german_number_formats_are_read() -> None:
    assert figures_of("3,50 % p.a. und 250.000 € oder $50,000 und 1.25") == {
        3.5,
        250000.0,
        50000.0,
        1.25,
    }
    assert figures_of("Ends at 11:59 pm, every gift tripled") == {3.0}
    text = "1,50 % p.a. Bonus aufs Konto. Gutschrift im 4. Monat. Danach gilt 0,25 % p.a."
    assert len(sentence_spans(text)) == 3  # "p.a." and the ordinal "4." end no sentence
    assert figures_of("Bis 31.03.2027 oder by March 31, 2027: 20 €") == {20.0}


def test_german_copy_with_changed_rate_or_amount_blocks(elbe: RuleEngine) -> None:
    conditions = " Für Guthaben bis 10.000 €; danach 0,25 % p.a."
    exact = "1,50 % p.a. Bonus aufs Fährkonto für Neukunden, garantiert für 6 Monate." + conditions
    assert "angebote" not in _fired(_email(elbe, exact, footer=FUSS, offer_id="bonus-150"))
    rate = "3,00 % p.a. Bonus aufs Fährkonto für Neukunden, garantiert für 6 Monate." + conditions
    assert "angebote" in _fired(_email(elbe, rate, footer=FUSS, offer_id="bonus-150"))
    amount = (
        "40 € Startguthaben für Ihre neue Jahreskarte Plus. "
        "Bei Kauf bis 31.03.2027 und mindestens 2 Fahrten im ersten Monat."
    )
    assert "angebote" in _fired(_email(elbe, amount, footer=FUSS, offer_id="guthaben-20"))


def test_german_offer_without_conditions_or_without_offer_blocks(elbe: RuleEngine) -> None:
    bare = "1,50 % p.a. Bonus aufs Fährkonto für Neukunden, garantiert für 6 Monate."
    assert "angebote" in _fired(_email(elbe, bare, footer=FUSS, offer_id="bonus-150"))
    assert "angebote" in _fired(_email(elbe, bare, footer=FUSS))


# --- reordered / narrower approved claims -------------------------------------------------------


def test_reordered_approved_claims_are_accepted(ferry: RuleEngine) -> None:
    moved = _email(ferry, "Commuter Plus passes come with a 30-minute delay guarantee.")
    assert "claims" not in _fired(moved), moved.violations
    average = _email(ferry, "On average, commuters who switched saved $40 a month.")
    assert "claims" not in _fired(average), average.violations


def test_reordered_claim_moved_to_another_product_blocks(ferry: RuleEngine) -> None:
    verdict = _email(ferry, "A 30-minute delay guarantee on the Harbour Pass.")
    assert "claims" in _fired(verdict)


# --- advice, explanations and pointers read as claims -------------------------------------------


def test_advice_and_explanations_are_not_claims(ferry: RuleEngine) -> None:
    for body in (
        "Boarding best practices: arrive ten minutes early.",
        "How the tide timetable works in winter, a 4-minute read.",
        "More about delay guarantees at https://kestrelferries.com/delays",
    ):
        verdict = _email(ferry, body)
        assert "claims" not in _fired(verdict), (body, verdict.violations)
    assert "claims" in _fired(_email(ferry, "The best ferry on the bay, guaranteed."))


# --- informational subjects ---------------------------------------------------------------------


def test_informational_subjects_are_not_promises(ferry: RuleEngine) -> None:
    for subject, body in (
        ("Where your gift goes", "Gifts to the harbour fund pay for new life jackets."),
        ("Timetables for 2027", "The winter timetable starts on March 1."),
        ("New chapter of Reading the Tides", "New chapter: spring tides explained."),
    ):
        verdict = _email(ferry, body, subject=subject)
        assert "subject-match" not in _fired(verdict), (subject, verdict.violations)
    promise = _email(ferry, "The winter timetable starts on March 1.", subject="A gift inside")
    assert "subject-match" in _fired(promise)
    doubled = _email(
        ferry, "Gifts to the harbour fund pay for life jackets.", subject="Your gift doubled"
    )
    assert "subject-match" in _fired(doubled), "a multiplier is a promise the body must back"


def test_short_product_name_in_subject_is_not_a_claim(ferry: RuleEngine) -> None:
    body = "The Harbour Pass covers every crossing on the bay."
    verdict = _email(ferry, body, subject="Harbour guaranteed")
    assert "claims" in _fired(verdict), "a trigger that is not a product-name word still counts"
    entries = _ferry()
    entries["products"][0]["name"] = "Guaranteed Seat Pass"
    engine = RuleEngine(BrandPack.model_validate(entries))
    short = _email(engine, "The Guaranteed Seat Pass covers every crossing.", subject="Guaranteed")
    assert "claims" not in _fired(short), short.violations


# --- scarcity -----------------------------------------------------------------------------------


def test_scarcity_with_words_between_count_and_left_is_found() -> None:
    entries = _ferry()
    entries["rules"].append(_rule("urgency", "urgency", {}))
    engine = RuleEngine(BrandPack.model_validate(entries))
    body = (
        "Only a few harbour pass discounts left! 15% off the Harbour Pass for your first "
        "2 months. New passholders only."
    )
    verdict = _email(engine, body, offer_id="pass-15")
    assert "urgency" in _fired(verdict), verdict.violations


# --- prices that are facts ----------------------------------------------------------------------


def test_listing_prices_are_facts_when_the_brand_says_so() -> None:
    entries = _ferry()
    entries["products"] = []  # no catalogue: a charter's price is not a list price
    entries["claims"] = []
    entries["offers"] = [o for o in entries["offers"] if not o.get("products")]
    body = "Charter the Osprey for a day: listed at $4,200, now $3,900 (was $4,200)."
    default = RuleEngine(BrandPack.model_validate(entries))
    assert "offers" in _fired(_email(default, body)), "without the flag a price is a promotion"
    offers_rule = next(r for r in entries["rules"] if r["id"] == "offers")
    offers_rule["params"] = {"prices_are_facts": True}
    facts = RuleEngine(BrandPack.model_validate(entries))
    assert "offers" not in _fired(_email(facts, body))
    assert "offers" in _fired(_email(facts, "Charter the Osprey with 20% off this week."))


# --- relief claims ------------------------------------------------------------------------------


def test_fast_relief_is_a_health_claim() -> None:
    entries = _ferry()
    claims_rule = next(r for r in entries["rules"] if r["id"] == "claims")
    claims_rule["params"]["categories"].append("health")
    engine = RuleEngine(BrandPack.model_validate(entries))
    verdict = _email(engine, "Ginger chews on board: fast relief from seasickness.")
    assert "claims" in _fired(verdict)
    plain = _email(engine, "Ginger chews are sold at the snack bar on every crossing.")
    assert "claims" not in _fired(plain), plain.violations
