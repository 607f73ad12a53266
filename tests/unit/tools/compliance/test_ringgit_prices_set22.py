"""Prices in Malaysian ringgit ("RM18.90", "RM 45", "MYR 45") are read (issue 17, set 22).

Kopi Senja, a coffee roaster invented for these tests, must print its tax line with every price
and open every text message with the zero-charge mark "RM0.00". A ringgit price was no price to
the engine, so a price without the tax line went through, as did a bag offered below its list
price with no offer. The mandated zero-charge mark alone is the mark the rules ask for, not a
price calling for the tax line.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 5, 12)
_TAX = "Harga termasuk cukai jualan."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Kopi Senja",
                "legal_name": "Kopi Senja Sdn. Bhd.",
                "postal_address": "No. 8, Jalan Tukang 2, 47100 Puchong, Selangor",
                "sender_addresses": {"email": "salam@kopisenja.example", "sms": "60123"},
                "channels": ["email", "sms"],
                "locales": ["ms-MY"],
                "default_time_zone": "Asia/Kuala_Lumpur",
                "website_domains": ["kopisenja.example"],
            },
            "rules": [
                rule("tax-line", "disclosure", {"trigger_prices": ["any"], "required_any": [_TAX]}),
                rule(
                    "zero-mark",
                    "required_element",
                    {"element": "statement", "text": "RM0.00"},
                    channels=["sms"],
                ),
                rule("offers", "offer_terms", {"conditions_within_chars": 300}),
            ],
            "products": [
                {"id": "beg", "name": "Beg Kopi Arabika", "list_price": 38.5, "currency": "MYR"},
            ],
        },
        source="test",
    )


def _fired(body: str, channel: str = "email") -> set[str]:
    message = Message(
        channel=channel,
        subject="Kopi minggu ini" if channel == "email" else None,
        body=body,
        send_time=datetime(2027, 5, 12, 3, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_ringgit_price_needs_the_tax_line() -> None:
    assert "tax-line" in _fired("Beg Kopi Arabika kini RM38.50.")
    assert "tax-line" in _fired("Beg Kopi Arabika kini RM 38.50.")
    assert "tax-line" in _fired("Beg Kopi Arabika kini MYR 38.50.")
    assert "tax-line" not in _fired(f"Beg Kopi Arabika kini RM38.50. {_TAX}")


def test_a_ringgit_price_below_the_list_without_an_offer_blocks() -> None:
    assert "offers" in _fired(f"Beg Kopi Arabika hanya RM29.90 minggu ini. {_TAX}")
    assert "offers" not in _fired(f"Beg Kopi Arabika RM38.50 seperti biasa. {_TAX}")


def test_the_mandated_zero_charge_mark_is_no_price() -> None:
    fired = _fired("RM0.00 Kopi Senja: biji baharu tiba minggu ini.", "sms")
    assert "tax-line" not in fired
    assert "zero-mark" not in fired
    assert "tax-line" in _fired("RM0.00 Kopi Senja: Beg Kopi Arabika RM38.50.", "sms")
