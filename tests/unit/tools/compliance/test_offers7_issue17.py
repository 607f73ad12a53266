"""Offer and disclosure causes found on the seventh development set (issue 17, helper offers7).

The brands are built in code (``compliance_helpers``); never an eval brand.
"""

from __future__ import annotations

from compliance_helpers import BRAND, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.kinds.offer_mentions import entry_is_free

_OFFERS = rule("offers", "offer_terms", {})
_CONTEST = {
    "id": "summer-draw",
    "name": "Harbor Summer Prize Draw",
    "terms": "No purchase necessary. Open to residents 18+. Rules: example.com/rules",
    "discount_type": "none",
    "disclosure": "No purchase necessary. Open to residents 18+. Rules: example.com/rules",
    "channels": ["email"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-12-31",
}


def _free_at(text: str) -> bool:
    start = text.index("free")
    return entry_is_free(text, start, start + 4)


def test_free_said_of_entering_a_draw_is_no_gift() -> None:
    assert _free_at("enter free at https://example.com/draw")
    assert _free_at("enter the harbor summer prize draw free at example.com")
    assert _free_at("summer draw: enter free")
    assert _free_at("enter for free today.")
    assert not _free_at("enter code ship for free shipping")
    assert not _free_at("enter now and get a free tote")
    assert not _free_at("shop free at example.com")


def test_enter_free_does_not_claim_a_free_thing_of_a_no_discount_offer(check) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS], "offers": [_CONTEST]}, source="test")
    tail = " No purchase necessary. Open to residents 18+. Rules: example.com/rules"
    for body, fires in (
        ("Enter the Harbor Summer Prize Draw free at https://example.com/draw." + tail, False),
        ("Enter free at https://example.com/draw." + tail, False),
        ("Enter the draw and get a free mug." + tail, True),
    ):
        verdict = check(pack, channel="email", body=body, offer_id="summer-draw")
        free = [v for v in verdict.violations if "nothing is free" in v.message]
        assert bool(free) is fires, (body, verdict.violations)


def _at(text: str, price: str) -> tuple[str, int, int]:
    start = text.index(price)
    return text, start, start + len(price)


def test_spending_thresholds_in_several_languages_are_no_prices() -> None:
    from nextbest.tools.compliance.thresholds import is_threshold

    for text, price in (
        ("Free delivery on orders over $40.", "$40"),
        ("Versandfrei ab 40 € Bestellwert.", "40 €"),
        ("Mindestbestellwert 20 €.", "20 €"),
        ("Mindestbestellwert: 20 €.", "20 €"),
        ("Gratis Versand für Bestellungen ab 35 €.", "35 €"),
        ("Livraison offerte dès 45 € d'achat.", "45 €"),
        ("Envío gratis en pedidos superiores a 30 €.", "30 €"),
        ("Spedizione gratuita con una spesa minima di 25 €.", "25 €"),
    ):
        assert is_threshold(*_at(text, price)), text
    for text, price in (
        ("Die Bohnen gibt es ab 8,90 €.", "8,90 €"),
        ("Nur 12,50 € für 250 g.", "12,50 €"),
        ("Now $40, shipped free.", "$40"),
    ):
        assert not is_threshold(*_at(text, price)), text


_UNIT_PRICE = {
    "id": "unit-price",
    "kind": "disclosure",
    "description": "Every price with its price per kilogram.",
    "rationale": "tests",
    "source": "test suite",
    "params": {"trigger_prices": ["any"], "required_any": ["€/kg"], "within_chars": 40},
}
_BEANS = [
    {"id": "beans", "name": "Harbor Beans 500 g", "list_price": 12.9, "currency": "EUR"},
]


def test_a_threshold_in_german_copy_needs_no_unit_price(check) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_UNIT_PRICE], "products": _BEANS}, source="test")
    for body, fires in (
        ("Versandkostenfrei ab 40 € Bestellwert.", False),
        ("Harbor Beans 500 g. Mindestbestellwert 20 €.", False),
        ("Harbor Beans 500 g für 12,90 €.", True),
        ("Harbor Beans 500 g für 12,90 € (25,80 €/kg).", False),
    ):
        verdict = check(pack, channel="email", body=body)
        assert ("unit-price" in verdict.fired_rule_ids) is fires, (body, verdict.violations)


def test_a_price_ending_a_mandated_line_lies_inside_it(check) -> None:
    offer = {
        "id": "beans-sale",
        "name": "Harbor Beans 500 g für 10,90 €",
        "terms": "Harbor Beans 500 g für 10,90 € (21,80 €/kg). Niedrigster Preis der letzten "
        "30 Tage: 12,90 €.",
        "discount_type": "price",
        "discount_amount": 10.9,
        "currency": "EUR",
        "disclosure": "Aktion bis 31.12.2026. Niedrigster Preis der letzten 30 Tage: 12,90 €.",
        "channels": ["email"],
        "products": ["beans"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-12-31",
    }
    pack = parse_pack(
        {"brand": BRAND, "rules": [_UNIT_PRICE], "products": _BEANS, "offers": [offer]},
        source="test",
    )
    body = (
        "Harbor Beans 500 g für 10,90 € (21,80 €/kg).\n\nLies mehr über unsere Röstung, "
        "die Herkunft der Bohnen und die Bauern.\n"
        "Aktion bis 31.12.2026. Niedrigster Preis der letzten 30 Tage: 12,90 €."
    )
    verdict = check(pack, channel="email", body=body, offer_id="beans-sale")
    assert "unit-price" not in verdict.fired_rule_ids, verdict.violations
    verdict = check(pack, channel="email", body=body + " Jetzt nur 10,90 €.", offer_id="beans-sale")
    assert "unit-price" in verdict.fired_rule_ids


_PRIOR_PRICE = {
    "id": "prior-price",
    "kind": "disclosure",
    "description": "Reductions state the lowest price of the last 30 days.",
    "rationale": "tests",
    "source": "test suite",
    "params": {
        "trigger_phrases": ["statt", "vorher", "was"],
        "required_any": ["Niedrigster Preis der letzten 30 Tage:"],
    },
}


def test_a_comparison_word_without_a_figure_compares_no_prices(check) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_PRIOR_PRICE], "products": _BEANS}, source="test")
    for body, fires in (
        ("Statt Tee mal einen Espresso? Unser Rezept in der App.", False),
        ("Vorher mahlen, dann brühen.", False),
        ("That was quick: your beans are on their way.", False),
        ("Harbor Beans 500 g für 10,90 € statt 12,90 €.", True),
        ("Harbor Beans 500 g: vorher 12,90 €, jetzt 10,90 €.", True),
        ("Harbor Beans 500 g statt 12,90 € nur 10,90 €.", True),
    ):
        verdict = check(pack, channel="email", body=body)
        assert ("prior-price" in verdict.fired_rule_ids) is fires, (body, verdict.violations)


