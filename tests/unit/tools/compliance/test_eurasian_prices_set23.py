"""Prices in dinars, lari and the other currencies of Eastern Europe and the Caucasus are
prices to the offer rule (issue 17, set 23).

Мала штампарија, a print shop invented for these tests, lists its business cards at 1.900 дин.
and has no offer. A dinar figure was no price, so a card set offered below its list price went
through.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 3, 9)


def _brand(name: str, locale: str, zone: str) -> dict[str, object]:
    return {
        "name": name,
        "legal_name": name,
        "postal_address": "Test Street 1",
        "sender_addresses": {"email": "hello@shop.example"},
        "channels": ["email"],
        "locales": [locale],
        "default_time_zone": zone,
        "website_domains": ["shop.example"],
    }


def _print_shop() -> BrandPack:
    return parse_pack(
        {
            "brand": _brand("Мала штампарија", "sr-Cyrl-RS", "Europe/Belgrade"),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {"id": "cards", "name": "Визит карте", "list_price": 1900, "currency": "RSD"},
            ],
        },
        source="test",
    )


def _fired(pack: BrandPack, body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Novo / ახალი",
        body=body,
        send_time=datetime(2027, 3, 9, 9, 0),
    )
    return set(RuleEngine(pack).check(message, as_of=_DAY).fired_rule_ids)


def test_a_dinar_price_below_the_list_without_an_offer_blocks() -> None:
    pack = _print_shop()
    assert "offers" in _fired(pack, "Визит карте овог месеца за 1.500 дин.")
    assert "offers" in _fired(pack, "Визит карте овог месеца за 1.500 динара.")
    assert "offers" not in _fired(pack, "Визит карте и даље коштају 1.900 дин.")
