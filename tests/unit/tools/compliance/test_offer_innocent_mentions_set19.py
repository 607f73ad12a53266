"""Prices and "free" the offer rule read as promotions without an offer (issue 17, set 19).

The brand is Bramblegate Storage, a self-storage company invented for these tests: a Small
Unit lists at £34.99 for seven days, and the pack approves no offer. A reader's quoted question
the copy answers "the answer is no", or calls a question people ask, is the reader's; a
repayment said to have been paid into an account is money moved; a per-day share of the weekly
list price is that price; a service said to be free in what it is states how it is priced. The
same words stated as the brand's own promise, answered yes, tied to a deadline or worded as a
new lower price still block.
"""

from __future__ import annotations

from typing import Any

import pytest
from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.moved_amounts import moved_amount

_BRAND: dict[str, Any] = {
    "name": "Bramblegate Storage",
    "legal_name": "Bramblegate Storage Ltd",
    "postal_address": "4 Wharf Road, Lincoln LN1 1AB, United Kingdom",
    "sender_addresses": {"email": "hello@bramblegate.example"},
    "channels": ["email"],
    "locales": ["en-GB", "fr-BE"],
    "default_time_zone": "Europe/London",
    "website_domains": ["bramblegate.example"],
}


def _pack() -> Any:
    offers = rule("offers", "offer_terms", {"conditions_within_chars": 300})
    products = [
        {"id": "small-unit", "name": "Small Unit", "list_price": 34.99, "currency": "GBP"},
    ]
    return parse_pack({"brand": _BRAND, "rules": [offers], "products": products}, source="test")


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ('"Do I get a free padlock with every unit?" We hear it a lot, and the answer is no.',
         False),
        ('"Is the loading trolley free?" It is one of the questions we hear most. Trolleys are '
         "included in the price of every unit.", False),
        ('"Can I borrow a free van?" We get asked that a lot: vans are included with every '
         "unit.", False),
        # the brand's own promise, a question answered yes, or "no longer": still promotions
        ("Get a free padlock with every unit this month.", True),
        ('"Is the loading trolley free?" Yes, and so is a padlock this month.', True),
        ("Do I get a free padlock? The answer is no longer a secret.", True),
        ("Is the loading trolley free? It is one of the questions we hear most.", True),
    ],
)  # fmt: skip
def test_a_readers_question_about_free(check: Any, body: str, fires: bool) -> None:
    verdict = check(_pack(), channel="email", subject="Your questions", body=body)
    assert ("offers" in fired(verdict)) is fires, verdict.violations


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Small Unit from £34.99 for 7 days: that's about £5 a day.", False),
        ("Small Unit from £34.99 for 7 days: now just £4 a day.", True),
        ("Small Unit from £34.99 for 7 days: that's about £4 a day.", True),
    ],
)
def test_a_per_day_share_of_a_list_price(check: Any, body: str, fires: bool) -> None:
    verdict = check(_pack(), channel="email", subject="Store more", body=body)
    assert ("offers" in fired(verdict)) is fires, verdict.violations


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("The Bramblegate planner is a free tool: it tells you which unit fits your things.",
         False),
        ("Le planificateur Bramblegate est un service gratuit : il choisit votre box.", False),
        ("The Bramblegate planner is a free tool until Friday only.", True),
        ("Book a Small Unit today and get a free planner session.", True),
    ],
)  # fmt: skip
def test_a_service_free_in_what_it_is(check: Any, body: str, fires: bool) -> None:
    verdict = check(_pack(), channel="email", subject="Plan your move", body=body)
    assert ("offers" in fired(verdict)) is fires, verdict.violations


def test_money_paid_into_an_account_is_moved() -> None:
    for text, figure in (
        ("Your monthly payout of £4.12 (principal and interest) has been paid into your wallet.",
         "£4.12"),
        ("Votre remboursement de 3,80 € (capital et intérêts) a été versé sur votre compte.",
         "3,80 €"),
        ("Ihre Rückzahlung von 5,10 € wurde überwiesen.", "5,10 €"),
    ):  # fmt: skip
        start = text.index(figure)
        assert moved_amount(text, start, start + len(figure)), text
    for text, figure in (
        ("Small Units are now £4.12 a week.", "£4.12"),
        ("£4.12 has been taken off your first week.", "£4.12"),
    ):
        start = text.index(figure)
        assert not moved_amount(text, start, start + len(figure)), text


def test_a_repayment_paid_in_is_no_promotion(check: Any) -> None:
    paid = "Your monthly payout of £4.12 (principal and interest) has been paid into your wallet."
    verdict = check(_pack(), channel="email", subject="Payout received", body=paid)
    assert "offers" not in fired(verdict), verdict.violations
    sale = "Your Small Unit is now just £4.12 for the first week."
    verdict = check(_pack(), channel="email", subject="Store more", body=sale)
    assert "offers" in fired(verdict), verdict.violations