def test_a_unit_price_in_decimal_comma_notation_is_read_as_a_fact_figure(check) -> None:
    beans = [
        {
            **_BEANS[0],
            "facts": [{"name": "unit price", "value": 25.80, "unit": "€/kg", "limit": "exact"}],
        }
    ]
    facts = rule("unit-price-value", "product_facts", {})
    pack = parse_pack({"brand": BRAND, "rules": [facts], "products": beans}, source="test")
    for body, fires in (
        ("Harbor Beans 500 g für 12,90 € (25,80 €/kg).", False),
        ("Harbor Beans 500 g für 12,90 € (21,00 €/kg).", True),
        ("Harbor Beans 500 g: 25.80 €/kg.", False),
    ):
        verdict = check(pack, channel="email", body=body)
        assert ("unit-price-value" in verdict.fired_rule_ids) is fires, (body, verdict.violations)


def test_amounts_off_and_benefit_limits_are_not_what_a_product_costs(check) -> None:
    from nextbest.tools.compliance.price_roles import not_a_product_price

    for text, price, other in (
        ("Get $25 off your first box.", "$25", True),
        ("Save $25 on the Harbor Plan.", "$25", True),
        ("20 € Rabatt auf alles.", "20 €", True),
        ("The Harbor Plan covers repairs up to $2,000 a year.", "$2,000", True),
        ("The Harbor Plan is $25 a month.", "$25", False),
        ("Prices up to $25 this week.", "$25", False),
    ):
        assert not_a_product_price(*_at(text, price)) is other, text
    fee = {
        "id": "visit-fee",
        "kind": "disclosure",
        "description": "A plan price carries the visit fee line.",
        "rationale": "tests",
        "source": "test suite",
        "params": {
            "trigger_products": ["plan"],
            "trigger_prices": ["any"],
            "prices_of_products": True,
            "required_any": ["A $60 visit fee applies."],
        },
    }
    plan = [{"id": "plan", "name": "Harbor Plan", "list_price": 25, "currency": "USD"}]
    pack = parse_pack({"brand": BRAND, "rules": [fee], "products": plan}, source="test")
    for body, fires in (
        ("The Harbor Plan covers repairs up to $2,000 a year.", False),
        ("Get $10 off the Harbor Plan.", False),
        ("The Harbor Plan is $25 a month.", True),
    ):
        verdict = check(pack, channel="email", body=body)
        assert ("visit-fee" in verdict.fired_rule_ids) is fires, (body, verdict.violations)


def test_an_amount_in_cents_in_a_subject_is_the_same_money_as_in_dollars(check) -> None:
    honest = rule("subject-honest", "subject_honesty", {})
    pack = parse_pack({"brand": BRAND, "rules": [honest]}, source="test")
    for subject, fires in (
        ("Last day for 75 cents off", False),
        ("Last day for 75¢ off", False),
        ("Last day for 90 cents off", True),
    ):
        verdict = check(
            pack, channel="email", subject=subject, body="Last day! $0.75 off a bag of chips."
        )
        assert ("subject-honest" in verdict.fired_rule_ids) is fires, (subject, verdict.violations)


def test_set_phrases_and_compounds_hold_no_trigger(check) -> None:
    from nextbest.tools.compliance.idioms import idiom_spans

    def inside(text: str, word: str) -> bool:
        start = text.index(word)
        return any(s <= start and start + len(word) <= e for s, e in idiom_spans(text))

    assert inside("trial and error is how we learn", "trial")
    assert inside("a snow-covered porch", "covered")
    assert inside("as the first gale sweeps in this week", "sweeps")
    assert not inside("start your free trial today", "trial")
    assert not inside("a fully-covered repair", "covered")
    assert not inside("our holiday sweeps in january", "sweeps")
    assert not inside("the sweeps ends friday", "sweeps")
    notice = {
        "id": "plan-limits",
        "kind": "disclosure",
        "description": "Coverage mentions carry the limits line.",
        "rationale": "tests",
        "source": "test suite",
        "params": {"trigger_phrases": ["covered", "trial"], "required_any": ["Limits apply."]},
    }
    pack = parse_pack({"brand": BRAND, "rules": [notice]}, source="test")
    for body, fires in (
        ("Snow-covered roof? Clear the gutters first.", False),
        ("Trial and error is part of learning.", False),
        ("Your boiler is covered.", True),
        ("Start a trial today.", True),
    ):
        verdict = check(pack, channel="email", body=body)
        assert ("plan-limits" in verdict.fired_rule_ids) is fires, (body, verdict.violations)
