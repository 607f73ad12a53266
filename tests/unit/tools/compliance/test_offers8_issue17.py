"""Offer and price causes found on the eighth development set (issue 17, helper offers8).

The brands are built in code (``compliance_helpers``); never an eval brand.
"""

from __future__ import annotations

from compliance_helpers import BRAND, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.prize_values import prize_value
from nextbest.tools.compliance.terms_ages import terms_ages

_OFFERS = rule("offers", "offer_terms", {})
_DRAW_TERMS = (
    "No purchase necessary. Open to legal residents of Canada, 18 or older (19 in BC and NB). "
    "Ends December 31, 2026. Rules: example.com/rules"
)
_DRAW = {
    "id": "harbor-draw",
    "name": "Harbor Canoe Draw",
    "terms": _DRAW_TERMS,
    "discount_type": "none",
    "channels": ["email"],
    "products": ["canoe-prize"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-12-31",
}
_PRODUCTS = [
    {"id": "canoe-prize", "name": "Cedar Canoe", "list_price": 4200, "currency": "CAD"},
    {"id": "beans", "name": "Harbor Beans", "list_price": 14, "currency": "CAD"},
]


def _value(text: str, amount: str) -> bool:
    start = text.index(amount)
    sentence_start = text.rfind(".", 0, start) + 1
    sentence_end = text.find(".", start)
    return prize_value(text, (sentence_start, sentence_end + 1), start)


def test_an_amount_describing_a_prize_is_its_value_not_a_price() -> None:
    assert _value("Grand prize: a cedar canoe plus a $1,000 cheque (ARV $4,200).", "$1,000")
    assert _value("Ten runner-up prizes of a $50 gift card each.", "$50")
    assert _value("Win big in our giveaway: a $300 camping kit.", "$300")
    assert not _value("Grand prize draw entries with every $20 purchase.", "$20")
    assert not _value("Giveaway week: beans now only $9.", "$9")
    assert not _value("Harbor Beans are $9 this week.", "$9")


def test_a_prize_value_below_the_prize_list_price_is_no_false_sale_price(check) -> None:
    pack = parse_pack(
        {"brand": BRAND, "rules": [_OFFERS], "offers": [_DRAW], "products": _PRODUCTS},
        source="test",
    )
    for body, fires in (
        ("Grand Prize: a Cedar Canoe plus a $1,000 cheque (ARV $4,200). " + _DRAW_TERMS, False),
        ("Grand Prize: a Cedar Canoe, now only $1,000. " + _DRAW_TERMS, True),
    ):
        verdict = check(pack, channel="email", body=body, offer_id="harbor-draw")
        assert ("offers" in verdict.fired_rule_ids) is fires, (body, verdict.violations)


def test_terms_state_a_minimum_age_and_higher_regional_ones() -> None:
    ages = terms_ages(_DRAW_TERMS)
    assert (ages.minimum, ages.by_region) == (18, {"BC": 19, "NB": 19})
    assert ages.for_region("CA-BC") == 19
    assert ages.for_region("ON") == 18
    assert ages.for_region(None) == 18
    short = terms_ages("Canada residents 18+ (19+ BC/NB, 21+ PE).")
    assert short.by_region == {"BC": 19, "NB": 19, "PE": 21}
    assert terms_ages("Open to 18+ US residents.").by_region == {}
    assert terms_ages("Save $5 on orders of 20 or more.").minimum is None


def test_a_recipient_under_the_regional_age_of_the_terms_is_not_eligible(check) -> None:
    audience = rule(
        "draw-audience",
        "audience",
        {"min_age": 18, "block_unknown_age": False, "offers": ["harbor-draw"]},
    )
    pack = parse_pack(
        {
            "brand": BRAND,
            "rules": [_OFFERS, audience],
            "offers": [_DRAW],
            "products": _PRODUCTS,
        },
        source="test",
    )
    body = "Enter the Harbor Canoe Draw. " + _DRAW_TERMS
    for recipient, fired in (
        ({"age": 18, "region": "BC"}, {"offers"}),  # 19 in BC by the terms
        ({"age": 18, "region": "ON"}, set()),
        ({"age": 19, "region": "BC"}, set()),
        ({"age": 16, "region": "ON"}, {"draw-audience"}),  # judged once, by the audience rule
        ({"region": "BC"}, set()),  # age unknown: not judged
    ):
        verdict = check(
            pack, channel="email", body=body, offer_id="harbor-draw", recipient=recipient
        )
        assert set(verdict.fired_rule_ids) == fired, (recipient, verdict.violations)


def test_a_free_thing_a_standing_statement_gives_outright_is_no_promotion(check) -> None:
    pack = parse_pack(
        {
            "brand": BRAND,
            "rules": [_OFFERS],
            "standing_statements": [
                {"id": "refills", "text": "Free drip refills at every Northwind cafe."},
                {"id": "delivery", "text": "Free delivery on orders of $30 or more."},
            ],
        },
        source="test",
    )
    for body, fires in (
        ("Bring your laptop and enjoy the free refills while you work.", False),
        ("Free refills this weekend only.", True),
        ("Get free refills when you buy a pastry.", True),
        ("Free delivery on everything you order.", True),  # the statement has a condition
        ("Enjoy a free muffin.", True),
    ):
        verdict = check(pack, channel="email", body=body)
        assert ("offers" in verdict.fired_rule_ids) is fires, (body, verdict.violations)


def _moved(text: str, amount: str) -> bool:
    from nextbest.tools.compliance.moved_amounts import moved_amount

    start = text.index(amount)
    return moved_amount(text, start, start + len(amount))


def test_money_sent_or_exchanged_is_no_price() -> None:
    assert _moved("Send $250 to Lisbon by bank deposit.", "$250")
    assert _moved("Transfer up to $5,000 a day.", "$5,000")
    assert _moved("Envía $250 a Lisboa.", "$250")
    assert _moved("$250 sent, $250 received.", "$250")
    assert _moved("Today 1 USD = 0.92 EUR.", "1 USD")
    assert not _moved("Transfers cost just $1.99.", "$1.99")
    assert not _moved("Receive $25 when you refer a friend.", "$25")
    assert not _moved("Pay $30 a month.", "$30")


def test_an_amount_sent_does_not_trigger_a_fee_disclosure(check) -> None:
    fee_line = "Fee shown for bank-funded transfers."
    fee_basis = rule(
        "fee-basis",
        "disclosure",
        {
            "trigger_products": ["wire-pt"],
            "trigger_prices": ["any"],
            "prices_of_products": True,
            "required_any": [fee_line],
        },
    )
    products = [{"id": "wire-pt", "name": "Wire to Portugal", "list_price": 3.5, "currency": "USD"}]
    pack = parse_pack(
        {"brand": BRAND, "rules": [_OFFERS, fee_basis], "products": products}, source="test"
    )
    for body, fired in (
        ("Send $250 by Wire to Portugal and they see it the same day.", set()),
        ("Wire to Portugal: today 1 USD = 0.92 EUR.", set()),
        ("Wire to Portugal for $3.50 a transfer.", {"fee-basis"}),
        ("Wire to Portugal for $3.50 a transfer. " + fee_line, set()),
    ):
        verdict = check(pack, channel="email", body=body)
        assert set(verdict.fired_rule_ids) == fired, (body, verdict.violations)


def test_a_share_taken_of_something_is_a_fee_not_a_cut(check) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS]}, source="test")
    for body, fires in (
        ("Our agents take 12% of the final price, less than most.", False),
        ("Take 12% off every bag of beans this week.", True),
        ("Take 12% on every bag of beans this week.", True),
    ):
        verdict = check(pack, channel="email", body=body)
        assert ("offers" in verdict.fired_rule_ids) is fires, (body, verdict.violations)


