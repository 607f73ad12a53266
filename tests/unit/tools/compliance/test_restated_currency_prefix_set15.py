"""A price with a lettered currency sign restates no renewal line (set 15).

Issue 17, fifteenth blind set. The brand is Tallowby Streaming, a New Zealand video service
invented here (not the sample brand, not an eval brand). "NZ$7.99" is an amount, not a code:
"Tallowby Premium is NZ$7.99 a month" does not restate the renewal line that carries it.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.restated_terms import restates

_BRAND: dict[str, Any] = {
    "name": "Tallowby",
    "legal_name": "Tallowby Streaming Ltd",
    "postal_address": "40 Quay Street, Auckland 1010, New Zealand",
    "sender_addresses": {"email": "hi@tallowby.example", "push": "nz.tallowby.app"},
    "channels": ["email", "push"],
    "default_time_zone": "Pacific/Auckland",
    "website_domains": ["tallowby.example"],
}
_LINE = "Tallowby Premium renews monthly at NZ$7.99 until you cancel in your account settings."


def _pack() -> BrandPack:
    products = [
        {"id": "premium", "name": "Tallowby Premium", "list_price": 7.99, "currency": "NZD"}
    ]
    rules = [
        rule(
            "premium-renewal",
            "disclosure",
            {
                "trigger_products": ["premium"],
                "trigger_prices": ["any"],
                "prices_of_products": True,
                "required_any": [_LINE],
            },
        )
    ]
    return parse_pack({"brand": _BRAND, "products": products, "rules": rules}, source="test")


def _fired(check: Any, body: str) -> set[str]:
    return fired(check(_pack(), channel="push", subject="Tallowby Premium", body=body))


def test_a_prefixed_amount_is_a_figure_not_a_code(check: Any) -> None:
    assert "premium-renewal" in _fired(check, "Tallowby Premium is NZ$7.99 a month: films in 4K.")
    assert "premium-renewal" not in _fired(check, f"Tallowby Premium is NZ$7.99 a month. {_LINE}")
    assert not restates(
        "renews monthly at NZ$7.99 until you cancel in your account settings.",
        "Premium is NZ$7.99 a month: films in 4K.",
    )
    assert restates(
        "renews monthly at NZ$7.99 until you cancel in your account settings.",
        "It renews each month at NZ$7.99 until you cancel it in account settings.",
    )
