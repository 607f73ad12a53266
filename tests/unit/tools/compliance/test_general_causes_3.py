"""General causes left after the two blind sets (issue 17), third round: one test per cause.

Every test uses a made-up brand built here — "Fernwick Outfitters", a camping-gear shop with a
café in its flagship store — not the sample brand and not the wording of any evaluation brand.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict
from nextbest.tools.compliance.normalise import skeleton
from nextbest.tools.compliance.senses import sense_spans

DAY = date(2027, 5, 12)
NOON = datetime(2027, 5, 12, 16, 0, tzinfo=UTC)


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
        "name": "Fernwick Outfitters",
        "legal_name": "Fernwick Outfitters Inc.",
        "postal_address": "12 Cedar Lane, Bend, OR 97701, USA",
        "channels": ["email", "sms", "push"],
        "default_time_zone": "America/Los_Angeles",
        "website_domains": ["fernwick.com"],
    }
    return RuleEngine(BrandPack.model_validate({"brand": brand, "rules": rules, **extra}))


def _email(
    engine: RuleEngine, body: str, subject: str = "News from Fernwick", **kw: Any
) -> Verdict:
    message = Message(channel="email", subject=subject, body=body, send_time=NOON, **kw)
    return engine.check(message, as_of=DAY)


def _claim(claim_id: str, text: str, category: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": claim_id,
        "text": text,
        "category": category,
        "substantiation": "Lab report FW-1",
        "channels": ["email", "sms", "push"],
        "valid_from": "2027-01-01",
        **extra,
    }


_TENT = {
    "id": "ridge-tent",
    "name": "Ridgeback 2 Tent",
    "list_price": 329,
    "currency": "USD",
    "category": "tents",
}
_STOVE = {
    "id": "ember-stove",
    "name": "Ember Stove",
    "list_price": 89,
    "currency": "USD",
    "category": "stoves",
}


def _gear_claims_engine() -> RuleEngine:
    claims = [
        _claim(
            "tent-waterproof",
            "The Ridgeback 2 Tent is waterproof and windproof.",
            "efficacy",
            products=["ridge-tent"],
        ),
        _claim("boil-4", "Boils a litre of water in 4 minutes.", "efficacy"),
        _claim("returns", "Free returns on most new and used gear.", "guarantee"),
        _claim("rating", "Rated 4.6 out of 5 by more than 900 campers.", "endorsement"),
    ]
    return _engine(
        [
            _rule(
                "claims",
                "claim_grounding",
                {"categories": ["efficacy", "guarantee", "endorsement"]},
            )
        ],
        claims=claims,
        products=[_TENT, _STOVE],
    )


# --- a claim reordered across clauses, narrowed, or stated next to a price ---------------------


def test_a_claim_in_one_clause_of_a_sentence_matches_on_its_own() -> None:
    engine = _gear_claims_engine()
    for body in (
        "Waterproof and windproof: that's the Ridgeback 2 Tent (sleeps 2), $329.",
        "More than 900 campers rate us 4.6 out of 5 — thank you, Bend.",
        "Free returns on most used gear; see the store for details.",
    ):
        verdict = _email(engine, body)
        assert "claims" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "Waterproof, windproof and fireproof: that's the Ridgeback 2 Tent.",
        "More than 900 campers rate us 4.9 out of 5 — thank you, Bend.",
        "Free returns on most used gear: on every order, always.",
        "Waterproof and windproof: that's the Ember Stove.",
    ):
        assert "claims" in _email(engine, body).fired_rule_ids, body


def test_a_narrower_claim_may_drop_a_list_item_and_add_only_weakening_words() -> None:
    engine = _gear_claims_engine()
    for body in (
        "There are free returns on most used gear.",
        "It can boil a litre of water in about 4 minutes.",
    ):
        verdict = _email(engine, body)
        assert "claims" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "Free returns on all used gear.",
        "It can boil a litre of water in 2 minutes.",
    ):
        assert "claims" in _email(engine, body).fired_rule_ids, body


def test_a_price_next_to_a_claim_is_not_part_of_it_unless_the_claim_states_money() -> None:
    claims = [
        _claim("club", "Fernwick Club includes trail maps and gear rentals.", "guarantee"),
        _claim("save", "Club members save an average of $120 a year.", "guarantee"),
    ]
    club = {
        "id": "club",
        "name": "Fernwick Club",
        "list_price": 5,
        "currency": "USD",
        "category": "membership",
    }
    engine = _engine(
        [_rule("claims", "claim_grounding", {"categories": ["guarantee"]})],
        claims=claims,
        products=[club],
    )
    priced = _email(engine, "Fernwick Club: trail maps and gear rentals for $5 a month.")
    assert "claims" not in priced.fired_rule_ids, priced.violations
    changed = _email(engine, "Club members save an average of $300 a year.")
    assert "claims" in changed.fired_rule_ids


# --- everyday senses of trigger words -----------------------------------------------------------


def _offers_engine() -> RuleEngine:
    return _engine([_rule("offers", "offer_terms", {})])


def test_a_free_standing_amenity_is_not_a_promotion_unless_tied_to_a_purchase() -> None:
    engine = _offers_engine()
    for body in (
        "Waiting for a fitting? Free coffee and Wi-Fi in the store lounge.",
        "Our gear-repair night is on May 20. Free entry for everyone.",
        "Not sure which tent fits? Take our free three-minute tent quiz at https://fernwick.com/quiz",
    ):
        verdict = _email(engine, body)
        assert "offers" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "Free coffee with any purchase over $20 this weekend.",
        "Free entry into our prize draw when you buy a tent.",
        "Free shipping on every tent.",
    ):
        assert "offers" in _email(engine, body).fired_rule_ids, body


def test_sleep_in_is_staying_in_bed_not_a_health_claim() -> None:
    engine = _engine([_rule("claims", "claim_grounding", {"categories": ["health"]})])
    ok = _email(engine, "Sleep in on Saturday: the Bend store opens at 11 am this week.")
    assert "claims" not in ok.fired_rule_ids, ok.violations
    claim = _email(engine, "Our camp pillow helps you sleep better and relieves neck pain.")
    assert "claims" in claim.fired_rule_ids


def test_a_denied_guarantee_is_not_a_guarantee_claim() -> None:
    engine = _engine([_rule("claims", "claim_grounding", {"categories": ["guarantee"]})])
    for body in (
        "Nothing is guaranteed in the backcountry, so pack layers and check the forecast.",
        "Trail conditions are not guaranteed; call the ranger station before you go.",
        "There is no guarantee of snow in May, so check the pass report.",
    ):
        verdict = _email(engine, body)
        assert "claims" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "Every tent is guaranteed for life.",
        "Guaranteed dry nights in any storm.",
    ):
        assert "claims" in _email(engine, body).fired_rule_ids, body


def test_a_superlative_inside_the_name_of_a_place_ranks_nothing() -> None:
    engine = _engine([_rule("claims", "claim_grounding", {"categories": ["superlative"]})])
    for body in (
        "After the hike, meet us at the Best Harvest Trail Grill for chili.",
        "Our Bend store shares a wall with the Finest Roast Coffee Bar, so grab a cup.",
    ):
        verdict = _email(engine, body)
        assert "claims" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "Voted Best Outdoor Store In Oregon by our readers.",
        "The Best Camping Store In Town Is Fernwick.",
        "We are the best outdoor store in Bend.",
        "Visit the Best Outfitter Bar 2026 winner.",
    ):
        assert "claims" in _email(engine, body).fired_rule_ids, body


# --- trip and event countdowns, weekday and week ends -----------------------------------------


def _urgency_engine() -> RuleEngine:
    dated = {
        "id": "tent-sale",
        "name": "Tent sale",
        "terms": "20% off every tent.",
        "discount_type": "percent",
        "discount_amount": 20,
        "channels": ["email"],
        "valid_until": "2027-05-16",
    }
    standing = {
        "id": "club-10",
        "name": "Club discount",
        "terms": "10% off for club members.",
        "discount_type": "percent",
        "discount_amount": 10,
        "channels": ["email"],
    }
    return _engine([_rule("urgency", "urgency", {})], offers=[dated, standing])


def test_a_countdown_to_a_trip_or_event_is_not_offer_urgency() -> None:
    engine = _urgency_engine()
    for body in (
        "10 days to go: your trip checklist is ready.",
        "Last chance to see the wildflowers on the ridge trail before the snow comes.",
    ):
        verdict = _email(engine, body)
        assert "urgency" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "10 days to go: 20% off every tent for your trip.",
        "Last chance to save on tents before your trip.",
        "Hurry, last chance!",
    ):
        assert "urgency" in _email(engine, body).fired_rule_ids, body


def test_ends_on_a_weekday_or_this_week_must_match_the_offers_end() -> None:
    engine = _urgency_engine()  # 2027-05-12 is a Wednesday; the tent sale ends Sunday the 16th
    for body in ("The tent sale ends Sunday: 20% off every tent.", "This week only: 20% off."):
        verdict = _email(engine, body, offer_id="tent-sale")
        assert "urgency" not in verdict.fired_rule_ids, (body, verdict.violations)
    wrong_day = _email(engine, "The tent sale ends Friday: 20% off.", offer_id="tent-sale")
    assert "urgency" in wrong_day.fired_rule_ids
    for body in ("Club discount ends Sunday: 10% off.", "This week only: 10% off for members."):
        verdict = _email(engine, body, offer_id="club-10")  # the offer has no end date
        assert "urgency" in verdict.fired_rule_ids, body
    french = _email(engine, "Votre code expire ce soir : -10 %.", offer_id="club-10")
    assert "urgency" in french.fired_rule_ids


# --- subjects, personal details, strengtheners and lemmas --------------------------------------


def _subject_engine() -> RuleEngine:
    return _engine([_rule("subject", "subject_honesty", {})])


def test_gift_ideas_in_a_subject_promise_no_gift() -> None:
    engine = _subject_engine()
    body = "For little campers, the Firefly Lantern is the one to start with. Older kids love it."
    for subject in ("A gift for every camper", "Gift ideas for the trail", "Perfect gifts"):
        verdict = _email(engine, body, subject=subject)
        assert "subject" not in verdict.fired_rule_ids, (subject, verdict.violations)
    for subject in ("A free gift inside", "Your gift is waiting", "Votre cadeau vous attend"):
        assert "subject" in _email(engine, body, subject=subject).fired_rule_ids, subject


def test_a_subject_posing_as_an_order_notice_needs_one_in_the_body() -> None:
    engine = _subject_engine()
    marketing = "Our summer gear guide is here: ideas for every trip. https://fernwick.com/guide"
    for subject in ("Your order has shipped", "Your payment was received"):
        verdict = _email(engine, marketing, subject=subject)
        assert "subject" in verdict.fired_rule_ids, subject
    notice = "Your parcel is on its way. Track it at https://fernwick.com/track/FW1234"
    verdict = _email(engine, notice, subject="Your order has shipped")
    assert "subject" not in verdict.fired_rule_ids, verdict.violations


def test_a_labelled_detail_needs_its_figure_right_after_the_label() -> None:
    engine = _engine(
        [_rule("pii", "personal_data", {"labelled": ["birthday", "member ID", "your size"]})]
    )
    for body in (
        "Planning a birthday party for a 7-year-old? Our camp games make easy favours.",
        "Member IDs are printed on the back of every club card since 2019.",
    ):
        verdict = _email(engine, body)
        assert "pii" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "We have your birthday as 04/12/1990.",
        "Your member ID is FW-220931.",
        "Based on your size (waist 81 cm), try the Trail Pant.",
    ):
        assert "pii" in _email(engine, body).fired_rule_ids, body


def test_a_strengthener_in_another_clause_does_not_strengthen_the_claim() -> None:
    claims = [_claim("pfas", "Free of added PFAS.", "health")]
    engine = _engine(
        [_rule("claims", "claim_grounding", {"categories": ["health"]})], claims=claims
    )
    ok = _email(engine, "Our rain shell: free of added PFAS, and every seam is taped.")
    assert "claims" not in ok.fired_rule_ids, ok.violations
    for body in ("Our rain shell is free of added PFAS, always.", "Always free of added PFAS."):
        assert "claims" in _email(engine, body).fired_rule_ids, body


def test_make_a_living_as_a_trade_is_not_income_from_the_product() -> None:
    engine = _engine([_rule("income", "banned_phrase", {"phrases": ["make a living"]})])
    trade = _email(engine, "How do you make a living as a mountain guide? We asked three.")
    assert "income" not in trade.fired_rule_ids, trade.violations
    for body in (
        "Make a living from reselling our gear.",
        "You could make a living as a gear reseller.",
    ):
        assert "income" in _email(engine, body).fired_rule_ids, body


def test_irregular_forms_meet_their_base_word_in_a_subject_announcing_a_claim() -> None:
    claims = [
        _claim("award", "The Firefly Lantern won a Trailhead Gear Award in 2026.", "endorsement")
    ]
    engine = _engine(
        [_rule("claims", "claim_grounding", {"categories": ["endorsement", "superlative"]})],
        claims=claims,
    )
    body = "The Firefly Lantern won a Trailhead Gear Award in 2026."
    ok = _email(engine, body, subject="An award-winning lantern")
    assert "claims" not in ok.fired_rule_ids, ok.violations
    other = _email(engine, body, subject="Rated 5 stars by campers")
    assert "claims" in other.fired_rule_ids


def test_handing_over_and_care_intervals_are_everyday_senses() -> None:
    def senses(text: str) -> list[str]:
        return [text[s:e] for s, e in sense_spans(skeleton(text))]

    assert senses("Deposit your bags at the front desk before the hike.") == ["Deposit your bags"]
    assert senses("Re-proof your rain shell every 6 months; wash it every 3 months.")
    assert senses("Remise de votre colis en main propre.") == ["Remise de votre colis"]
    assert senses("Portez la veste au lieu de votre polaire.")
    for text in (
        "A $200 deposit holds your spot.",
        "Pay every 3 months with no interest.",
        "Veste à 89 € au lieu de 120 €.",
        "Une remise de 20 % sur les vestes.",
    ):
        assert not senses(text), text


def _lodge_engine() -> RuleEngine:
    lodges = [
        {"id": "pine", "name": "Fernwick Pine Lodge", "list_price": 180, "currency": "USD"},
        {"id": "lake", "name": "Fernwick Lake Lodge", "list_price": 220, "currency": "USD"},
    ]
    claims = [
        _claim("beach", "Fernwick Lake Lodge has a private beach.", "service", products=["lake"]),
        _claim(
            "tents-warranty",
            "Every Fernwick tent is backed by a 5-year limited warranty.",
            "guarantee",
        ),
    ]
    return _engine(
        [_rule("claims", "claim_grounding", {"categories": ["service", "guarantee"]})],
        claims=claims,
        products=lodges,
    )


def test_a_claim_narrowed_to_one_product_or_followed_by_an_aside_still_matches() -> None:
    engine = _lodge_engine()
    for body in (
        "Fernwick Lake Lodge has a private beach, a short walk from the cabins.",
        "Your Pine tent is backed by a 5-year limited warranty.",
    ):
        verdict = _email(engine, body)
        assert "claims" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "Fernwick Pine Lodge has a private beach, a short walk from the cabins.",
        "Your Pine tent is backed by a 10-year limited warranty.",
    ):
        assert "claims" in _email(engine, body).fired_rule_ids, body


def test_a_universal_in_place_of_a_claims_limit_strengthens_it() -> None:
    engine = _gear_claims_engine()  # "Free returns on most new and used gear."
    for body in ("Free returns on every piece of used gear, anytime.", "Free returns on all gear."):
        assert "claims" in _email(engine, body).fired_rule_ids, body
    kept = _email(engine, "Free returns on most new gear.")
    assert "claims" not in kept.fired_rule_ids, kept.violations


def test_narrowing_words_must_come_from_the_claims_own_products() -> None:
    tent = {"id": "tent", "name": "Fernwick Ridge Tent", "list_price": 300, "currency": "USD"}
    stove = {"id": "stove", "name": "Fernwick Camp Stove", "list_price": 90, "currency": "USD"}
    claims = [
        _claim(
            "dry", "Every Fernwick tent is waterproof to 3000 mm.", "efficacy", products=["tent"]
        )
    ]
    engine = _engine(
        [_rule("claims", "claim_grounding", {"categories": ["efficacy"]})],
        claims=claims,
        products=[tent, stove],
    )
    ok = _email(engine, "Your Ridge is waterproof to 3000 mm.")
    assert "claims" not in ok.fired_rule_ids, ok.violations
    moved = _email(engine, "Your stove is waterproof to 3000 mm.")
    assert "claims" in moved.fired_rule_ids


def test_sales_words_keep_a_countdown_or_a_title_case_name_a_claim() -> None:
    urgency = _urgency_engine()
    for body in ("Last chance before our biggest event ends!", "Only 2 days left to claim it."):
        assert "urgency" in _email(urgency, body).fired_rule_ids, body
    claims = _engine([_rule("claims", "claim_grounding", {"categories": ["superlative"]})])
    body = "Upgrade to the Best Value Trail Pass for the summer."
    assert "claims" in _email(claims, body).fired_rule_ids


def test_a_subject_restating_the_figures_of_the_bodys_claim_announces_it() -> None:
    engine = _gear_claims_engine()  # "Rated 4.6 out of 5 by more than 900 campers."
    body = "More than 900 campers rate us 4.6 out of 5."
    for subject in ("Thank you for 900 reviews", "900 campers, 4.6 stars"):
        verdict = _email(engine, body, subject=subject)
        assert "claims" not in verdict.fired_rule_ids, (subject, verdict.violations)
    for subject in ("Thank you for 2,000 reviews", "Thanks for 900 glowing five-star reviews"):
        assert "claims" in _email(engine, body, subject=subject).fired_rule_ids, subject


def test_a_durability_headline_above_a_warranty_claim_announces_it() -> None:
    claims = [_claim("warranty", "Every Fernwick tent has a 5-year limited warranty.", "guarantee")]
    engine = _engine(
        [_rule("claims", "claim_grounding", {"categories": ["efficacy", "guarantee"]})],
        claims=claims,
    )
    body = "Every Fernwick tent has a 5-year limited warranty."
    ok = _email(engine, body, subject="Built to last")
    assert "claims" not in ok.fired_rule_ids, ok.violations
    no_warranty = _email(engine, "Meet the new Fernwick tent.", subject="Built to last")
    assert "claims" in no_warranty.fired_rule_ids
