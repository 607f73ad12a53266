"""A season "on sale": bookings open, not a price cut (issue 17, set 17).

The brand is Harbourlight Breaks, a British short-break operator invented for these tests.
"Winter 2031 is on sale" and "<lodge> is on sale for autumn and winter 2031" say that bookings
for a season are open: no promotion, no offer needed. "on sale this weekend", "on sale through
31 May" or "Walking boots are on sale" still read as a price cut that needs an offer.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.sales_open import period_on_sale

_BRAND: dict[str, Any] = {
    "name": "Harbourlight Breaks",
    "legal_name": "Harbourlight Breaks Ltd",
    "postal_address": "4 Quay Street, Whitby YO21 3AB, United Kingdom",
    "sender_addresses": {"email": "hello@harbourlight.example", "sms": "Harbourlt"},
    "channels": ["email", "sms"],
    "default_time_zone": "Europe/London",
    "website_domains": ["harbourlight.example"],
}


def _pack() -> Any:
    offers = rule("offers", "offer_terms", {"conditions_within_chars": 300})
    return parse_pack({"brand": _BRAND, "rules": [offers]}, source="test")


def test_a_season_on_sale_passes(check: Any) -> None:
    for body in (
        "Thanks for voting for us! Winter 2031 is on sale: https://harbourlight.example/winter",
        "Gull Rock Lodge is on sale for autumn and winter 2031, with the same sea-view rooms.",
        "Our spring 2031 breaks are now on sale.",
    ):
        verdict = check(_pack(), channel="email", subject="News", body=body)
        assert "offers" not in fired(verdict), body


def test_a_price_cut_on_sale_blocks(check: Any) -> None:
    for body in (
        "Gull Rock Lodge is on sale this weekend.",
        "Gull Rock Lodge is on sale through 31 May.",
        "Walking boots are on sale in our shop.",
    ):
        verdict = check(_pack(), channel="email", subject="News", body=body)
        assert "offers" in fired(verdict), body


def test_the_reading_itself() -> None:
    text = "summer 2031 is on sale now"
    assert period_on_sale(text, text.index("on sale"))
    text = "the lodge is on sale for spring and summer 2031"
    assert period_on_sale(text, text.index("on sale"))
    text = "the lodge is on sale for $40"
    assert not period_on_sale(text, text.index("on sale"))
