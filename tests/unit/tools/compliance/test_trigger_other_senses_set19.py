"""Triggers read in another sense or of a thing the reader already holds (issue 17, set 19).

Brands invented for these tests: Larchmere Spa (an Irish spa selling gift vouchers) and
Créditoit (a French lender whose debt-collection messages carry no promotion). A voucher the
reader has been given ("Santa left a Larchmere voucher under the tree", "Got a Larchmere
voucher for Christmas?") is not one promoted for sale, and "recouvrement de sols" (covering a
floor) is no debt collection; the same words promoting a voucher, or speaking of collecting a
debt, still call for the rule.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack

_VALIDITY = "Larchmere vouchers are valid for five years from purchase."


def _spa() -> Any:
    brand = email_brand("Larchmere Spa", "en-IE", "Europe/Dublin")
    products = [{"id": "voucher", "name": "Larchmere voucher", "category": "voucher"}]
    line = rule(
        "voucher-validity",
        "disclosure",
        {
            "trigger_phrases": ["gift voucher", "voucher"],
            "trigger_products": ["voucher"],
            "required_any": [_VALIDITY],
        },
    )
    return parse_pack({"brand": brand, "products": products, "rules": [line]}, source="test")


def _spa_fires(check: Any, subject: str, body: str) -> bool:
    verdict = check(_spa(), channel="email", subject=subject, body=body)
    return "voucher-validity" in fired(verdict)


def test_a_voucher_the_reader_was_given_is_not_promoted(check: Any) -> None:
    body = (
        "If Santa left a Larchmere voucher under the tree, here's how to use it: quote its "
        "number when you book a treatment."
    )
    assert not _spa_fires(check, "Got a Larchmere voucher for Christmas?", body)


def test_a_voucher_offered_for_sale_still_needs_its_line(check: Any) -> None:
    body = "Give someone a Larchmere voucher this Christmas: buy one online in minutes."
    assert _spa_fires(check, "Christmas gifts", body)
    assert _spa_fires(check, "Get a Larchmere voucher for Christmas", "Buy yours online today.")


def _lender() -> Any:
    brand = email_brand("Créditoit", "fr-FR", "Europe/Paris")
    quiet = rule(
        "recouvrement-sans-promo",
        "disclosure",
        {"trigger_phrases": ["recouvrement"], "no_promotion": True},
    )
    offer = {
        "id": "bienvenue",
        "name": "Bonus de bienvenue",
        "terms": "Bonus de 20 € avec le code ACCUEIL20 pour un premier prêt.",
        "discount_type": "amount",
        "discount_amount": 20,
        "currency": "EUR",
        "code": "ACCUEIL20",
        "channels": ["email"],
    }
    return parse_pack({"brand": brand, "offers": [offer], "rules": [quiet]}, source="test")


def _lender_fires(check: Any, body: str) -> bool:
    verdict = check(_lender(), channel="email", subject="Nouveau projet", body=body)
    return "recouvrement-sans-promo" in fired(verdict)


def test_recouvrement_of_a_surface_is_no_debt_collection(check: Any) -> None:
    body = (
        "Un artisan spécialiste du recouvrement de sols cherche 80 000 €. "
        "Premier prêt ? Bonus de 20 € avec le code ACCUEIL20."
    )
    assert not _lender_fires(check, body)


def test_debt_collection_with_a_promotion_still_blocks(check: Any) -> None:
    body = (
        "Le projet est en procédure de recouvrement. "
        "Premier prêt ? Bonus de 20 € avec le code ACCUEIL20."
    )
    assert _lender_fires(check, body)
