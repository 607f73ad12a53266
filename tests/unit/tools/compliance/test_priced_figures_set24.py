"""A large price grouped like a phone number is a price, not personal data (issue 17, set 24).

Zarafshon Mebel, a furniture shop invented for these tests, prices a sofa at 12 400 000 soʻm.
Grouped in twos and threes by spaces, the figure has a phone number's shape, and the personal
data rule reported it as one. Written with its currency (after it, or a code before it), it
is a price; the same figure with no currency is still read as a phone number.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.priced_figures import written_as_price

_DAY = date(2027, 5, 11)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Zarafshon Mebel",
                "legal_name": "Zarafshon Mebel MChJ",
                "postal_address": "Navoiy koʻchasi 21, Urganch",
                "sender_addresses": {"email": "salom@mebel.example"},
                "channels": ["email"],
                "locales": ["uz-Latn-UZ"],
                "default_time_zone": "Asia/Tashkent",
                "website_domains": ["mebel.example"],
            },
            "rules": [rule("privacy", "personal_data", {"phone_numbers": True})],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email", subject="Divan", body=body, send_time=datetime(2027, 5, 11, 6, 0)
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_price_grouped_like_a_phone_number_is_no_personal_data() -> None:
    assert "privacy" not in _fired("Yangi divan: 12 400 000 soʻm.")
    assert "privacy" not in _fired("Yangi divan: UZS 12 400 000.")
    assert "privacy" in _fired("Yangi divan haqida: 12 400 000 raqamiga yozing.")


def test_written_as_price_needs_the_currency_beside_the_figure() -> None:
    text = "Narx 27 300 000 soʻm, aloqa 33 210 4455."
    price = text.index("27")
    phone = text.index("33")
    assert written_as_price(text, price, price + len("27 300 000"))
    assert not written_as_price(text, phone, phone + len("33 210 4455"))
