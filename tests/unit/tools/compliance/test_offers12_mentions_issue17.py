"""Promotional wording found on the twelfth development set (issue 17, helper offers12).

The brands are built in code (``compliance_helpers``); never an eval brand.
"""

from __future__ import annotations

import pytest
from compliance_helpers import BRAND

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_OFFERS = {
    "id": "offers",
    "kind": "offer_terms",
    "description": "Promotions exactly as approved.",
    "rationale": "tests",
    "source": "test suite",
    "params": {},
}


@pytest.mark.parametrize(
    ("subject", "body", "fires"),
    [
        ("Cupping night: tickets on sale", "Tickets $12 at the roastery. See you there.", False),
        ("New on sale", "Latte art class, March 3. E-tickets in the app.", False),
        ("Grinders on sale", "Our burr grinders are on sale this week.", True),
        ("Tickets on sale", "Cupping night tickets: 20% off this week.", True),
    ],
)
def test_tickets_on_sale_announce_open_sales_not_a_price_cut(
    check, subject: str, body: str, fires: bool
) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS]}, source="test")
    verdict = check(pack, channel="email", subject=subject, body=body)
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


@pytest.mark.parametrize(
    "body",
    [
        "Sichern Sie sich einen 5 € Gutschein für Ihre nächste Bestellung.",
        "Für jede Bestellung gibt es 50 Bonuspunkte.",
        "Refer a friend: a 10 € voucher for you both.",
    ],
)
def test_a_voucher_of_a_value_and_german_bonus_points_are_promotions(check, body: str) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS]}, source="test")
    verdict = check(pack, channel="email", subject="Hallo", body=body)
    assert "offers" in verdict.fired_rule_ids, body


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Finish the barista course: some employers offer a training discount for it.", False),
        ("Your bank may give you 5% off when you pay by card.", False),
        ("Some banks charge card fees, but we offer a 5% discount this week.", True),
        ("We offer a discount on the barista course.", True),
    ],
)
def test_a_discount_a_third_party_grants_is_no_promotion(check, body: str, fires: bool) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS]}, source="test")
    verdict = check(pack, channel="email", subject="Barista course", body=body)
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("In December we cover your delivery fees on every order.", True),
        ("Im Dezember übernehmen wir Ihre Versandkosten.", True),
        ("We cover your delivery fees on every order.", False),  # how it is priced, no time
    ],
)
def test_the_brand_paying_the_customers_fee_for_a_time_is_a_promotion(
    check, body: str, fires: bool
) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS]}, source="test")
    verdict = check(pack, channel="email", subject="Orders", body=body)
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("This weekend, every grinder without VAT.", True),
        ("Este fin de semana, molinillos a precios sin IVA.", True),
        ("Trade accounts see prices without VAT at checkout.", False),  # a price basis, no time
    ],
)
def test_sales_tax_taken_off_for_a_time_is_a_promotion(check, body: str, fires: bool) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS]}, source="test")
    verdict = check(pack, channel="email", subject="Grinders", body=body)
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


def _club_pack(keywords: list[str]) -> BrandPack:
    claim = {
        "id": "club-delivery",
        "text": "Roast Club members pay a $0 delivery fee on orders over $15.",
        "category": "price",
        "substantiation": "Club terms",
        "channels": ["email"],
        "keywords": keywords,
    }
    return parse_pack({"brand": BRAND, "rules": [_OFFERS], "claims": [claim]}, source="test")


@pytest.mark.parametrize(("keywords", "fires"), [(["free delivery"], False), ([], True)])
def test_a_subject_in_an_approved_claims_keywords_echoes_the_claim(
    check, keywords: list[str], fires: bool
) -> None:
    body = "Roast Club members pay a $0 delivery fee on orders over $15."
    verdict = check(
        _club_pack(keywords), channel="email", subject="Free delivery with Roast Club", body=body
    )
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations
