"""Disclosure triggers that name nothing promoted (issue 17, set 17).

Brands invented for these tests: Wrenfield Respite, an American home-help agency whose
non-clinical services carry a line wherever they are promoted, with a standing statement that
a public scheme does not fund them; Pebblecove Breaks, a British operator whose ferry-inclusive
breaks carry a protection line. A product named in a denying standing statement and a thing
the reader arranged themselves call for nothing; the same words promoting still do.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _brand(name: str, zone: str) -> dict[str, Any]:
    slug = name.lower().replace(" ", "")
    return {
        "name": name,
        "legal_name": f"{name} Ltd",
        "postal_address": "12 Weir Lane, Springfield, IL 62701, USA",
        "sender_addresses": {"email": f"hello@{slug}.example"},
        "channels": ["email"],
        "default_time_zone": zone,
        "website_domains": [f"{slug}.example"],
    }


_LINE = "Wrenfield sitting and errand services are non-clinical."


def _respite() -> Any:
    disclosure = rule(
        "non-clinical-line",
        "disclosure",
        {"trigger_products": ["sitting"], "required_any": [_LINE]},
    )
    return parse_pack(
        {
            "brand": _brand("Wrenfield Respite", "America/Chicago"),
            "products": [
                {"id": "sitting", "name": "Home Sitting", "list_price": 30, "currency": "USD"}
            ],
            "standing_statements": [
                {"id": "scheme", "text": "The county scheme does not fund errands or home sitting."}
            ],
            "rules": [disclosure],
        },
        source="test",
    )


def test_a_product_in_a_denying_standing_statement_calls_for_nothing(check: Any) -> None:
    body = "You asked who pays. The county scheme does not fund errands or home sitting."
    verdict = check(_respite(), channel="email", subject="Who pays?", body=body)
    assert "non-clinical-line" not in fired(verdict)


def test_the_product_promoted_still_needs_the_line(check: Any) -> None:
    for body in (
        "Book Home Sitting from $30 an hour. The county scheme does not fund errands or "
        "home sitting.",
        "Home sitting is never rushed: book today.",
    ):
        verdict = check(_respite(), channel="email", subject="Home Sitting", body=body)
        assert "non-clinical-line" in fired(verdict), body
    verdict = check(
        _respite(), channel="email", subject="Home Sitting", body=f"Book Home Sitting. {_LINE}"
    )
    assert "non-clinical-line" not in fired(verdict)


def _breaks() -> Any:
    disclosure = rule(
        "protection-line",
        "disclosure",
        {
            "trigger_phrases": ["ferry", "ferry-inclusive"],
            "required_any": ["Ferry-inclusive breaks are protected by our travel bond."],
        },
    )
    brand = _brand("Pebblecove Breaks", "Europe/London")
    return parse_pack({"brand": brand, "rules": [disclosure]}, source="test")


def test_the_readers_own_arrangement_calls_for_nothing(check: Any) -> None:
    for body in (
        "Already booked your ferry? Add three nights at our cliff-top lodge.",
        "You've already sorted your ferry, so just add the lodge.",
        "We don't sell crossings, so please book your own ferry.",
    ):
        verdict = check(_breaks(), channel="email", subject="Lodge only", body=body)
        assert "protection-line" not in fired(verdict), body


def test_the_thing_offered_still_needs_the_line(check: Any) -> None:
    for body in (
        "Book your ferry with us and save.",
        "Three nights, your ferry is included.",
        "Your own cabin on the ferry, from £199.",
    ):
        verdict = check(_breaks(), channel="email", subject="Breaks", body=body)
        assert "protection-line" in fired(verdict), body
