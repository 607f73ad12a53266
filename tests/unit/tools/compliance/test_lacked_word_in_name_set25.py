"""A lacked word inside another product's name names that product (issue 17, set 25).

Brackenfold Teas, a tea merchant invented for these tests, sells a single-estate Hill Tea that
may not be called a Lakeside tea, and a Lakeside Tea. A line listing both ("Hill Tea and
Lakeside Tea are back in stock") read the word of the second product's name as said of the
first, and blocked it; said of the Hill Tea itself, the word still blocks, and so does an
add-on the Hill Tea lacks (Honey Drizzle) named whole as a product of its own.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 5, 3)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Brackenfold Teas",
                "legal_name": "Brackenfold Teas Ltd",
                "postal_address": "4 Weaver Lane, Ludlow SY8 1AB, United Kingdom",
                "sender_addresses": {"email": "hello@brackenfold.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/London",
                "website_domains": ["brackenfold.example"],
            },
            "rules": [rule("origin", "product_facts")],
            "products": [
                {
                    "id": "hill",
                    "name": "Hill Tea",
                    "list_price": 9,
                    "currency": "GBP",
                    "lacks": ["Lakeside", "Honey Drizzle"],
                },
                {"id": "lakeside", "name": "Lakeside Tea", "list_price": 11, "currency": "GBP"},
                {"id": "drizzle", "name": "Honey Drizzle", "list_price": 3, "currency": "GBP"},
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    return email_fired(
        _pack(),
        body,
        subject="Fresh from the gardens",
        send_time=datetime(2027, 5, 3, 8, 0),
        as_of=_DAY,
    )


def test_the_word_inside_another_products_name_is_not_said_of_the_first() -> None:
    assert "origin" not in _fired("Hill Tea and Lakeside Tea are back in stock.")
    assert "origin" not in _fired("This week: Hill Tea, 9 pounds; Lakeside Tea, 11 pounds.")


def test_the_word_said_of_the_product_itself_still_blocks() -> None:
    assert "origin" in _fired("Our Hill Tea is a true Lakeside leaf.")


def test_a_lacked_add_on_named_whole_is_still_said_of_the_product() -> None:
    assert "origin" in _fired("Hill Tea now comes with Honey Drizzle in every tin.")