def test_a_general_line_does_not_restate_the_regional_wording_it_gives_way_to(check) -> None:
    general = "Prices are per cup, per visit; Maine cafes add $1 per cup."
    maine = "Maine price per cup, per visit: standard price plus $1."
    basis = rule(
        "price-basis",
        "disclosure",
        {
            "trigger_products": ["latte"],
            "trigger_prices": ["any"],
            "prices_of_products": True,
            "required_any": [general],
            "required_by_region": {"ME": [maine]},
        },
    )
    products = [{"id": "latte", "name": "Harbor Latte", "list_price": 4.5, "currency": "USD"}]
    pack = parse_pack({"brand": BRAND, "rules": [basis], "products": products}, source="test")
    for body, region, fires in (
        (f"Harbor Latte is $4.50. {general}", "US-ME", True),
        (f"Harbor Latte is $4.50. {maine}", "US-ME", False),
        (f"Harbor Latte is $4.50. {general}", "US-NH", False),
    ):
        verdict = check(pack, channel="email", body=body, recipient={"region": region})
        assert ("price-basis" in verdict.fired_rule_ids) is fires, (body, verdict.violations)


def test_a_fee_waived_for_a_limited_time_is_a_promotion(check) -> None:
    from nextbest.tools.compliance.fee_waivers import time_limited

    assert time_limited("No delivery fees this weekend on every order.")
    assert time_limited("Sin comisiones esta semana.")
    assert not time_limited("Cancel anytime: no calls, no fees.")
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS]}, source="test")
    for body, fires in (
        ("Order this weekend with no delivery fees on every bag.", True),
        ("Zero card fees until Sunday.", True),
        ("Cancel your subscription anytime: no calls, no fees.", False),
        ("Refundable within 30 days with no fee.", False),
    ):
        verdict = check(pack, channel="email", body=body)
        assert ("offers" in verdict.fired_rule_ids) is fires, (body, verdict.violations)


def test_a_number_word_is_a_figure_of_a_restated_wording(check) -> None:
    from nextbest.tools.compliance.restated_terms import restates

    wording = "Bottomless means one refill per cup per visit, every visit."
    assert restates(wording, "Bottomless: 1 refill per cup, per visit, every visit.")
    assert not restates(wording, "Bottomless means two refills per cup per visit, every visit.")
    limit = rule(
        "bottomless-limit",
        "disclosure",
        {
            "trigger_phrases": ["bottomless"],
            "required_any": ["Bottomless means one refill per cup per day."],
        },
    )
    pack = parse_pack({"brand": BRAND, "rules": [limit]}, source="test")
    for body, fires in (
        ("Bottomless coffee this week. One cup per member. Refill stations open all day.", True),
        ("Bottomless coffee this week. Bottomless means one refill per cup per day.", False),
    ):
        verdict = check(pack, channel="email", body=body)
        assert ("bottomless-limit" in verdict.fired_rule_ids) is fires, (body, verdict.violations)
