"""Eighth-blind-set causes in subject honesty (issue 17), on an invented brand.

The brand is Northwind Coffee, built in code by ``compliance_helpers`` (not the sample brand,
not an eval brand), with a small catalogue added here where a test needs products.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import BRAND, build_pack, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

SUBJECT = rule("subject", "subject_honesty", {})


def _offer(**extra: Any) -> dict[str, Any]:
    return {
        "id": "first-bag",
        "name": "$0 shipping on your first bag",
        "terms": "New customers: $0 shipping on your first bag with code FIRSTBAG.",
        "discount_type": "free_shipping",
        "code": "FIRSTBAG",
        "channels": ["email", "push"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-11-30",
        **extra,
    }


def _pack_with_products() -> BrandPack:
    products = [
        {
            "id": "brew-in-3",
            "name": "Brew in 3",
            "facts": [
                {"name": "steps", "value": 3, "unit": "steps", "limit": "exact"},
            ],
        },
        {"id": "roast-club", "name": "Roast Club"},
        {"id": "club-gift", "name": "Roast Club Gift Edition"},
        {"id": "harbour-bar", "name": "The Harbour Bar", "category": "bar"},
    ]
    return parse_pack(
        {"brand": BRAND, "rules": [SUBJECT], "products": products, "offers": []}, source="test"
    )


def test_a_multiplier_that_describes_promises_nothing(check) -> None:
    pack = build_pack([SUBJECT])
    body = "Our cold brew steeps for a full day. Find it in store."
    for subject in ("Triple roast, every morning", "Twice the flavour, half the fuss"):
        verdict = check(pack, channel="email", subject=subject, body=body)
        assert "subject" not in verdict.fired_rule_ids, (subject, verdict.violations)


def test_a_multiplier_of_a_benefit_is_still_a_promise(check) -> None:
    pack = build_pack([SUBJECT])
    body = "Earn bonus beans on every bag this week. Find it in store."
    for subject in ("Double beans on every bag", "Double points this week", "Double your beans"):
        verdict = check(pack, channel="email", subject=subject, body=body)
        assert "subject" in verdict.fired_rule_ids, subject


def test_a_count_times_an_amount_is_no_multiple(check) -> None:
    pack = build_pack([SUBJECT])
    body = "That $80 grinder is 4 payments of $20 at checkout."
    verdict = check(pack, channel="email", subject="$80 grinder? 4 x $20", body=body)
    assert "subject" not in verdict.fired_rule_ids, verdict.violations


def test_a_win_as_a_noun_and_a_reduction_in_other_words_are_kept(check) -> None:
    pack = build_pack([SUBJECT])
    cases = {
        "Another win for our Bangor roastery": "Our Bangor roastery took gold at the fair.",
        "10% off house blend": "Save 10% on house blend this week.",
    }
    for subject, body in cases.items():
        verdict = check(pack, channel="email", subject=subject, body=body)
        assert "subject" not in verdict.fired_rule_ids, (subject, verdict.violations)


def test_a_hyphenated_free_thing_is_kept_by_its_words(check) -> None:
    pack = build_pack([SUBJECT])
    body = "Book a free grinder tune-up: our free grinder tune-ups run Saturday 10-2."
    verdict = check(pack, channel="email", subject="Free tune-up for your grinder", body=body)
    assert "subject" not in verdict.fired_rule_ids, verdict.violations


def test_a_body_stating_a_products_own_figure_speaks_of_it(check) -> None:
    pack = _pack_with_products()
    body = "Grind, bloom, pour: coffee in 3 steps, every morning."
    verdict = check(pack, channel="email", subject="How Brew in 3 works", body=body)
    assert "subject" not in verdict.fired_rule_ids, verdict.violations
    other = check(pack, channel="email", subject="Roast Club explained", body=body)
    assert "subject" in other.fired_rule_ids


def test_a_booked_appointment_needs_a_body_that_confirms_it(check) -> None:
    pack = build_pack([SUBJECT])
    invite = "Free, no-obligation tasting session: https://northwind.coffee/tasting"
    verdict = check(pack, channel="email", subject="Your tasting session is confirmed", body=invite)
    assert "subject" in verdict.fired_rule_ids
    booked = "Your tasting is booked for Saturday at 10 a.m. at our Bangor café."
    verdict = check(pack, channel="email", subject="Your tasting session is confirmed", body=booked)
    assert "subject" not in verdict.fired_rule_ids, verdict.violations


def test_every_one_of_a_kind_is_not_kept_by_the_first_only(check) -> None:
    pack = build_pack([SUBJECT], offers=[_offer()])
    body = "$0 shipping on your first bag with code FIRSTBAG. New customers only."
    verdict = check(
        pack, channel="push", subject="$0 shipping on every bag", body=body, offer_id="first-bag"
    )
    assert "subject" in verdict.fired_rule_ids
    fair = check(
        pack, channel="push", subject="$0 shipping on your bag", body=body, offer_id="first-bag"
    )
    assert "subject" not in fair.fired_rule_ids, fair.violations
    one_each = check(
        pack,
        channel="email",
        subject="A free scoop with every bag",
        body="A free scoop with bags of 1 kg. One per order.",
    )
    assert not any("every" in v.message for v in one_each.violations), one_each.violations


def test_a_bundle_subject_names_only_what_the_bundle_holds(check) -> None:
    pack = build_pack([SUBJECT])
    body = "Roast Club: a 250 g bag every month, shipping included, $12/month."
    verdict = check(pack, channel="email", subject="Coffee + mug included", body=body)
    assert "subject" in verdict.fired_rule_ids
    fair = check(pack, channel="email", subject="Bag + shipping included", body=body)
    assert "subject" not in fair.fired_rule_ids, fair.violations
    single = check(pack, channel="email", subject="Help is included", body=body)
    assert "subject" not in single.fired_rule_ids, single.violations


def test_a_venue_of_the_bodys_event_is_not_a_promised_product(check) -> None:
    pack = _pack_with_products()
    body = "Every Friday from 5 to 6 pm: latte tasting with our roasters."
    verdict = check(pack, channel="email", subject="Latte tasting at The Harbour Bar", body=body)
    assert "subject" not in verdict.fired_rule_ids, verdict.violations
    other = check(pack, channel="email", subject="Espresso night at The Harbour Bar", body=body)
    assert "subject" in other.fired_rule_ids


def test_compounds_awards_and_thousands_promise_nothing_unkept(check) -> None:
    pack = build_pack([SUBJECT])
    cases = {
        "Worry-free mornings": "Our grinder cleans itself after every brew.",
        "Brew with an award winner": "Our house blend took gold at the 2026 roasters' fair.",
        "Roasters under $460K": "Our shop roaster sells at $459,000 with install.",
        "Dark roast deal": "Take 10% off our dark roast this month.",
    }
    for subject, body in cases.items():
        verdict = check(pack, channel="email", subject=subject, body=body)
        assert "subject" not in verdict.fired_rule_ids, (subject, verdict.violations)
    verdict = check(
        pack, channel="email", subject="Roasters under $400K", body=cases["Roasters under $460K"]
    )
    assert "subject" in verdict.fired_rule_ids


def test_the_head_of_a_free_noun_phrase_and_an_offered_amount_are_kept(check) -> None:
    upgrade = {
        "id": "free-upgrade",
        "name": "Free grinder upgrade",
        "terms": "Get a free upgrade from the hand grinder to the burr grinder with any kit.",
        "discount_type": "free_gift",
        "channels": ["email"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-11-30",
    }
    amount = {
        "id": "noel-10",
        "name": "10 € de réduction",
        "terms": "10 € de réduction dès 50 € d'achat avec le code NOEL10.",
        "discount_type": "amount",
        "discount_amount": 10,
        "currency": "EUR",
        "code": "NOEL10",
        "channels": ["email"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-11-30",
    }
    pack = build_pack([SUBJECT], offers=[upgrade, amount])
    body = "Buy any brewing kit and get a free upgrade from the hand grinder to the burr grinder."
    verdict = check(
        pack, channel="email", subject="A free burr upgrade", body=body, offer_id="free-upgrade"
    )
    assert "subject" not in verdict.fired_rule_ids, verdict.violations
    body = "10 € de réduction dès 50 € d'achat avec le code NOEL10."
    verdict = check(pack, channel="email", subject="10 € offerts", body=body, offer_id="noel-10")
    assert "subject" not in verdict.fired_rule_ids, verdict.violations


def test_a_product_variant_named_in_the_body_keeps_the_subject(check) -> None:
    pack = _pack_with_products()
    body = "Roast Club Gift Edition: three months of beans, $36."
    verdict = check(pack, channel="email", subject="Roast Club for $36", body=body)
    assert "subject" not in verdict.fired_rule_ids, verdict.violations


def test_a_whole_country_is_not_kept_by_some_regions(check) -> None:
    pack = build_pack([SUBJECT])
    body = "Free shipping on beans for the states of Maine and Vermont only."
    subject = "Free shipping throughout America"
    verdict = check(pack, channel="email", subject=subject, body=body)
    assert "subject" in verdict.fired_rule_ids
    verdict = check(pack, channel="email", subject="Free shipping nationwide", body=body)
    assert "subject" in verdict.fired_rule_ids
    fair = "Free shipping on beans nationwide, to every state."
    verdict = check(pack, channel="email", subject="Free shipping nationwide", body=fair)
    assert "subject" not in verdict.fired_rule_ids, verdict.violations


def test_every_order_is_not_kept_by_orders_above_a_minimum(check) -> None:
    pack = build_pack([SUBJECT])
    body = "A free scoop with orders of $40 or more, while supplies last."
    verdict = check(pack, channel="email", subject="A free scoop with every order", body=body)
    assert "subject" in verdict.fired_rule_ids
    stated = check(
        pack, channel="email", subject="A free scoop with every order over $40", body=body
    )
    assert "subject" not in stated.fired_rule_ids, stated.violations


def test_a_deal_is_not_kept_by_a_bare_list_price(check) -> None:
    pack = build_pack([SUBJECT])
    verdict = check(pack, channel="email", subject="Weekend deal", body="Lattes are $4.")
    assert "subject" in verdict.fired_rule_ids


def test_a_promise_word_the_brands_standing_statements_define_is_a_feature(check) -> None:
    pack = parse_pack(
        {
            "brand": BRAND,
            "rules": [SUBJECT],
            "standing_statements": [
                {"id": "refills", "text": "Unlimited refills means one refill per visit."}
            ],
        },
        source="test",
    )
    body = "Join the Roast Club: $12 a month at any café."
    verdict = check(pack, channel="email", subject="Unlimited refills, $12 a month", body=body)
    assert "subject" not in verdict.fired_rule_ids, verdict.violations
    plain_pack = build_pack([SUBJECT])
    verdict = check(plain_pack, channel="email", subject="Unlimited refills", body=body)
    assert "subject" in verdict.fired_rule_ids
