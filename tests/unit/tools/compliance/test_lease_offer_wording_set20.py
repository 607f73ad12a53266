"""Offer wording of a UK leasing broker (issue 17, set 20).

Harrowgate Motor Leasing, a broker invented for these tests, calls its catalogue "deals" and
quotes each lease with its upfront "initial rental". Three readings of the ``offer_terms`` rule:

- A bare "deals" is the catalogue's noun ("browse our lease deals"), not a promotion that needs
  an approved offer; a qualified one ("huge deals", "deals of the week") still is.
- A "free" followed by "on" or "with" names the free thing before it ("the third month free on
  every van"): the words after it are no free thing the offer must give.
- An "initial rental" (or "advance rental") figure is the lease's down payment and must be the
  offer's ``down_payment``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 3, 10)
_TERMS = (
    "Personal contract hire. Initial rental £1,770 inc. VAT followed by 35 monthly rentals of "
    "£295 inc. VAT. 36-month agreement, 10,000 miles per annum. Subject to status."
)
_VAN_TERMS = "One month free for every 12 paid months on the same van lease, until 30 April 2027."


def _pack() -> BrandPack:
    brand = {
        "name": "Harrowgate Motor Leasing",
        "legal_name": "Harrowgate Motor Leasing Ltd",
        "postal_address": "12 Foundry Yard, Harrogate HG1 2AB, United Kingdom",
        "sender_addresses": {"email": "offers@harrowgate.example"},
        "channels": ["email"],
        "default_time_zone": "Europe/London",
        "website_domains": ["harrowgate.example"],
    }
    products = [
        {"id": "tourer", "name": "Larkspur Tourer", "list_price": 310, "currency": "GBP"},
        {"id": "vanline", "name": "Corvan Panel Van", "list_price": 340, "currency": "GBP"},
    ]
    offers = [
        {
            "id": "tourer-295",
            "name": "Larkspur Tourer for £295 per month inc. VAT",
            "terms": _TERMS,
            "disclosure": _TERMS,
            "discount_type": "price",
            "discount_amount": 295,
            "currency": "GBP",
            "monthly_payment": 295,
            "term_months": 36,
            "down_payment": 1770,
            "channels": ["email"],
            "products": ["tourer"],
            "valid_from": "2027-03-01",
            "valid_until": "2027-04-30",
        },
        {
            "id": "van-month",
            "name": "Vans: the 13th month free",
            "terms": _VAN_TERMS,
            "discount_type": "free_gift",
            "channels": ["email"],
            "products": ["vanline"],
            "valid_from": "2027-03-01",
            "valid_until": "2027-04-30",
        },
    ]
    rules = [rule("offers", "offer_terms", {"conditions_within_chars": 400})]
    return parse_pack(
        {"brand": brand, "products": products, "offers": offers, "rules": rules}, source="test"
    )


def _check(check: Any, body: str, **fields: Any) -> set[str]:
    return fired(
        check(_pack(), channel="email", subject="This month", body=body, as_of=_DAY, **fields)
    )


def test_a_bare_deals_is_the_catalogue_not_a_promotion(check: Any) -> None:
    assert "offers" not in _check(check, "Browse this month's lease deals at our website.")
    assert "offers" not in _check(check, "New car? See our van and tourer deals today.")


def test_qualified_deals_still_need_an_offer(check: Any) -> None:
    assert "offers" in _check(check, "Huge deals on every tourer this weekend.")
    assert "offers" in _check(check, "Our deals of the week are live now.")


def test_a_free_thing_before_on_or_with_is_the_offers(check: Any) -> None:
    body = f"Vans: the 13th month free on the Corvan Panel Van. {_VAN_TERMS}"
    assert "offers" not in _check(check, body, offer_id="van-month")
    body = f"Vans: the 13th month free with every Corvan Panel Van lease. {_VAN_TERMS}"
    assert "offers" not in _check(check, body, offer_id="van-month")


def test_an_initial_rental_other_than_the_offers_blocks(check: Any) -> None:
    wrong = f"Larkspur Tourer for £295 per month, with an initial rental of just £1,670. {_TERMS}"
    assert "offers" in _check(check, wrong, offer_id="tourer-295")
    before = f"Larkspur Tourer for £295 per month, £1,670 initial rental. {_TERMS}"
    assert "offers" in _check(check, before, offer_id="tourer-295")
    right = f"Larkspur Tourer for £295 per month, with an initial rental of £1,770. {_TERMS}"
    assert "offers" not in _check(check, right, offer_id="tourer-295")
