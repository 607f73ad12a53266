"""Plain prices the offer rule read as promotions (issue 17, set 18).

The brand is Granite Hollow, a climbing gym invented for these tests: a Day Pass lists at
$24, a Coaching Session at $40, and a package offer gives both for $50. A buyer class's own
price beside the full price ("Day Passes $24 (students $19)") is a tier of the price list, and
a package's "usually" price that is the sum of its products' list prices ($64) is their list
price, and a price "each" of things its clause names other than a product ("spare chalk balls
are $3 each") is theirs; a tier price sold as a deal, a lower price with no full price beside it,
a package reference that is no sum of list prices or a product's own price "each" still blocks.
A price one cent below a list price ("$2.49" of Locker Hire at $2.50) is below it, and a standing
statement repeated with another percentage states a reduction nobody approved.
"""

from __future__ import annotations

from typing import Any

import pytest
from compliance_helpers import BRAND, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.bundle_prices import bundle_list_price
from nextbest.tools.compliance.tier_prices import buyer_tier

_PRODUCTS: list[dict[str, Any]] = [
    {"id": "day-pass", "name": "Day Pass", "aliases": ["Day Passes"], "list_price": 24,
     "currency": "USD"},
    {"id": "coaching", "name": "Coaching Session", "list_price": 40, "currency": "USD"},
    {"id": "locker", "name": "Locker Hire", "list_price": 2.50, "currency": "USD"},
]  # fmt: skip
_STATEMENTS = [
    {"id": "buddies", "text": "Belay Buddies lowers the monthly membership of volunteers by 20%."},
]
_CONDITIONS = "Day Pass and Coaching Session booked together for $50 by March 31, 2027."
_PACKAGE: dict[str, Any] = {
    "id": "starter-package",
    "name": "Starter package: Day Pass and Coaching Session for $50",
    "terms": f"Starter package: Day Pass and Coaching Session for $50. {_CONDITIONS}",
    "discount_type": "price",
    "discount_amount": 50,
    "currency": "USD",
    "disclosure": _CONDITIONS,
    "channels": ["email"],
    "products": ["day-pass", "coaching"],
}


def _pack() -> Any:
    offers = rule("offers", "offer_terms", {"conditions_within_chars": 300})
    return parse_pack(
        {
            "brand": BRAND,
            "rules": [offers],
            "products": _PRODUCTS,
            "offers": [_PACKAGE],
            "standing_statements": _STATEMENTS,
        },
        source="test",
    )


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Climb all day at the new wall. Day Passes are $24 (students $19).", False),
        ("Climb all day at the new wall. Day Passes: $24, seniors $18.", False),
        ("Climb all day at the new wall. Day Passes $24; children under 12 pay $12.", False),
        # sold as a deal, or no full price beside it: a promotion without an offer
        ("Climb all day at the new wall. Day Passes $24 (students now just $15).", True),
        ("Climb all day at the new wall. Day Passes $24 (students save: $15).", True),
        ("Climb all day at the new wall. Day Passes for students $19.", True),
        ("Climb all day at the new wall. Day Passes are $19 this month.", True),
    ],
)
def test_a_buyer_class_price_beside_the_full_price(check: Any, body: str, fires: bool) -> None:
    verdict = check(_pack(), channel="email", subject="The new wall", body=body)
    assert ("offers" in fired(verdict)) is fires, verdict.violations


@pytest.mark.parametrize(
    ("reference", "fires"),
    [("usually $64", False), ("usually $70", True), ("usually $80", True)],
)
def test_a_package_reference_price_is_the_sum_of_list_prices(
    check: Any, reference: str, fires: bool
) -> None:
    body = f"Starter package: Day Pass and Coaching Session for $50 ({reference}).\n\n{_CONDITIONS}"
    verdict = check(
        _pack(), channel="email", subject="Start climbing", body=body, offer_id="starter-package"
    )
    assert ("offers" in fired(verdict)) is fires, verdict.violations


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("A Day Pass is $24; spare chalk balls are $3 each.", False),
        ("New at the desk: mugs inspired by the Coaching Session, $12 each.", False),
        ("Day Passes: $19 each.", True),
        ("Day Passes are $19 each this weekend.", True),
        ("A Day Pass is $24; spare chalk balls are just $1 each.", True),
    ],
)
def test_a_price_each_of_other_things(check: Any, body: str, fires: bool) -> None:
    verdict = check(_pack(), channel="email", subject="At the desk", body=body)
    assert ("offers" in fired(verdict)) is fires, verdict.violations


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Locker Hire is $2.50 a day.", False),
        ("Locker Hire is $2.49 a day.", True),
        ("Belay Buddies lowers the monthly membership of volunteers by 20%.", False),
        ("Belay Buddies lowers the monthly membership of volunteers by 35%.", True),
    ],
)
def test_exact_figures(check: Any, body: str, fires: bool) -> None:
    verdict = check(_pack(), channel="email", subject="At the desk", body=body)
    assert ("offers" in fired(verdict)) is fires, verdict.violations


def test_the_readings_themselves() -> None:
    text = "Day Passes are $24 (students $19)."
    assert buyer_tier(text, 0, text.index("$19"))
    assert not buyer_tier(text, 0, text.index("$24"))
    products = _pack().products
    assert bundle_list_price(products[:2]) == 64.0
    assert bundle_list_price([products[0], products[0]]) is None
