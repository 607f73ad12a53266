"""A price's basis: "/can" is a rate, and a rule naming a pack covers the pack (issue 17, set 17).

The brand is Brightfizz Soda, a Canadian soda maker invented for these tests: a can lists at
$2.49 and the "Brightfizz Lime 6-pack" (filed as a case) at $13.99. Its rule asks for "per can"
or "per 6-pack" ("/can", "/6-pack") next to every price. The rule names the 6-pack, so the
6-pack's price is the rule's subject although the rule names no "case"; and the product's name
("6-pack") or the verb "can" is not the "/6-pack" or "/can" wording, which is a slash and a unit.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.slash_units import slash_units, unit_without_slash

_BRAND: dict[str, Any] = {
    "name": "Brightfizz Soda",
    "legal_name": "Brightfizz Soda Inc.",
    "postal_address": "12 Front Street, Halifax, NS B3H 1A1, Canada",
    "sender_addresses": {"email": "hi@brightfizz.example", "sms": "50505"},
    "channels": ["email", "sms"],
    "default_time_zone": "America/Halifax",
    "website_domains": ["brightfizz.example"],
}
_PRODUCTS: list[dict[str, Any]] = [
    {"id": "lime", "name": "Brightfizz Lime", "list_price": 2.49, "currency": "CAD",
     "category": "can"},
    {"id": "lime-6", "name": "Brightfizz Lime 6-pack", "list_price": 13.99, "currency": "CAD",
     "category": "case"},
]  # fmt: skip
_WORDINGS = ["per can", "per 6-pack", "/can", "/6-pack"]


def _pack() -> Any:
    basis = rule(
        "price-basis",
        "disclosure",
        {"trigger_prices": ["any"], "required_any": _WORDINGS, "within_chars": 25},
        description="Every price says per can or per 6-pack right next to it.",
    )
    return parse_pack({"brand": _BRAND, "rules": [basis], "products": _PRODUCTS}, source="test")


def test_a_price_with_its_basis_passes(check: Any) -> None:
    for body in (
        "Brightfizz Lime 6-pack: $13.99 per 6-pack.",
        "Brightfizz Lime 6-pack, $13.99/6-pack.",
        "Brightfizz Lime, $2.49/can.",
    ):
        verdict = check(_pack(), channel="email", subject="Stock up", body=body)
        assert "price-basis" not in fired(verdict), body


def test_a_price_without_its_basis_blocks(check: Any) -> None:
    for body in (
        "Brightfizz Lime 6-pack, $13.99.",
        "Brightfizz Lime, $2.49 and you can taste it.",
    ):
        verdict = check(_pack(), channel="email", subject="Stock up", body=body)
        assert "price-basis" in fired(verdict), body


def test_the_reading_itself() -> None:
    units = slash_units(tuple(_WORDINGS))
    assert units == frozenset({"can", "6 pack"})
    text = "Brightfizz Lime 6-pack, $13.99/6-pack."
    assert unit_without_slash(text, 16, 22, units)
    assert not unit_without_slash(text, 31, 37, units)
    assert slash_units(("can", "/can")) == frozenset()
