"""Sixth-blind-set causes in offers (issue 17), on an invented brand.

The brand is Northwind Coffee, built in code (``compliance_helpers``), with a small catalogue
and standing statements where a test needs them; never the sample brand, never an eval brand.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import BRAND, build_pack, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.restated_terms import restates

OFFERS = rule("offers", "offer_terms", {})


def _catalogue_pack(
    rules: list[dict[str, Any]],
    products: list[dict[str, Any]] | None = None,
    statements: list[dict[str, Any]] | None = None,
    offers: list[dict[str, Any]] | None = None,
) -> BrandPack:
    """A Northwind Coffee pack with a catalogue and standing statements."""
    return parse_pack(
        {
            "brand": BRAND,
            "rules": rules,
            "products": products or [],
            "standing_statements": statements or [],
            "offers": offers or [],
        },
        source="test",
    )


_TASTING = {
    "id": "tasting",
    "name": "Members' tasting flight, double stamps",
    "terms": "Roast Club members only. Double stamps on tasting flights, 1-30 November 2026.",
    "discount_type": "points",
    "discount_amount": 2,
    "disclosure": "Roast Club members only. Double stamps on tasting flights, 1-30 November 2026.",
    "required_flags": ["roast_club"],
    "channels": ["email"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-11-30",
}
_TASTING_BODY = (
    "Double points on tasting flights this month. Roast Club members only. Double stamps on "
    "tasting flights, 1-30 November 2026."
)


def test_a_flag_list_given_empty_says_the_recipient_is_no_member(check) -> None:
    pack = build_pack([OFFERS], offers=[_TASTING])
    for recipient, blocked in (
        ({"flags": []}, True),
        ({"flags": ["roast_club"]}, False),
        ({"age": 40}, False),  # flags not told: nothing known
        (None, False),
    ):
        verdict = check(
            pack, channel="email", body=_TASTING_BODY, offer_id="tasting", recipient=recipient
        )
        assert ("offers" in verdict.fired_rule_ids) is blocked, (recipient, verdict.violations)


_FINANCE_LINE = (
    "Financing through Harbor Credit, subject to credit approval. Rates 0%-24.99% APR; 0% APR "
    "on 6-month plans for qualified buyers. Example: $600 over 6 months at 0% APR = $100/mo."
)
_MACHINE = {
    "id": "machine",
    "name": "Harbor Espresso Machine",
    "list_price": 600,
    "currency": "USD",
    "category": "machine",
}


def test_a_financing_term_the_carried_standing_line_states_is_no_promotion(check) -> None:
    pack = _catalogue_pack(
        [OFFERS], products=[_MACHINE], statements=[{"id": "finance", "text": _FINANCE_LINE}]
    )
    verdict = check(
        pack,
        channel="email",
        subject="Harbor Espresso Machine from $100/mo at 0% APR",
        body=f"Brew at home for $100/mo at 0% APR.\n\n{_FINANCE_LINE}",
    )
    assert "offers" not in verdict.fired_rule_ids, verdict.violations
    for subject in (
        "0% APR this weekend only",  # made temporary
        "0% APR on 24-month plans",  # a figure the line does not state
    ):
        verdict = check(
            pack, channel="email", subject=subject, body=f"Brew at home.\n\n{_FINANCE_LINE}"
        )
        assert "offers" in verdict.fired_rule_ids, subject
    without = check(pack, channel="email", subject="0% APR on the machine", body="Brew at home.")
    assert "offers" in without.fired_rule_ids


_DELIVERY_RULE = rule(
    "free-delivery",
    "disclosure",
    {
        "trigger_phrases": ["free delivery", "delivered free"],
        "required_any": ["on orders over $40"],
        "within_chars": 80,
    },
)


def test_a_free_said_with_the_condition_its_disclosure_rule_mandates_is_standing_policy(
    check,
) -> None:
    pack = _catalogue_pack([OFFERS, _DELIVERY_RULE], products=[_MACHINE])
    body = "Every bag of beans is delivered free on orders over $40 in New England."
    verdict = check(pack, channel="email", body=body)
    assert "offers" not in verdict.fired_rule_ids, verdict.violations
    for promo in (
        "Beans are delivered free on orders over $40 this weekend.",  # temporary
        "Beans are delivered free on orders over $40, plus 2 bags for the price of 1.",
        "Free delivery on all beans.",  # without the mandated condition
    ):
        verdict = check(pack, channel="email", body=promo)
        assert "offers" in verdict.fired_rule_ids, promo


def test_the_mandated_condition_of_an_offer_makes_no_standing_policy(check) -> None:
    offer = {
        "id": "delivery",
        "name": "Free delivery on orders over $40",
        "terms": "Free delivery on orders over $40, November 2026.",
        "discount_type": "free_shipping",
        "channels": ["email"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-11-30",
    }
    pack = _catalogue_pack([OFFERS, _DELIVERY_RULE], products=[_MACHINE], offers=[offer])
    verdict = check(pack, channel="email", body="Beans are delivered free on orders over $40.")
    assert "offers" in verdict.fired_rule_ids


_CLUB = {
    "id": "club",
    "name": "Roast Club membership",
    "aliases": ["Roast Club"],
    "list_price": 9,
    "currency": "USD",
    "category": "membership",
}


def test_a_discount_a_product_at_its_list_price_includes_is_its_feature(check) -> None:
    pack = _catalogue_pack([OFFERS], products=[_MACHINE, _CLUB])
    for body in (
        "Roast Club is $9/month and includes a bag of beans plus 10% off every café order.",
        "Join Roast Club for $9/month: fresh beans and 10% off café drinks.",
    ):
        verdict = check(pack, channel="email", body=body)
        assert "offers" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "Roast Club is $9/month, and save 10% on café drinks.",  # offered by a verb
        "Roast Club is $9/month plus 10% off the Harbor Espresso Machine.",  # a cross-sell
        "Roast Club is $9/month and includes 10% off café drinks this week.",  # temporary
        "Roast Club is $7/month and includes 10% off café drinks.",  # not its list price
        "Roast Club includes 10% off café drinks.",  # no price stated
    ):
        verdict = check(pack, channel="email", body=body)
        assert "offers" in verdict.fired_rule_ids, body


_REFILL = {
    "id": "refill",
    "name": "20¢ per cup off refills with code REFILL20",
    "terms": "20¢/cup off refills with code REFILL20, November 2026.",
    "discount_type": "amount",
    "discount_amount": 0.20,
    "currency": "USD",
    "code": "REFILL20",
    "disclosure": "20¢/cup off refills with code REFILL20, November 2026.",
    "channels": ["email"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-11-30",
}


def test_an_amount_off_in_cents_must_be_the_offers_amount(check) -> None:
    pack = build_pack([OFFERS], offers=[_REFILL])
    conditions = "20¢/cup off refills with code REFILL20, November 2026."
    ok = check(
        pack,
        channel="email",
        subject="20 cents a cup off refills",
        body=f"Take 20¢ per cup off every refill with code REFILL20.\n\n{conditions}",
        offer_id="refill",
    )
    assert "offers" not in ok.fired_rule_ids, ok.violations
    bad = check(
        pack,
        channel="email",
        body=f"Take 25¢ per cup off every refill with code REFILL20.\n\n{conditions}",
        offer_id="refill",
    )
    assert "offers" in bad.fired_rule_ids
    without = check(pack, channel="email", body="Take 20¢ per cup off every refill.")
    assert "offers" in without.fired_rule_ids


_CLEARANCE = {
    "id": "clearance",
    "name": "Clearance: up to 30% off selected grinders",
    "terms": "Clearance: up to 30% off selected grinders, November 2026. Selected lines only.",
    "discount_type": "percent",
    "discount_amount": 30,
    "disclosure": "Selected lines only.",
    "channels": ["email"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-11-30",
}


def test_an_up_to_offer_must_be_said_up_to(check) -> None:
    pack = build_pack([OFFERS], offers=[_CLEARANCE])
    for subject in ("Up to 30% off selected grinders", "Save up to 30% on grinders"):
        verdict = check(
            pack,
            channel="email",
            subject=subject,
            body="Clearance: up to 30% off selected grinders. Selected lines only.",
            offer_id="clearance",
        )
        assert "offers" not in verdict.fired_rule_ids, (subject, verdict.violations)
    verdict = check(
        pack,
        channel="email",
        subject="30% off every grinder",
        body="Clearance: up to 30% off selected grinders. Selected lines only.",
        offer_id="clearance",
    )
    assert "offers" in verdict.fired_rule_ids


def test_a_flat_offer_is_no_ceiling(check) -> None:
    flat = {**_CLEARANCE, "name": "30% off grinders", "terms": "30% off grinders, November 2026."}
    pack = build_pack([OFFERS], offers=[flat])
    verdict = check(
        pack,
        channel="email",
        body="30% off grinders this month. Selected lines only.",
        offer_id="clearance",
    )
    assert "offers" not in verdict.fired_rule_ids, verdict.violations


SUBJECT = rule("subject", "subject_honesty", {})


def test_a_flat_subject_discount_the_message_gives_only_up_to_overstates_it(check) -> None:
    pack = build_pack([SUBJECT], offers=[_CLEARANCE])
    body = "Clearance: up to 30% off selected grinders. Selected lines only."
    bad = check(
        pack, channel="email", subject="30% off all grinders", body=body, offer_id="clearance"
    )
    assert "subject" in bad.fired_rule_ids
    for subject in ("Up to 30% off grinders", "Grinder clearance"):
        ok = check(pack, channel="email", subject=subject, body=body, offer_id="clearance")
        assert "subject" not in ok.fired_rule_ids, (subject, ok.violations)
    flat_body = "30% off every grinder this week. Up to 30% off selected grinders."
    ok = check(pack, channel="email", subject="30% off all grinders", body=flat_body)
    assert "subject" not in ok.fired_rule_ids, ok.violations


def test_a_subject_announcing_a_personal_document_needs_a_body_about_it(check) -> None:
    pack = build_pack([SUBJECT])
    body = "Our winter blend is back in the café. See you soon: https://northwind.coffee"
    for subject in ("Your tasting report is ready", "Your new loyalty card is enclosed"):
        verdict = check(pack, channel="email", subject=subject, body=body)
        assert "subject" in verdict.fired_rule_ids, subject
    ok = check(
        pack,
        channel="email",
        subject="Your tasting report is ready",
        body="Your tasting report from Saturday's cupping is ready: https://northwind.coffee/r",
    )
    assert "subject" not in ok.fired_rule_ids, ok.violations


_ACCESS = rule(
    "event-access",
    "disclosure",
    {
        "trigger_phrases": ["workshop", "event", "Harbor Brew Fest"],
        "required_any": ["Step-free access; call 207-555-0100 for seating help."],
    },
)
_CUPPING = {
    "id": "cupping",
    "name": "Home espresso workshop, November 20",
    "terms": "Home espresso workshop at the Bangor café, November 20, 2026, 6 p.m.",
    "discount_type": "none",
    "channels": ["email"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-11-20",
}
_FEST = {**_CUPPING, "id": "fest", "name": "Harbor Brew Fest tasting, November 20"}


def test_event_as_a_connective_invites_to_nothing(check) -> None:
    pack = build_pack([_ACCESS])
    for body in (
        "In the event you move, tell us and we'll ship your beans to the new address.",
        "In any event, your subscription carries over.",
    ):
        verdict = check(pack, channel="email", body=body)
        assert "event-access" not in verdict.fired_rule_ids, (body, verdict.violations)
    invite = check(pack, channel="email", body="Join our tasting event on Friday.")
    assert "event-access" in invite.fired_rule_ids


def test_an_offer_named_by_a_trigger_word_needs_the_disclosure(check) -> None:
    pack = build_pack([_ACCESS], offers=[_CUPPING, _FEST])
    body = "Join us on November 20 at the Bangor café and pull your first shot."
    verdict = check(pack, channel="email", body=body, offer_id="cupping")
    assert "event-access" in verdict.fired_rule_ids
    ok = check(
        pack,
        channel="email",
        body=f"{body} Step-free access; call 207-555-0100 for seating help.",
        offer_id="cupping",
    )
    assert "event-access" not in ok.fired_rule_ids, ok.violations
    named = check(pack, channel="email", body=body, offer_id="fest")  # a name, not a kind
    assert "event-access" not in named.fired_rule_ids, named.violations


def test_an_offer_without_a_discount_must_carry_its_conditions(check) -> None:
    window = {
        "id": "swap",
        "name": "Grinder swap window",
        "terms": "Grinder swap window: November 1-30, 2026. For Roast Club members; one swap.",
        "discount_type": "none",
        "disclosure": "Grinder swap window: November 1-30, 2026. For Roast Club members; one swap.",
        "channels": ["email"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-11-30",
    }
    pack = build_pack([OFFERS], offers=[window])
    bare = "Not happy with your grinder? You can swap it once before November 30."
    verdict = check(pack, channel="email", body=bare, offer_id="swap")
    assert "offers" in verdict.fired_rule_ids
    full = f"{bare}\n\nGrinder swap window: November 1-30, 2026. For Roast Club members; one swap."
    verdict = check(pack, channel="email", body=full, offer_id="swap")
    assert "offers" not in verdict.fired_rule_ids, verdict.violations


_PER_CUP = rule(
    "per-cup",
    "disclosure",
    {
        "trigger_products": ["card"],
        "trigger_prices": ["any"],
        "prices_of_products": True,
        "required_any": ["$4 per cup", "$3.50 per cup"],
    },
)
_CARD = {
    "id": "card",
    "name": "Ten-Cup Card",
    "list_price": 40,
    "currency": "USD",
    "category": "card",
}


def test_a_mandated_rate_its_sentence_contradicts_is_no_disclosure(check) -> None:
    pack = _catalogue_pack([_PER_CUP], products=[_CARD])
    ok = check(pack, channel="email", body="10 cups on one Ten-Cup Card: $40, just $4 per cup.")
    assert "per-cup" not in ok.fired_rule_ids, ok.violations
    bad = check(pack, channel="email", body="10 cups on one Ten-Cup Card: $40, just $3.50 per cup.")
    assert "per-cup" in bad.fired_rule_ids


_BASIC = {"id": "basic", "name": "Basic Bean Card", "list_price": 0, "currency": "USD"}
_GOLD = {"id": "gold", "name": "Gold Bean Card", "list_price": 5, "currency": "USD"}


def test_a_feature_said_of_a_product_that_lacks_it_is_a_violation(check) -> None:
    cashback = rule(
        "cashback",
        "disclosure",
        {
            "trigger_phrases": ["cashback"],
            "required_any": ["Gold Bean Card cashback: 5% on beans, paid monthly."],
            "feature_of_products": ["gold"],
        },
    )
    pack = _catalogue_pack([cashback], products=[_BASIC, _GOLD])
    line = "Gold Bean Card cashback: 5% on beans, paid monthly."
    for body in (
        f"The Gold Bean Card earns cashback on every bag. {line}",
        f"Earn cashback on every bag. {line}",
        f"Compare the Basic Bean Card and the Gold Bean Card: cashback on Gold. {line}",
    ):
        verdict = check(pack, channel="email", body=body)
        assert "cashback" not in verdict.fired_rule_ids, (body, verdict.violations)
    bad = check(pack, channel="email", body=f"Even the Basic Bean Card earns cashback. {line}")
    assert "cashback" in bad.fired_rule_ids


def test_prices_as_facts_still_read_a_sale_price_as_a_promotion(check) -> None:
    facts = rule("offers", "offer_terms", {"prices_are_facts": True})
    pack = _catalogue_pack([facts], products=[_MACHINE, _CLUB])
    for body in (
        "The Harbor Espresso Machine is $600.",
        "Roast Club is $9 a month.",
        "Roast Club: 4 bags a month, $9, compare at $5 per bag elsewhere.",
    ):
        verdict = check(pack, channel="email", body=body)
        assert "offers" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "Harbor Espresso Machine, was $700, now $600.",
        "The Harbor Espresso Machine is now just $499.",
        "The Harbor Espresso Machine for $499 this weekend.",
    ):
        verdict = check(pack, channel="email", body=body)
        assert "offers" in verdict.fired_rule_ids, body


def test_one_figure_does_not_carry_a_condition_the_copy_drops() -> None:
    wording = "One 45-minute tasting per new member; no card needed."
    assert not restates(
        wording, "Book a free 45-minute tasting and meet a roaster. Ask about a member account."
    )
    assert restates(wording, "New members get one 45-minute tasting, and no card is needed.")
    dates = "Valid December 1-24, 2026 on beans over $40. Not combinable with other offers."
    assert restates(
        dates,
        "This offer runs December 1 through 24, 2026 on bean orders over $40 and can't be "
        "combined with other offers.",
    )
