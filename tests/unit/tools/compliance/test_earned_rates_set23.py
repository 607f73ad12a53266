"""A percentage after "earn" is a rate of return, not pay for work (issue 17, set 23).

Tidewell Savings, a savings club invented for these tests, must write "p.a." right beside any
percentage. "Earn 12% on your pot" read as pay for work ("earn $25 an hour"), which is no
price, so the percentage went unread and the missing "p.a." unreported. A wage stays no price.
"""

from __future__ import annotations

from collections.abc import Callable

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.verdict import Verdict

_PER_ANNUM = rule(
    "pa",
    "disclosure",
    {"trigger_prices": ["percent"], "required_any": ["p.a."], "within_chars": 10},
)
_PAY = rule("pay", "disclosure", {"trigger_prices": ["any"], "required_any": ["before tax"]})


def _pack() -> BrandPack:
    brand = email_brand("Tidewell Savings", "en-GB", "Europe/London")
    return parse_pack({"brand": brand, "rules": [_PER_ANNUM, _PAY]}, source="test")


def _fired(check: Callable[..., Verdict], body: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject="Your pot", body=body))


def test_an_earned_percentage_needs_its_per_annum(check: Callable[..., Verdict]) -> None:
    assert "pa" in _fired(check, "Earn 7% on the Harbour Pot. Rates are yearly and may change.")
    assert "pa" in _fired(check, "The Harbour Pot earns 7% this winter.")
    assert "pa" not in _fired(check, "Earn 7% p.a. on the Harbour Pot.")


def test_an_earned_wage_is_still_no_price(check: Callable[..., Verdict]) -> None:
    assert "pay" not in _fired(check, "Our savers' guides earn £25 an hour helping you plan.")
