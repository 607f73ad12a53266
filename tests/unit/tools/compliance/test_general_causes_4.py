"""General causes behind the third blind set's false blocks (issue 17), fourth round.

One test per cause, each with a near neighbour that must still block. Every test uses a
made-up brand built here — "Corrowick Lamps", a lighting shop with a streaming channel of
home-makeover shows and a card-free installment plan — not the sample brand and not the
wording of any evaluation brand.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict
from nextbest.tools.compliance.offer_paraphrase import figures_of
from nextbest.tools.compliance.restated_terms import restates

DAY = date(2027, 3, 10)
NOON = datetime(2027, 3, 10, 17, 0, tzinfo=UTC)


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


def _engine(rules: list[dict[str, Any]], **extra: Any) -> RuleEngine:
    brand = {
        "name": "Corrowick Lamps",
        "short_name": "Corrowick",
        "legal_name": "Corrowick Lamps Ltd.",
        "postal_address": "4 Kiln Row, Leeds LS1 4AP, United Kingdom",
        "channels": ["email", "sms", "push"],
        "default_time_zone": "Europe/London",
        "website_domains": ["corrowick.example"],
    }
    return RuleEngine(BrandPack.model_validate({"brand": brand, "rules": rules, **extra}))


def _email(
    engine: RuleEngine,
    body: str,
    subject: str = "News from Corrowick",
    **kw: Any,
) -> Verdict:
    message = Message(channel="email", subject=subject, body=body, send_time=NOON, **kw)
    return engine.check(message, as_of=DAY)


def _claim(claim_id: str, text: str, category: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": claim_id,
        "text": text,
        "category": category,
        "substantiation": "Test report CL-7",
        "channels": ["email", "sms", "push"],
        "valid_from": "2027-01-01",
        **extra,
    }


def _offer(offer_id: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": offer_id,
        "name": offer_id,
        "channels": ["email", "sms", "push"],
        "valid_from": "2027-03-01",
        "valid_until": "2027-03-31",
        **extra,
    }


_LANTERN = {
    "id": "lantern",
    "name": "Corrowick Brass Lantern 1200 lm",
    "aliases": ["Brass Lantern"],
    "list_price": 85,
    "currency": "GBP",
    "category": "lanterns",
}
_DIMMER = {
    "id": "dimmer",
    "name": "Glowstep Dimmer",
    "list_price": 25,
    "currency": "GBP",
    "category": "switches",
}


# --- claims -------------------------------------------------------------------------------------


def test_a_product_name_alone_is_neither_its_claim_nor_a_paraphrase_of_it() -> None:
    claims = [
        _claim(
            "lantern-ce",
            "Corrowick Brass Lantern lanterns are BS 4533 certified.",
            "endorsement",
            products=["lantern"],
        ),
        _claim(
            "lantern-warm",
            "The Corrowick Brass Lantern 1200 lm is 100% dimmable.",
            "efficacy",
            products=["lantern"],
            disclaimer="With a Glowstep Dimmer.",
        ),
    ]
    engine = _engine(
        [_rule("claims", "claim_grounding", {"categories": ["endorsement", "efficacy"]})],
        claims=claims,
        products=[_LANTERN, _DIMMER],
    )
    for body in (
        "For the porch: Corrowick Brass Lantern 1200 lm, £85.",
        "Corrowick: your order of a Brass Lantern is packed.",
    ):
        verdict = _email(engine, body)
        assert "claims" not in verdict.fired_rule_ids, (body, verdict.violations)
    changed = _email(engine, "Corrowick Brass Lantern lanterns are BS 4000 certified.")
    assert "claims" in changed.fired_rule_ids
    unlabelled = _email(engine, "The Corrowick Brass Lantern 1200 lm is 100% dimmable.")
    assert "claims" in unlabelled.fired_rule_ids  # the claim is used: its disclaimer is due


def test_a_content_rating_is_a_classification_not_an_endorsement() -> None:
    engine = _engine([_rule("claims", "claim_grounding", {"categories": ["endorsement"]})])
    for body in (
        "Season 2 of Lamplight Rescue is streaming now. Rated TV-PG.",
        "Our makeover film is out, rated PG-13.",
    ):
        verdict = _email(engine, body)
        assert "claims" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "Season 2 of Lamplight Rescue is streaming now. Rated 5 stars by critics.",
        "Rated the top lighting show of the year.",
    ):
        assert "claims" in _email(engine, body).fired_rule_ids, body


# --- offers -------------------------------------------------------------------------------------


def _free_engine() -> RuleEngine:
    offers = [
        _offer(
            "gift",
            terms=_GIFT_BODY,
            discount_type="free_gift",
            disclosure="While supplies last.",
        ),
        _offer(
            "trial",
            terms="14-day free trial of Corrowick Plus, then £4 a month. Cancel anytime.",
            discount_type="free_gift",
            disclosure="Then £4 a month. Cancel anytime.",
        ),
    ]
    return _engine([_rule("offers", "offer_terms", {})], offers=offers)


_GIFT_BODY = "Free Ember Tealights with any lantern. While supplies last."
_TRIAL_BODY = "Start your 14-day free trial of Plus. Then £4 a month. Cancel anytime."


def test_a_free_gift_counted_in_units_or_plurals_and_a_free_period_match_the_offer() -> None:
    engine = _free_engine()
    for subject, body, offer in (
        ("A free pair of tealights", _GIFT_BODY, "gift"),
        ("Free tealights this month", _GIFT_BODY, "gift"),
        ("Try Plus free for 14 days", _TRIAL_BODY, "trial"),
    ):  # fmt: skip
        verdict = _email(engine, body, subject=subject, offer_id=offer)
        assert "offers" not in verdict.fired_rule_ids, (subject, verdict.violations)
    for subject, body, offer in (
        ("A free pair of candlesticks", _GIFT_BODY, "gift"),
        ("Try Plus free for 30 days", _TRIAL_BODY, "trial"),
    ):  # fmt: skip
        verdict = _email(engine, body, subject=subject, offer_id=offer)
        assert "offers" in verdict.fired_rule_ids, subject


def test_a_subject_or_cta_echoing_the_body_is_as_near_its_fine_print_as_the_body() -> None:
    engine = _free_engine()
    filler = " ".join(["Pick a shade, pick a bulb, and light up the spring evenings."] * 6)
    body = f"Start your 14-day free trial of Plus. Then £4 a month. Cancel anytime.\n\n{filler}"
    ok = _email(engine, body, cta="Start free trial", offer_id="trial")
    assert "offers" not in ok.fired_rule_ids, ok.violations
    far = _email(
        engine,
        f"Then £4 a month. Cancel anytime. Plus: lighting plans for every room.\n\n{filler}",
        subject="Plus: lighting plans",
        cta="Start free trial",
        offer_id="trial",
    )
    assert "offers" in far.fired_rule_ids


def test_free_restating_a_standing_statement_the_message_carries_is_no_promotion() -> None:
    fitting = "Free bulb fitting at any Corrowick showroom."
    engine = _engine(
        [_rule("offers", "offer_terms", {})],
        standing_statements=[
            {"id": "fit", "text": fitting},
            {"id": "ship", "text": "Free delivery on orders of £40 or more."},
        ],
    )
    for subject, body in (
        ("Bulbs, fitted", f"Bring your lamp in: it's free at any showroom.\n\n{fitting}"),
        ("Free delivery on £40+", "New shades are in.\n\nFree delivery on orders of £40 or more."),
    ):  # fmt: skip
        verdict = _email(engine, body, subject=subject)
        assert "offers" not in verdict.fired_rule_ids, (subject, verdict.violations)
    for subject, body in (
        ("Free delivery on £20+", "New shades are in.\n\nFree delivery on orders of £40 or more."),
        ("Fitting week", f"Free bulb fitting this week only with code FIT10.\n\n{fitting}"),
        ("Free shades", f"Free shades for everyone.\n\n{fitting}"),
    ):  # fmt: skip
        assert "offers" in _email(engine, body, subject=subject).fired_rule_ids, subject


def test_free_said_of_a_product_named_free_or_listed_at_zero_is_its_nature() -> None:
    free_plan = {
        "id": "basic",
        "name": "Corrowick Free Plan",
        "list_price": 0,
        "currency": "GBP",
        "category": "plans",
    }
    engine = _engine([_rule("offers", "offer_terms", {})], products=[free_plan, _DIMMER])
    ok = _email(engine, "The Corrowick Free Plan is FREE: one room, one schedule.")
    assert "offers" not in ok.fired_rule_ids, ok.violations
    promo = _email(engine, "The Glowstep Dimmer is free this week only.")
    assert "offers" in promo.fired_rule_ids


def test_fine_print_restated_in_other_words_keeps_every_part_and_figure() -> None:
    conditions = (
        "Valid Mar 1–31, 2027 on lanterns only. Excludes gift cards and clearance lamps. "
        "Not combinable with other offers."
    )
    engine = _engine(
        [_rule("offers", "offer_terms", {})],
        offers=[
            _offer(
                "spring",
                terms=f"20% off lanterns. {conditions}",
                discount_type="percent",
                discount_amount=20,
                disclosure=conditions,
            )
        ],
    )
    restated = (
        "20% off lanterns. This runs March 1 through 31, 2027 and covers lanterns only; gift "
        "cards and clearance lamps are excluded, and it can't be combined with other offers."
    )
    ok = _email(engine, restated, offer_id="spring")
    assert "offers" not in ok.fired_rule_ids, ok.violations
    for body in (
        restated.replace("31, 2027", "30, 2027"),  # a changed date
        restated.replace(", and it can't be combined with other offers", ""),  # a part dropped
    ):
        assert "offers" in _email(engine, body, offer_id="spring").fired_rule_ids, body
    code = "Use code LAMP10. Valid on lanterns only, in every showroom."
    assert restates(code, "Enter LAMP10 at checkout: lanterns only, every showroom.")
    assert not restates("See corrowick.example/impact for details.", "Corrowick impact details.")


def test_a_disclosure_restated_with_all_its_figures_is_present() -> None:
    disclosure = (
        "£20 down payment and 12 monthly payments of £7 at 9.9% APR (total of payments £104). "
        "Credit by Kestrel Finance; subject to approval."
    )
    engine = _engine(
        [
            _rule(
                "credit",
                "disclosure",
                {"trigger_phrases": ["monthly payments"], "required_any": [disclosure]},
            )
        ]
    )
    body = (
        "Pay £20 down, then 12 monthly payments of £7. That's 9.9% APR, with a total of payments "
        "of £104. Credit by Kestrel Finance, subject to approval."
    )
    ok = _email(engine, body)
    assert "credit" not in ok.fired_rule_ids, ok.violations
    wrong = _email(engine, body.replace("9.9% APR", "7.9% APR"))
    assert "credit" in wrong.fired_rule_ids


def test_a_date_range_written_with_through_is_a_date_not_a_figure() -> None:
    assert 31.0 not in figures_of("The offer runs March 1 through 31, 2027.")
    assert 31.0 in figures_of("The offer gives 31 tealights.")


# --- subject honesty ----------------------------------------------------------------------------


def _subject_engine(**extra: Any) -> RuleEngine:
    return _engine([_rule("subject", "subject_honesty", {})], **extra)


def test_counts_progress_and_verb_particles_in_a_subject_promise_nothing() -> None:
    engine = _subject_engine()
    body = "Dust the shade, check the bulb, tighten the base. That's all there is to it."
    for subject in (
        "Lamp care in 3 steps",
        "Your lighting plan is 80% done",
        "The lamp you'll never switch off",
        "The lantern she'll never take off the mantel",
        "Gift-ready lamps",
    ):
        verdict = _email(engine, body, subject=subject)
        assert "subject" not in verdict.fired_rule_ids, (subject, verdict.violations)
    for subject in ("3 months free", "Take 30% off lamps", "A free gift inside"):
        assert "subject" in _email(engine, body, subject=subject).fired_rule_ids, subject


def test_an_offer_backs_the_promise_words_of_its_kind() -> None:
    offers = [
        _offer(
            "tealights",
            terms="Free Ember Tealights with any lantern.",
            discount_type="free_gift",
        ),
        _offer(
            "twenty",
            terms="20% off lanterns.",
            discount_type="percent",
            discount_amount=20,
        ),
    ]
    engine = _subject_engine(offers=offers)
    gift = _email(
        engine,
        "Free Ember Tealights with any lantern.",
        subject="Your spring gift, sorted",
        offer_id="tealights",
    )
    assert "subject" not in gift.fired_rule_ids, gift.violations
    sale = _email(
        engine, "20% off lanterns.", subject="Lantern sale ends Sunday", offer_id="twenty"
    )
    assert "subject" not in sale.fired_rule_ids, sale.violations
    wrong = _email(engine, "20% off lanterns.", subject="Your spring gift", offer_id="twenty")
    assert "subject" in wrong.fired_rule_ids


def test_a_subject_may_name_the_product_of_the_recipients_own_order() -> None:
    engine = _subject_engine(products=[_LANTERN, _DIMMER])
    ok = _email(
        engine,
        "Hi Sam, order CW-1182 has shipped. Track it in your account.",
        subject="Your Glowstep Dimmer is on its way",
    )
    assert "subject" not in ok.fired_rule_ids, ok.violations
    ad = _email(
        engine,
        "Spring evenings call for warm light. Browse lanterns in the shop.",
        subject="Your Glowstep Dimmer is on its way",
    )
    assert "subject" in ad.fired_rule_ids


def test_a_transactional_subject_is_backed_by_the_plural_of_its_noun() -> None:
    engine = _subject_engine()
    ok = _email(
        engine,
        "Most refunds arrive in 5 working days. Ask us if yours has not.",
        subject="Check your refund status",
    )
    assert "subject" not in ok.fired_rule_ids, ok.violations
    ad = _email(engine, "New lanterns are in the shop.", subject="Check your refund status")
    assert "subject" in ad.fired_rule_ids


# --- everyday senses ----------------------------------------------------------------------------


def test_everyday_senses_of_most_pay_over_explained_reviews_and_competition() -> None:
    engine = _engine(
        [
            _rule(
                "claims",
                "claim_grounding",
                {
                    "categories": ["superlative", "efficacy", "guarantee", "endorsement"],
                    "extra_triggers": {"efficacy": ["months"]},
                },
            ),
            _rule(
                "draw",
                "disclosure",
                {"trigger_phrases": ["competition"], "required_any": ["No purchase necessary"]},
            ),
        ]
    )
    for subject, body in (
        ("The question we hear most", "Which bulb for a reading lamp? A warm 2700 K one."),
        ("Pay over 12 months", "Spread the cost of a lantern with our installment plan."),
        ("Our two guarantees, explained", "What each one covers: https://corrowick.example/promises"),
        ("Thank you", "Read the reviews: https://corrowick.example/reviews"),
        ("Lanterns are back", "There is stiff competition for the brass lanterns this spring."),
    ):  # fmt: skip
        verdict = _email(engine, body, subject=subject)
        assert not set(verdict.fired_rule_ids) & {"claims", "draw"}, (subject, verdict.violations)
    for subject, body in (
        ("Our most popular lamp", "The brass lantern is back."),
        ("Brighter rooms in 12 months", "Spread the cost of a lantern with our installment plan."),
        ("Enter our competition", "Win a brass lantern in our spring competition."),
    ):  # fmt: skip
        verdict = _email(engine, body, subject=subject)
        assert set(verdict.fired_rule_ids) & {"claims", "draw"}, subject


# --- fifth batch: offer scope, pricing bases, sentences, headlines, prizes, free periods --------


def test_a_figure_of_the_packs_required_disclosures_is_not_an_offers_own_figure() -> None:
    basis = "Average price at 500 kWh a month, delivery charges included."
    engine = _engine(
        [
            _rule("offers", "offer_terms", {}),
            _rule("basis", "disclosure", {"trigger_phrases": ["kWh"], "required_any": [basis]}),
        ],
        offers=[
            _offer(
                "night-rate",
                terms="Night Saver: 20% off the average price at 500 kWh a month until March 31.",
                discount_type="percent",
                discount_amount=20,
            )
        ],
    )
    explainer = f"Your bill shows the average price at 500 kWh a month. {basis}"
    ok = _email(engine, explainer)
    assert "offers" not in ok.fired_rule_ids, ok.violations
    promo = _email(engine, f"Night Saver: 20% off the average price at 500 kWh a month. {basis}")
    assert "offers" in promo.fired_rule_ids


def test_a_product_the_offers_own_wording_names_is_in_its_scope() -> None:
    offers = [
        _offer(
            "tealight-gift",
            terms="Free Ember Tealights with any Corrowick Brass Lantern 1200 lm.",
            discount_type="free_gift",
            products=["lantern"],
        )
    ]
    tealights = {
        "id": "tealights",
        "name": "Ember Tealights",
        "list_price": 6,
        "currency": "GBP",
        "category": "candles",
    }
    engine = _engine(
        [_rule("offers", "offer_terms", {})],
        offers=offers,
        products=[_LANTERN, _DIMMER, tealights],
    )
    ok = _email(
        engine,
        "Ember Tealights are free. Free Ember Tealights with any Corrowick Brass Lantern 1200 lm.",
        offer_id="tealight-gift",
    )
    assert "offers" not in ok.fired_rule_ids, ok.violations
    wrong = _email(
        engine,
        "Free Ember Tealights with any Glowstep Dimmer. "
        "Free Ember Tealights with any Corrowick Brass Lantern 1200 lm.",
        offer_id="tealight-gift",
    )
    assert "offers" in wrong.fired_rule_ids


def test_a_year_ends_a_sentence_so_the_next_ones_figures_are_its_own() -> None:
    offers = [
        _offer(
            "care-free",
            terms="Lamp Care included free with Plus when you join by Mar 31, 2027.",
            discount_type="free_gift",
        )
    ]
    engine = _engine([_rule("offers", "offer_terms", {})], offers=offers)
    body = (
        "Lamp Care is included free. With Plus when you join by Mar 31, 2027. "
        "Lamp Care covers your bulbs for 3 years."
    )
    ok = _email(engine, body, offer_id="care-free")
    assert "offers" not in ok.fired_rule_ids, ok.violations
    changed = _email(
        engine,
        "Lamp Care included free with Plus when you join by Mar 31, 2028.",
        offer_id="care-free",
    )
    assert "offers" in changed.fired_rule_ids


def test_a_subject_restating_the_bodys_claim_is_no_claim_with_the_packs_own_triggers() -> None:
    claims = [
        _claim("rating", "Rated 4.7 out of 5 by more than 2,000 Corrowick buyers.", "endorsement")
    ]
    engine = _engine(
        [
            _rule(
                "claims",
                "claim_grounding",
                {"categories": ["endorsement"], "extra_triggers": {"endorsement": ["stars"]}},
            )
        ],
        claims=claims,
    )
    body = "Rated 4.7 out of 5 by more than 2,000 Corrowick buyers."
    ok = _email(engine, body, subject="4.7 stars from 2,000+ buyers")
    assert "claims" not in ok.fired_rule_ids, ok.violations
    inflated = _email(engine, body, subject="4.9 stars from 5,000+ buyers")
    assert "claims" in inflated.fired_rule_ids


def test_a_free_call_and_the_prize_of_a_disclosed_draw_are_not_promotions() -> None:
    engine = _engine([_rule("offers", "offer_terms", {})])
    for body in (
        "¿Dudas? Llámanos gratis al 900 000 111.",
        "Fancy a free lantern? Enter our prize draw for a chance to win one. "
        "No purchase necessary. Closes 31/03/2027.",
    ):
        verdict = _email(engine, body)
        assert "offers" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "Envío gratis en tu pedido de hoy.",
        "Fancy a free lantern? Buy two dimmers this week and it's yours.",
    ):
        assert "offers" in _email(engine, body).fired_rule_ids, body


def test_a_free_period_in_the_subject_must_be_the_one_the_offer_gives() -> None:
    offers = [
        _offer(
            "plus-trial",
            terms="14-day free trial of Corrowick Plus, then £4 a month. Cancel anytime.",
            discount_type="free_gift",
        )
    ]
    engine = _subject_engine(offers=offers)
    body = "Start your 14-day free trial of Corrowick Plus. Then £4 a month. Cancel anytime."
    for subject in (
        "Try Plus free for 14 days",
        "Two weeks of Plus, free",
        "Free Plus, one day only",
    ):
        verdict = _email(engine, body, subject=subject, offer_id="plus-trial")
        assert "subject" not in verdict.fired_rule_ids, (subject, verdict.violations)
    for subject in ("Your first month of Plus is free", "Plus free for 30 days"):
        verdict = _email(engine, body, subject=subject, offer_id="plus-trial")
        assert "subject" in verdict.fired_rule_ids, subject


def test_a_stated_credit_or_rebate_amount_must_be_the_offers_amount() -> None:
    offers = [
        _offer(
            "welcome",
            terms="A £20 account credit for new Plus members with code HELLO20.",
            discount_type="amount",
            discount_amount=20,
            currency="GBP",
            code="HELLO20",
        )
    ]
    engine = _engine([_rule("offers", "offer_terms", {})], offers=offers)
    terms = "A £20 account credit for new Plus members with code HELLO20."
    ok = _email(engine, f"Join Plus and get a £20 account credit. {terms}", offer_id="welcome")
    assert "offers" not in ok.fired_rule_ids, ok.violations
    for body in (
        f"Join Plus and get a £30 account credit. {terms}",
        f"Join Plus and get a £30 rebate. {terms}",
    ):
        assert "offers" in _email(engine, body, offer_id="welcome").fired_rule_ids, body


def test_a_word_of_the_catalogue_category_of_the_named_product_is_no_claim() -> None:
    refurbished = {
        "id": "lantern-refurb",
        "name": "Refurbished Brass Lantern",
        "list_price": 55,
        "currency": "GBP",
        "category": "certified-refurbished",
    }
    params = {"categories": ["guarantee"], "extra_triggers": {"guarantee": ["certified"]}}
    engine = _engine([_rule("claims", "claim_grounding", params)], products=[refurbished, _DIMMER])
    ok = _email(engine, "The Refurbished Brass Lantern is one of our certified lamps, £55.")
    assert "claims" not in ok.fired_rule_ids, ok.violations
    other = _email(engine, "The Glowstep Dimmer is one of our certified switches, £25.")
    assert "claims" in other.fired_rule_ids


def test_advice_headlines_and_the_readers_progress_are_everyday_senses() -> None:
    engine = _engine(
        [
            _rule(
                "claims",
                "claim_grounding",
                {
                    "categories": ["health", "efficacy", "guarantee"],
                    "extra_triggers": {"efficacy": ["brighter", "nights"], "guarantee": ["trial"]},
                },
            )
        ]
    )
    for body in (
        "Five habits for better sleep: dim the lamps an hour before bed.",
        "Three ways to a brighter hallway: mirrors, pale paint and a floor lamp.",
        "You're 20 nights into your trial. How is the bedside lamp?",
    ):
        verdict = _email(engine, body)
        assert "claims" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "Our lamps give you better sleep.",
        "A brighter hallway in one night, guaranteed, with the Brass Lantern.",
        "Try it for 20 nights: a risk-free trial.",
    ):
        assert "claims" in _email(engine, body).fired_rule_ids, body


def test_a_disclosed_lowest_price_of_the_last_30_days_may_be_the_reference_price() -> None:
    offers = [
        _offer(
            "lantern-15",
            terms="15% off the Corrowick Brass Lantern 1200 lm until March 31, 2027.",
            discount_type="percent",
            discount_amount=15,
            products=["lantern"],
        )
    ]
    engine = _engine([_rule("offers", "offer_terms", {})], offers=offers, products=[_LANTERN])
    terms = "15% off the Corrowick Brass Lantern 1200 lm until March 31, 2027."
    ok = _email(
        engine,
        f"Brass Lantern: £68.00, was £80.00. Reference price: £80.00, the lowest price in the "
        f"30 days before the offer. {terms}",
        offer_id="lantern-15",
    )
    assert "offers" not in ok.fired_rule_ids, ok.violations
    false_ref = _email(
        engine,
        f"Brass Lantern: £68.00, was £80.00. {terms}",
        offer_id="lantern-15",
    )
    assert "offers" in false_ref.fired_rule_ids
