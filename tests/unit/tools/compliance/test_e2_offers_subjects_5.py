"""Fourth-blind-set causes in offers, subjects and quiet hours (issue 17), on invented brands.

Each test is named after the failure class it guards; the brand is Northwind Coffee, built in
code by ``compliance_helpers`` (not the sample brand, not an eval brand).
"""

from __future__ import annotations

from datetime import datetime

from compliance_helpers import build_pack, rule

SUBJECT = rule("subject", "subject_honesty", {})
BODY = (
    "Warm the pot, weigh 15 g of beans, grind medium-fine and pour in slow circles. "
    "More guides: https://northwind.coffee/brew"
)


def test_counts_times_and_digits_inside_words_in_a_subject_promise_nothing(check) -> None:
    pack = build_pack([SUBJECT])
    for subject in (
        "5 winter brewing tips",
        "3 warming coffee drinks",
        "Who brews at 6 a.m.?",
        "Our Bangor café opens January 10",
        "The f4stest pour-over",
    ):
        verdict = check(pack, channel="email", subject=subject, body=BODY)
        assert "subject" not in verdict.fired_rule_ids, (subject, verdict.violations)


def test_a_plain_number_next_to_a_promise_word_is_still_a_promise(check) -> None:
    pack = build_pack([SUBJECT])
    for subject in ("Buy 2 bags, get 1 free", "Get 500 points today", "Take 30% off beans"):
        verdict = check(pack, channel="email", subject=subject, body=BODY)
        assert "subject" in verdict.fired_rule_ids, subject


def test_unknown_time_zone_may_go_when_the_rule_allows_it(check) -> None:
    lenient = rule(
        "push-quiet",
        "quiet_hours",
        {"start": "21:00", "end": "08:00", "block_unknown_time_zone": False},
        channels=["push"],
    )
    pack = build_pack([lenient])
    late_utc = datetime(2026, 11, 25, 4, 0)  # 23:00 in the brand's default zone
    unknown = check(
        pack, channel="push", subject="Fresh roast", body="Beans are in.", send_time=late_utc
    )
    assert unknown.decision == "pass"
    known = check(
        pack,
        channel="push",
        subject="Fresh roast",
        body="Beans are in.",
        send_time=late_utc,
        recipient_time_zone="America/New_York",
    )
    assert "push-quiet" in known.fired_rule_ids


