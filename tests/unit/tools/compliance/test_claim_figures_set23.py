"""A share stated by an approved service claim is no price of its product (set 23).

Tidewater Pensions, a pension provider invented for these tests, must give a fund's annual fee
with any percentage said of the fund, and may say "Harbour Balanced holds up to 80 % in bonds."
(an approved service claim). Its percentage was read as a price of the fund, so the approved
claim alone called for the fee line. A figure inside a usable claim that states no money is now
not a price; a return said of the fund still needs the fee, and so does a figure of a claim
about prices.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_FEE = "Annual fee 0.75 %."


def _claim(claim_id: str, text: str, category: str) -> dict[str, Any]:
    return {
        "id": claim_id,
        "text": text,
        "category": category,
        "substantiation": "Fund factsheet 2026",
        "channels": ["email"],
        "products": ["harbour"],
    }


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Tidewater Pensions",
                "legal_name": "Tidewater Pensions Ltd",
                "postal_address": "4 Dock Street, Leith EH6 6AB, United Kingdom",
                "sender_addresses": {"email": "news@tidewater.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/London",
                "website_domains": ["tidewater.example"],
            },
            "products": [{"id": "harbour", "name": "Harbour Balanced", "category": "fund"}],
            "claims": [
                _claim("bonds", "Harbour Balanced holds up to 80 % in bonds.", "service"),
                _claim("fee", "Harbour Balanced charges just 0.5 % on switches.", "price"),
            ],
            "rules": [
                rule(
                    "fee-line",
                    "disclosure",
                    {
                        "trigger_products": ["harbour"],
                        "trigger_prices": ["percent"],
                        "prices_of_products": True,
                        "required_any": [_FEE],
                    },
                )
            ],
        },
        source="test",
    )


def _fired(check: Any, body: str) -> bool:
    return "fee-line" in fired(check(_pack(), channel="email", subject="Your fund", body=body))


def test_the_approved_share_alone_needs_no_fee_line(check: Any) -> None:
    assert not _fired(check, "Harbour Balanced holds up to 80 % in bonds.")


def test_a_return_of_the_fund_still_needs_it(check: Any) -> None:
    assert _fired(check, "Harbour Balanced holds up to 80 % in bonds. It returned 6 % in 2025.")
    assert not _fired(check, f"Harbour Balanced returned 6 % in 2025. {_FEE}")


def test_a_figure_of_a_price_claim_still_counts(check: Any) -> None:
    assert _fired(check, "Harbour Balanced charges just 0.5 % on switches.")
