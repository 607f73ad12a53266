"""General causes the second blind set exposed (issue 17): one test per cause.

Every test uses a made-up brand built here — "Atelier Vermeil", a French candle maker whose
footer carries its trade-register number, and "Copperline Roofing", a licensed contractor — not
the sample brand and not the wording of any evaluation brand.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict

DAY = date(2027, 3, 3)
NOON = datetime(2027, 3, 3, 11, 0, tzinfo=UTC)


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


def _engine(name: str, domain: str, rules: list[dict[str, Any]], **extra: Any) -> RuleEngine:
    brand = {
        "name": name,
        "legal_name": f"{name} SARL",
        "postal_address": "3 quai des Chartrons, 33000 Bordeaux",
        "channels": ["email", "sms", "push"],
        "default_time_zone": "Europe/Paris",
        "website_domains": [domain],
    }
    return RuleEngine(BrandPack.model_validate({"brand": brand, "rules": rules, **extra}))


def _email(engine: RuleEngine, body: str, subject: str = "Nouveautés de mars") -> Verdict:
    message = Message(channel="email", subject=subject, body=body, send_time=NOON)
    return engine.check(message, as_of=DAY)


# --- registration and licence numbers ---------------------------------------------------------


def test_a_number_labelled_as_a_registration_or_licence_is_not_personal_data() -> None:
    engine = _engine("Atelier Vermeil", "ateliervermeil.fr", [_rule("pii", "personal_data", {})])
    for footer in (
        "Atelier Vermeil SARL, 3 quai des Chartrons, 33000 Bordeaux – RCS Bordeaux 823 456 789.",
        "Atelier Vermeil SARL – SIRET 823 456 789 00017 – N° TVA FR 40 823456789.",
        "Copperline Roofing Inc., CA CSLB # 1098765, Lic. # 0C12345.",
        "Loans arranged by Copperline Lending, NMLS #123456. Registered in England No. 01234567.",
        "Copperline Ltd, Company No. 0123 4567, VAT No. GB 123 4567 89.",
    ):
        verdict = _email(engine, f"Nos bougies de printemps sont arrivées.\n\n{footer}")
        assert "pii" not in verdict.fired_rule_ids, (footer, verdict.violations)
    for body in (
        "We saved your number 415-555-0163 for the roof survey.",
        "We have your driver's license 912 345 678 on file.",
        "Your card 4111 1111 1111 1111 was charged. RCS Bordeaux 823 456 789.",
    ):
        assert "pii" in _email(engine, body).fired_rule_ids, body


# --- figures that are not an offer's terms ----------------------------------------------------


def _paddle_shop() -> RuleEngine:
    offer = {
        "id": "trade-credit",
        "name": "Trade-in credit",
        "terms": "Get a $500 credit when you trade in any used kayak. Credit applied at checkout.",
        "disclosure": "Credit applied at checkout.",
        "discount_type": "amount",
        "discount_amount": 500,
        "currency": "USD",
        "channels": ["email", "sms", "push"],
        "valid_until": "2027-03-31",
    }
    return _engine(
        "Copperline Paddle",
        "copperlinepaddle.com",
        [_rule("offers", "offer_terms", {})],
        offers=[offer],
    )


def test_a_phone_number_age_grade_time_or_model_code_is_not_a_changed_offer_figure() -> None:
    engine = _paddle_shop()
    terms = "Credit applied at checkout."
    for sentence in (
        "Get a $500 credit when you trade in any used kayak at 5 pm today",
        "Call (512) 555-0144 to get a $500 credit when you trade in any used kayak",
        "Get a $500 credit when you trade in any used kayak for a Minnow (Ages 8+) seat",
        "Get a $500 credit when you trade in any used kayak for the new XR-140",
    ):
        message = Message(
            channel="email",
            subject="Trade in, paddle on",
            body=f"{sentence}. {terms}",
            send_time=NOON,
            offer_id="trade-credit",
        )
        verdict = engine.check(message, as_of=DAY)
        assert "offers" not in verdict.fired_rule_ids, (sentence, verdict.violations)
    changed = Message(
        channel="email",
        subject="Trade in, paddle on",
        body=f"Get a $800 credit when you trade in any used kayak. {terms}",
        send_time=NOON,
        offer_id="trade-credit",
    )
    assert "offers" in engine.check(changed, as_of=DAY).fired_rule_ids


# --- words ending in -est that are names, people or the calendar -------------------------------


def test_a_name_a_person_or_a_season_ending_in_est_is_not_a_superlative() -> None:
    product = {
        "id": "northcrest-lamp",
        "name": "Northcrest Lamp",
        "aliases": ["Northcrest"],
        "list_price": 89,
        "currency": "USD",
    }
    engine = _engine(
        "Copperline Lighting",
        "copperlinelighting.com",
        [_rule("claims", "claim_grounding", {"categories": ["superlative"]})],
        products=[product],
    )
    for body in (
        "Meet the Northcrest Lamp ($89), in brass or black.",
        "The Northcrest is back in brass.",
        "Warm light for the darkest month of the year.",
        "A small gift for the youngest on your list.",
    ):
        verdict = _email(engine, body, subject="Lamps for winter")
        assert "claims" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "The Northcrest Lamp is the brightest lamp we make.",
        "Our brightest lamp yet, the Northcrest.",
    ):
        assert "claims" in _email(engine, body, subject="Lamps").fired_rule_ids, body


# --- prices that belong to no promotion --------------------------------------------------------


def _boat_dealer() -> RuleEngine:
    fee_line = "Plus registration and a $249 prep fee."
    return _engine(
        "Copperline Marine",
        "copperlinemarine.com",
        [
            _rule("offers", "offer_terms", {}),
            _rule(
                "fees",
                "disclosure",
                {"triggers": [r"\$\s?\d{2},\d{3}\b"], "required_any": [fee_line]},
            ),
        ],
        products=[
            {
                "id": "skiff-18",
                "name": "Tern 18 Skiff",
                "aliases": ["Tern 18"],
                "list_price": 24950,
                "currency": "USD",
            }
        ],
    )


def test_a_required_fee_line_and_a_list_price_labelled_msrp_are_not_promotions() -> None:
    engine = _boat_dealer()
    fee_line = "Plus registration and a $249 prep fee."
    for body in (
        f"The Tern 18 Skiff is on the water at $24,950. {fee_line}",
        f"Tern 18 Skiff, MSRP $24,950, ready for spring. {fee_line}",
    ):
        verdict = _email(engine, body, subject="On the water")
        assert "offers" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        f"Tern 18 Skiff, now $21,950 (MSRP $24,950). {fee_line}",
        f"Tern 18 Skiff, MSRP $24,950, yours for $249 down. {fee_line}",
    ):
        assert "offers" in _email(engine, body, subject="On sale").fired_rule_ids, body


# --- approved claims said the other way round --------------------------------------------------


def test_an_approved_claim_turned_from_passive_to_active_is_still_the_claim() -> None:
    claims = [
        {
            "id": "buyer-rating",
            "text": "Rated 4.6 out of 5 from more than 3,000 verified buyers.",
            "category": "endorsement",
            "substantiation": "Review export",
            "channels": ["email"],
        },
        {
            "id": "outfitter-award",
            "text": "Voted Best Kayak Outfitter by Paddle Monthly readers in 2026.",
            "category": "endorsement",
            "substantiation": "Readers' poll",
            "channels": ["email"],
        },
    ]
    engine = _engine(
        "Copperline Paddle",
        "copperlinepaddle.com",
        [_rule("claims", "claim_grounding", {"categories": ["endorsement", "superlative"]})],
        claims=claims,
    )
    for body in (
        "More than 3,000 verified buyers rate us 4.6 out of 5.",
        "Paddle Monthly readers voted us Best Kayak Outfitter in 2026.",
    ):
        verdict = _email(engine, body, subject="Thank you")
        assert "claims" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "More than 3,000 verified buyers rate us 4.9 out of 5.",
        "Paddle Monthly readers voted us the best outfitter ever.",
    ):
        assert "claims" in _email(engine, body, subject="Thank you").fired_rule_ids, body


# --- "N days left" ---------------------------------------------------------------------------


def test_n_days_left_counts_the_days_after_the_send_date() -> None:
    offer = {
        "id": "spring-15",
        "name": "Spring sale",
        "terms": "15% off every paddle. Ends March 5, 2027.",
        "disclosure": "Ends March 5, 2027.",
        "discount_type": "percent",
        "discount_amount": 15,
        "channels": ["email"],
        "valid_until": "2027-03-05",
    }
    engine = _engine(
        "Copperline Paddle",
        "copperlinepaddle.com",
        [_rule("urgency", "urgency", {})],
        offers=[offer],
    )

    def days_left(words: str) -> Verdict:
        body = f"{words}: 15% off every paddle. Ends March 5, 2027."
        message = Message(
            channel="email", subject="Spring sale", body=body, send_time=NOON, offer_id="spring-15"
        )
        return engine.check(message, as_of=DAY)  # sent March 3, the offer runs through March 5

    assert "urgency" not in days_left("Two days left").fired_rule_ids
    assert "urgency" not in days_left("Three days left").fired_rule_ids
    assert "urgency" in days_left("One day left").fired_rule_ids


# --- a price ceiling in the subject ------------------------------------------------------------


def test_a_subject_price_ceiling_is_kept_by_a_lower_price_in_the_body() -> None:
    engine = _engine(
        "Copperline Paddle",
        "copperlinepaddle.com",
        [_rule("subject", "subject_honesty", {})],
    )
    body = "The dry bag for every paddler: the Pocket Dry Bag, $12.50, in five colors."
    assert (
        "subject" not in _email(engine, body, subject="Stocking stuffers under $15").fired_rule_ids
    )
    assert "subject" in _email(engine, body, subject="Stocking stuffers under $10").fired_rule_ids
    assert "subject" in _email(engine, body, subject="Stocking stuffers for $15").fired_rule_ids


def test_a_push_title_may_name_the_product_its_body_is_about() -> None:
    product = {"id": "dry-bag", "name": "Pocket Dry Bag", "list_price": 12.5, "currency": "USD"}
    engine = _engine(
        "Copperline Paddle",
        "copperlinepaddle.com",
        [_rule("subject", "subject_honesty", {"min_body_chars": 0})],
        products=[product],
    )

    def sent(channel: str) -> Verdict:
        message = Message(
            channel=channel,
            subject="Pocket Dry Bag",
            body="Keeps your phone dry on every paddle, $12.50.",
            send_time=NOON,
        )
        return engine.check(message, as_of=DAY)

    assert "subject" not in sent("push").fired_rule_ids
    assert "subject" in sent("email").fired_rule_ids


# --- "free" as unscheduled time ----------------------------------------------------------------


def test_a_free_day_in_an_itinerary_is_not_a_promotion() -> None:
    engine = _engine("Copperline Paddle", "copperlinepaddle.com", [_rule("offers", "offer_terms")])
    itinerary = _email(engine, "Day 4 of the river trip is a free day in the canyon: rest or hike.")
    assert "offers" not in itinerary.fired_rule_ids, itinerary.violations
    for body in (
        "Book now and get a free day of kayak rental.",
        "Every booking comes with a free day pass to the lake.",
    ):
        assert "offers" in _email(engine, body).fired_rule_ids, body


# --- a contraction is not a competitor's name ---------------------------------------------------


def test_a_contraction_is_not_a_case_sensitive_competitor_name() -> None:
    engine = _engine(
        "Copperline Paddle",
        "copperlinepaddle.com",
        [_rule("competitor", "case_sensitive_term", {"terms": ["Wasn"]})],
    )
    assert "competitor" not in _email(engine, "Wasn't that a great trip?").fired_rule_ids
    assert "competitor" not in _email(engine, "Wasn’t that a great trip?").fired_rule_ids
    assert "competitor" in _email(engine, "Cheaper than Wasn, and lighter.").fired_rule_ids
    assert "competitor" in _email(engine, "Wasn's paddles are heavier.").fired_rule_ids


def test_most_as_a_quantity_is_not_a_superlative() -> None:
    engine = _engine(
        "Copperline Paddle",
        "copperlinepaddle.com",
        [_rule("claims", "claim_grounding", {"categories": ["superlative"]})],
    )
    quantity = _email(engine, "Same-day pickup is available in most stores.", subject="Pickup")
    assert "claims" not in quantity.fired_rule_ids, quantity.violations
    assert "claims" in _email(engine, "Our most popular kayak is back.").fired_rule_ids


def test_a_figure_in_a_product_name_is_not_a_changed_offer_figure() -> None:
    offer = {
        "id": "refill-10",
        "name": "Refill club",
        "terms": "Refill club: 10% off every refill order. Cancel anytime.",
        "disclosure": "Cancel anytime.",
        "discount_type": "percent",
        "discount_amount": 10,
        "channels": ["email"],
        "valid_until": "2027-03-31",
    }
    product = {"id": "wax", "name": "Hull Wax 250 ml", "list_price": 18, "currency": "USD"}
    engine = _engine(
        "Copperline Paddle",
        "copperlinepaddle.com",
        [_rule("offers", "offer_terms", {})],
        offers=[offer],
        products=[product],
    )

    def sent(sentence: str) -> Verdict:
        body = f"{sentence} Cancel anytime."
        message = Message(
            channel="email", subject="Refills", body=body, send_time=NOON, offer_id="refill-10"
        )
        return engine.check(message, as_of=DAY)

    named = sent("Put your Hull Wax 250 ml in the refill club: 10% off every refill order.")
    assert "offers" not in named.fired_rule_ids, named.violations
    changed = sent("Put your Hull Wax 250 ml in the refill club: 25% off every refill order.")
    assert "offers" in changed.fired_rule_ids
