"""Another rule's own line does not restate this rule's line (issue 17, set 19).

Brand invented for these tests: Harbourlink (a British ferry operator), whose from-fares on
each crossing carry that crossing's date line. The other crossing's line, word for word,
shares most words and figures with this one, but it is that rule's disclosure: a Dover fare
above the Hull line still lacks the Dover line; the Dover line restated in other words still
serves it.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_DOVER = (
    "Dover from-fares are for car and two adults, sailing Tuesday to Thursday, 2 to 20 March 2027."
)
_HULL = (
    "Hull from-fares are for car and two adults, sailing Tuesday to Thursday, 2 March to "
    "20 April 2027."
)


def _pack() -> Any:
    brand = {
        "name": "Harbourlink",
        "legal_name": "Harbourlink Ferries Ltd",
        "postal_address": "2 Quay Street, Dover CT17 9AA, United Kingdom",
        "sender_addresses": {"email": "sail@harbourlink.example"},
        "channels": ["email"],
        "default_time_zone": "Europe/London",
        "website_domains": ["harbourlink.example"],
    }
    products = [
        {"id": "dover", "name": "Dover crossing", "list_price": 89, "currency": "GBP"},
        {"id": "hull", "name": "Hull crossing", "list_price": 129, "currency": "GBP"},
    ]
    rules = [
        rule(
            f"from-fare-{port}",
            "disclosure",
            {
                "trigger_products": [port],
                "trigger_prices": ["from"],
                "prices_of_products": True,
                "required_any": [line],
            },
        )
        for port, line in (("dover", _DOVER), ("hull", _HULL))
    ]
    return parse_pack({"brand": brand, "products": products, "rules": rules}, source="test")


def _fires(check: Any, body: str) -> bool:
    return "from-fare-dover" in fired(check(_pack(), channel="email", subject="Sail", body=body))


def test_the_other_crossings_line_does_not_serve(check: Any) -> None:
    assert _fires(check, f"Dover crossing from £59 this spring.\n\n{_HULL}")


def test_the_own_line_word_for_word_or_restated_serves(check: Any) -> None:
    assert not _fires(check, f"Dover crossing from £59 this spring.\n\n{_DOVER}")
    restated = (
        "Dover crossing from £59 this spring. Dover from-fares: car and two adults, sailing "
        "Tuesday to Thursday, 2 to 20 March 2027."
    )
    assert not _fires(check, restated)