def _month_offer(**extra: object) -> dict[str, object]:
    return {
        "id": "club-month",
        "name": "First month of Roast Club free with code BREW1",
        "terms": "First month of Roast Club free with code BREW1. New members only. After your "
        "free month, Roast Club is $12/month until you cancel.",
        "discount_type": "free_gift",
        "code": "BREW1",
        "channels": ["email"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-11-30",
        **extra,
    }


def test_a_subject_quoting_the_offer_name_is_a_fair_summary(check) -> None:
    pack = build_pack([SUBJECT], offers=[_month_offer()])
    body = (
        "First month of Roast Club free with code BREW1. New members only. After your free "
        "month, Roast Club is $12/month until you cancel."
    )
    verdict = check(
        pack,
        channel="email",
        subject="First month of Roast Club free",
        body=body,
        offer_id="club-month",
    )
    assert "subject" not in verdict.fired_rule_ids, verdict.violations


def test_a_free_month_subject_over_a_seven_day_trial_is_not_honest(check) -> None:
    trial = _month_offer(
        id="club-trial",
        name="Roast Club 7-day free trial",
        terms="Try Roast Club free for 7 days, then $12/month until you cancel.",
    )
    pack = build_pack([SUBJECT], offers=[trial])
    body = "Try Roast Club free for 7 days, then $12/month until you cancel."
    verdict = check(
        pack,
        channel="email",
        subject="A free month of Roast Club",
        body=body,
        offer_id="club-trial",
    )
    assert "subject" in verdict.fired_rule_ids


OFFERS = rule("offers", "offer_terms", {})
_MACHINE = {
    "id": "machine",
    "name": "Harbor Espresso Machine",
    "list_price": 400,
    "currency": "USD",
    "category": "machines",
}
_GRINDER = {
    "id": "grinder",
    "name": "Quay Burr Grinder",
    "list_price": 60,
    "currency": "USD",
    "category": "grinders",
}
_PAY_LATER = {
    "id": "pay-later",
    "name": "Pay in up to 4 interest-free payments",
    "terms": "Pay in up to 4 interest-free payments on orders of $100 or more.",
    "disclosure": "Pay in up to 4 interest-free payments on orders of $100 or more.",
    "discount_type": "none",
    "currency": "USD",
    "min_spend": 100,
    "apr": 0,
    "term_months": 4,
    "channels": ["email"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-11-30",
}
_SALE = {
    "id": "machine-sale",
    "name": "Harbor Espresso Machine $320",
    "terms": "Harbor Espresso Machine was $400, now $320. Ends November 30, 2026.",
    "disclosure": "Ends November 30, 2026.",
    "discount_type": "price",
    "discount_amount": 320,
    "currency": "USD",
    "products": ["machine"],
    "channels": ["email"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-11-30",
}
_CONDITIONS = "Pay in up to 4 interest-free payments on orders of $100 or more."


def _pack_with_instalments():  # type: ignore[no-untyped-def]
    from compliance_helpers import BRAND

    from nextbest.brand_context.ingest import parse_pack

    return parse_pack(
        {
            "brand": BRAND,
            "rules": [OFFERS],
            "claims": [],
            "offers": [_PAY_LATER, _SALE],
            "products": [_MACHINE, _GRINDER],
        },
        source="test",
    )


def test_instalments_adding_up_to_the_offer_price_restate_no_new_figure(check) -> None:
    pack = _pack_with_instalments()
    body = (
        "The Harbor Espresso Machine was $400, now $320, or 4 x $80.00 (total $320.00). "
        "Ends November 30, 2026."
    )
    verdict = check(pack, channel="email", body=body, offer_id="machine-sale")
    assert "offers" not in verdict.fired_rule_ids, verdict.violations


def test_instalment_plan_must_keep_the_offers_term_minimum_and_arithmetic(check) -> None:
    pack = _pack_with_instalments()
    good = f"Harbor Espresso Machine: 4 interest-free payments of $100.00. {_CONDITIONS}"
    verdict = check(pack, channel="email", body=good, offer_id="pay-later")
    assert "offers" not in verdict.fired_rule_ids, verdict.violations
    for bad in (
        # more instalments than the offer's term
        f"Harbor Espresso Machine: 8 interest-free payments of $50.00. {_CONDITIONS}",
        # below the offer's minimum purchase
        f"Quay Burr Grinder: 4 interest-free payments of $15.00. {_CONDITIONS}",
        # "interest-free" yet the payments cost more than the cash price
        f"Harbor Espresso Machine: 4 interest-free payments of $110.00. {_CONDITIONS}",
        # a stated total that is not the payments' sum
        f"Harbor Espresso Machine: 4 payments of $100.00 (total $360.00). {_CONDITIONS}",
    ):
        verdict = check(pack, channel="email", body=bad, offer_id="pay-later")
        assert "offers" in verdict.fired_rule_ids, bad


def _club_pack(**offer: object):  # type: ignore[no-untyped-def]
    return build_pack([OFFERS], offers=[_month_offer(**offer)])


_CLUB_BODY = (
    "First month of Roast Club free with code BREW1. New members only. After your free "
    "month, Roast Club is $12/month until you cancel."
)


def test_members_only_offer_never_goes_to_a_known_non_member(check) -> None:
    pack = _club_pack(required_flags=["club_member"])
    member = {"flags": ["club_member"]}
    other = {"flags": ["newsletter"]}
    ok = check(pack, channel="email", body=_CLUB_BODY, offer_id="club-month", recipient=member)
    assert "offers" not in ok.fired_rule_ids, ok.violations
    unknown = check(pack, channel="email", body=_CLUB_BODY, offer_id="club-month")
    assert "offers" not in unknown.fired_rule_ids, unknown.violations
    bad = check(pack, channel="email", body=_CLUB_BODY, offer_id="club-month", recipient=other)
    assert "offers" in bad.fired_rule_ids


def test_offer_eligibility_conditions_read_the_recipients_age_and_flags(check) -> None:
    pack = _club_pack(
        eligibility=[
            {"field": "ever_member", "op": "is_false"},
            {"field": "age", "op": "gte", "value": 21},
        ]
    )
    for recipient, blocked in (
        ({"age": 30}, False),
        ({"flags": ["ever_member"]}, True),
        ({"age": 19}, True),
        ({"flags": ["vip"]}, False),
    ):
        verdict = check(
            pack, channel="email", body=_CLUB_BODY, offer_id="club-month", recipient=recipient
        )
        assert ("offers" in verdict.fired_rule_ids) is blocked, recipient


def test_labelled_values_in_other_languages_and_in_capitals_are_personal_data(check) -> None:
    pii = rule("pii", "personal_data", {"labelled": ["senha", "verbal password", "loyalty number"]})
    pack = build_pack([pii])
    for body in (
        "Sua senha provisória é 48213. Acesse sua conta.",
        "Please confirm your verbal password is still MOONCREST.",
        "Your loyalty number is 88120.",
    ):
        assert "pii" in check(pack, channel="email", body=body).fired_rule_ids, body
    for body in (
        "Troque sua senha quando quiser no app.",
        "Set a verbal password in the app today.",
    ):
        verdict = check(pack, channel="email", body=body)
        assert "pii" not in verdict.fired_rule_ids, (body, verdict.violations)


def test_an_approved_claim_is_never_personal_data(check) -> None:
    pii = rule("pii", "personal_data", {"labelled": ["weight"]})
    claims = [
        {
            "id": "avg-loss",
            "text": "Roast Club walkers lost an average of 4% of their body weight at 6 months.",
            "category": "efficacy",
            "substantiation": "Club walking log 2025",
            "channels": ["email"],
        }
    ]
    pack = build_pack([pii], claims=claims)
    body = "Roast Club walkers lost an average of 4% of their body weight at 6 months."
    verdict = check(pack, channel="email", body=body, claim_ids=["avg-loss"])
    assert "pii" not in verdict.fired_rule_ids, verdict.violations
    mine = check(pack, channel="email", body="Your weight at 6 am was 81 kg.")
    assert "pii" in mine.fired_rule_ids


def test_a_product_named_in_the_plural_is_still_the_catalogue_product(check) -> None:
    from compliance_helpers import BRAND

    from nextbest.brand_context.ingest import parse_pack

    kettle = {
        "id": "kettle",
        "name": "Gooseneck Kettle",
        "list_price": 79,
        "currency": "USD",
        "category": "kettles",
    }
    pack = parse_pack(
        {"brand": BRAND, "rules": [OFFERS], "claims": [], "offers": [], "products": [kettle]},
        source="test",
    )
    body = "Gooseneck Kettles are sold individually at $79."
    verdict = check(pack, channel="email", body=body)
    assert "offers" not in verdict.fired_rule_ids, verdict.violations
    below = check(pack, channel="email", body="Gooseneck Kettles now just $59.")
    assert "offers" in below.fired_rule_ids


def test_a_price_written_with_a_space_after_the_symbol_is_still_a_price(check) -> None:
    from compliance_helpers import BRAND

    from nextbest.brand_context.ingest import parse_pack

    grinder = {**_GRINDER, "currency": "BRL", "list_price": 1899}
    pack = parse_pack(
        {"brand": BRAND, "rules": [OFFERS], "claims": [], "offers": [], "products": [grinder]},
        source="test",
    )
    below = check(pack, channel="email", body="O Quay Burr Grinder está por R$ 1.599,00.")
    assert "offers" in below.fired_rule_ids
    for body in (
        "O Quay Burr Grinder custa R$ 1.899,00.",
        "Quay Burr Grinder por R$ 1.899,00, ou 10x de R$ 189,90 sem juros (total R$ 1.899,00).",
    ):
        verdict = check(pack, channel="email", body=body)
        assert "offers" not in verdict.fired_rule_ids, (body, verdict.violations)


def test_standing_programme_facts_are_not_promotions(check) -> None:
    pack = build_pack([OFFERS])
    for body in (
        "Every order counts: earn 10 points per $1 with Northwind Rewards. Join free today.",
        "Your alarm code 4417 still works on the new keypad.",
        "Sign up for free at the counter.",
    ):
        verdict = check(pack, channel="email", body=body)
        assert "offers" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "Earn 500 bonus points this week.",
        "Use code BREW10 at checkout.",
        "Free bag of beans with every order.",
    ):
        assert "offers" in check(pack, channel="email", body=body).fired_rule_ids, body


def _gift_offer() -> dict[str, object]:
    return {
        "id": "filters",
        "name": "Free pack of paper filters",
        "terms": "A free pack of paper filters with any Roast Club order, while supplies last.",
        "discount_type": "free_gift",
        "channels": ["email", "push"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-11-30",
    }


def test_a_subject_promising_the_wrong_thing_free_is_not_honest(check) -> None:
    pack = build_pack([SUBJECT], offers=[_gift_offer()])
    body = "A free pack of paper filters with any Roast Club order, while supplies last."
    for subject in ("Free filters with your order", "A free pack of filters", "Hands-free brewing"):
        verdict = check(pack, channel="email", subject=subject, body=body, offer_id="filters")
        assert "subject" not in verdict.fired_rule_ids, (subject, verdict.violations)
    wrong = check(pack, channel="email", subject="Free Roast Club", body=body, offer_id="filters")
    assert "subject" in wrong.fired_rule_ids


def test_half_price_in_a_subject_must_be_half_the_price(check) -> None:
    pack = build_pack([SUBJECT])
    half = "Roast Club: $24, now $12 for your first month."
    quarter = "Roast Club: $16, now $12 for your first month."
    ok = check(pack, channel="email", subject="Roast Club, half price", body=half)
    assert "subject" not in ok.fired_rule_ids, ok.violations
    bad = check(pack, channel="email", subject="Roast Club, half price", body=quarter)
    assert "subject" in bad.fired_rule_ids


def test_a_day_window_never_reports_an_unknown_zone_on_a_day_it_cannot_be(check) -> None:
    nightly = rule("sms-quiet", "quiet_hours", {"start": "20:00", "end": "09:00"})
    sunday = rule(
        "sms-sunday",
        "quiet_hours",
        {"start": "00:00", "end": "23:59", "end_inclusive": True, "days": ["sunday"]},
    )
    pack = build_pack([nightly, sunday])
    sms = "Northwind Coffee: fresh beans are in. Reply STOP to opt out."
    wednesday = check(pack, channel="sms", body=sms, send_time=datetime(2026, 11, 25, 17))
    assert wednesday.fired_rule_ids == ["sms-quiet"]
    # Sunday 02:00 UTC is still Saturday in the Americas but Sunday elsewhere: both report
    weekend = check(pack, channel="sms", body=sms, send_time=datetime(2026, 11, 29, 2))
    assert set(weekend.fired_rule_ids) == {"sms-quiet", "sms-sunday"}


def test_money_credited_to_the_reader_and_leetspeak_free_are_promotions(check) -> None:
    pack = build_pack([OFFERS])
    for body in (
        "Order 5 bags in March and we'll add $5 to your balance.",
        "Claim your fr3e beans today.",
    ):
        assert "offers" in check(pack, channel="email", body=body).fired_rule_ids, body
    verdict = check(pack, channel="email", body="Add funds to your balance in the app.")
    assert "offers" not in verdict.fired_rule_ids, verdict.violations


def test_a_promotion_said_of_what_the_offer_excludes_is_out_of_scope(check) -> None:
    second_bag = {
        "id": "second-bag",
        "name": "10% off each additional bag",
        "terms": "10% off each additional bag on the same order; it does not apply to "
        "Reserve Cold Brew. Ends November 30, 2026.",
        "disclosure": "10% off each additional bag on the same order; it does not apply to "
        "Reserve Cold Brew. Ends November 30, 2026.",
        "discount_type": "percent",
        "discount_amount": 10,
        "channels": ["email"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-11-30",
    }
    pack = build_pack([OFFERS], offers=[second_bag])
    conditions = second_bag["disclosure"]
    ok = check(
        pack,
        channel="email",
        body=f"Save 10% on every extra bag. {conditions}",
        offer_id="second-bag",
    )
    assert "offers" not in ok.fired_rule_ids, ok.violations
    bad = check(
        pack,
        channel="email",
        body=f"Save 10% on Reserve Cold Brew. {conditions}",
        offer_id="second-bag",
    )
    assert "offers" in bad.fired_rule_ids


def test_a_dollar_sign_after_the_figure_is_a_price() -> None:
    import re

    from nextbest.tools.compliance.kinds.offer_mentions import MENTION_PATTERNS
    from nextbest.tools.compliance.normalise import fold

    price = re.compile(MENTION_PATTERNS["price"])
    assert price.search(fold("Le sac de café à 12,99 $ seulement.").text)
    assert price.search(fold("Nos 12 cafés de saison sont arrivés.").text) is None


def test_a_subject_price_ceiling_reads_continental_decimals(check) -> None:
    pack = build_pack([SUBJECT])
    body = "Le sac Roast Club à 12,99 € cette semaine."
    verdict = check(pack, channel="email", subject="Cafés à moins de 15 €", body=body)
    assert "subject" not in verdict.fired_rule_ids, verdict.violations


def test_a_gift_card_for_buying_and_interest_free_payments_are_promotions(check) -> None:
    pack = build_pack([OFFERS])
    for body in (
        "Get a $25 gift card when you join Roast Club.",
        "Take home a grinder with interest-free monthly payments.",
    ):
        assert "offers" in check(pack, channel="email", body=body).fired_rule_ids, body


def test_this_month_only_needs_an_offer_ending_this_month(check) -> None:
    urgency = rule("urgency", "urgency", {})
    november = {**_SALE, "id": "nov-sale", "products": []}
    december = {**_SALE, "id": "dec-sale", "products": [], "valid_until": "2026-12-31"}
    pack = build_pack([urgency], offers=[november, december])
    body = "This month only: the Harbor Espresso Machine at $320."
    ok = check(pack, channel="email", body=body, offer_id="nov-sale")
    assert "urgency" not in ok.fired_rule_ids, ok.violations
    assert "urgency" in check(pack, channel="email", body=body, offer_id="dec-sale").fired_rule_ids
    assert "urgency" in check(pack, channel="email", body=body).fired_rule_ids


def test_an_offer_for_additional_items_is_not_said_of_every_item(check) -> None:
    extra_bag = {
        "id": "extra-bag",
        "name": "10% off each additional bag",
        "terms": "10% off each additional bag on the same order. Ends November 30, 2026.",
        "disclosure": "10% off each additional bag on the same order. Ends November 30, 2026.",
        "discount_type": "percent",
        "discount_amount": 10,
        "channels": ["email"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-11-30",
    }
    pack = build_pack([OFFERS], offers=[extra_bag])
    conditions = extra_bag["disclosure"]
    ok = check(
        pack,
        channel="email",
        body=f"Take 10% off every additional bag. {conditions}",
        offer_id="extra-bag",
    )
    assert "offers" not in ok.fired_rule_ids, ok.violations
    bad = check(
        pack, channel="email", body=f"Take 10% off every bag. {conditions}", offer_id="extra-bag"
    )
    assert "offers" in bad.fired_rule_ids


def test_a_number_to_report_to_and_a_cards_last_four_are_not_personal_or_offer_figures(
    check,
) -> None:
    pii = rule("pii", "personal_data", {})
    pack = build_pack([pii])
    helpline = "Storm tips: report outages to Harbor Power at 888-313-4747."
    verdict = check(pack, channel="email", body=helpline)
    assert "pii" not in verdict.fired_rule_ids, verdict.violations
    mine = check(pack, channel="email", body="We will call you at 207-555-0188 tomorrow.")
    assert "pii" in mine.fired_rule_ids

    from nextbest.tools.compliance.offer_paraphrase import figures_of

    assert 4821.0 not in figures_of("Your Northwind card ending in 4821 qualifies for 18 months.")
    assert 18.0 in figures_of("Your Northwind card ending in 4821 qualifies for 18 months.")


def test_a_stated_minimum_spend_must_be_the_offers(check) -> None:
    tote = {
        "id": "tote",
        "name": "Free tote with orders of $60 or more",
        "terms": "Free Northwind tote with orders of $60 or more, through November 30, 2026.",
        "disclosure": "Free Northwind tote with orders of $60 or more, through November 30, 2026.",
        "discount_type": "free_gift",
        "min_spend": 60,
        "channels": ["email"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-11-30",
    }
    pack = build_pack([OFFERS], offers=[tote])
    conditions = tote["disclosure"]
    body = f"Spend $60 and the tote is yours. {conditions}"
    verdict = check(pack, channel="email", body=body, offer_id="tote")
    assert "offers" not in verdict.fired_rule_ids, verdict.violations
    lower = check(
        pack,
        channel="email",
        body=f"Spend $50 and the tote is yours. {conditions}",
        offer_id="tote",
    )
    assert "offers" in lower.fired_rule_ids


def test_a_free_third_item_is_not_said_of_the_second(check) -> None:
    third = {
        "id": "third-bag",
        "name": "Third bag free",
        "terms": "Buy 3 bags and the third bag is free; lowest-priced bag free. Ends Nov 30, 2026.",
        "disclosure": "Lowest-priced bag free. Ends Nov 30, 2026.",
        "discount_type": "free_gift",
        "channels": ["email"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-11-30",
    }
    pack = build_pack([OFFERS], offers=[third])
    conditions = third["disclosure"]
    ok = check(
        pack,
        channel="email",
        body=f"Buy 3 bags and the third bag is free. {conditions}",
        offer_id="third-bag",
    )
    assert "offers" not in ok.fired_rule_ids, ok.violations
    bad = check(
        pack,
        channel="email",
        body=f"Buy 3 bags and the second and third bags are free. {conditions}",
        offer_id="third-bag",
    )
    assert "offers" in bad.fired_rule_ids


def test_an_amount_keeps_the_unit_the_offer_gives_it(check) -> None:
    credit = {
        "id": "class-credit",
        "name": "$20 credit per household",
        "terms": "$20 brewing-class credit per household. Per household, not per person. "
        "Ends November 30, 2026.",
        "disclosure": "Per household, not per person. Ends November 30, 2026.",
        "discount_type": "amount",
        "discount_amount": 20,
        "currency": "USD",
        "channels": ["email"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-11-30",
    }
    pack = build_pack([OFFERS], offers=[credit])
    conditions = credit["disclosure"]
    ok = check(
        pack,
        channel="email",
        body=f"Get $20 brewing-class credit per household. {conditions}",
        offer_id="class-credit",
    )
    assert "offers" not in ok.fired_rule_ids, ok.violations
    bad = check(
        pack,
        channel="email",
        body=f"Get $20 brewing-class credit per person. {conditions}",
        offer_id="class-credit",
    )
    assert "offers" in bad.fired_rule_ids
    from nextbest.tools.compliance.kinds.offer_units import amount_units

    assert [(a, u) for a, u, _, _ in amount_units("suvs from $299/wk")] == [(299.0, "week")]


def test_vague_urgency_without_an_offer_is_true_when_the_copy_names_a_near_date(check) -> None:
    pack = build_pack([rule("urgency", "urgency", {})])
    near = "Last chance: our Harvest Blend leaves the menu November 25, 2026."
    far = "Last chance: our Harvest Blend leaves the menu January 25, 2027."
    ok = check(pack, channel="email", subject="Harvest Blend", body=near)
    assert "urgency" not in ok.fired_rule_ids, ok.violations
    assert "urgency" in check(pack, channel="email", subject="Harvest", body=far).fired_rule_ids
